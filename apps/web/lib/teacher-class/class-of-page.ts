/**
 * The class a page under /teacher/classes/[classId] is about, for its own teacher only: signed
 * out, to the sign-in page; another teacher's class, or none, "not found" (nobody learns which
 * classes exist); class mode down, the reason, for the page to say.
 */
import { notFound, redirect } from 'next/navigation';
import { getClass, type ClassView, type RunningClassroom, type Teacher } from '@sayswho/classroom';
import { teacherOfPage } from './teacher-of-page';

export type ClassOfPage =
  | {
      readonly ok: true;
      readonly classroom: RunningClassroom;
      readonly teacher: Teacher;
      readonly klass: ClassView;
    }
  | { readonly ok: false; readonly reason: string };

export async function classOfPage(classId: string): Promise<ClassOfPage> {
  const who = await teacherOfPage();
  if (who.state === 'unavailable') return { ok: false, reason: who.reason };
  if (who.state === 'signed-out') redirect('/teacher');
  const { classroom, teacher } = who;
  const klass = await getClass(classroom, teacher, classId);
  if (!klass.ok && klass.code === 'not-found') notFound();
  if (!klass.ok) return { ok: false, reason: klass.reason };
  return { ok: true, classroom, teacher, klass: klass.value };
}

/** The class's name for the page's title: only its own teacher learns it. */
export async function classNameForTitle(classId: string): Promise<string | null> {
  const who = await teacherOfPage();
  if (who.state !== 'signed-in') return null;
  const klass = await getClass(who.classroom, who.teacher, classId);
  return klass.ok ? klass.value.name : null;
}

/**
 * /teacher: signed out, how to get a sign-in link; signed in, the teacher's classes. Rendered on
 * each request (it reads the session cookie); the service worker never caches it.
 */
import type { Metadata } from 'next';
import { listClasses } from '@sayswho/classroom';
import { PageLink } from '@/components/page-link';
import { formatDay } from '@/lib/teacher-class/format-dates';
import { teacherOfPage } from '@/lib/teacher-class/teacher-of-page';
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';
import { SignedInBar } from './signed-in-bar';
import { SignedOut, Unavailable } from './signed-out';
import '@/components/exercises/exercises.css';
import './teacher.css';

export const metadata: Metadata = { title: T.home.title, robots: { index: false } };

interface Props {
  searchParams: Promise<{ signin?: string; deleted?: string }>;
}

export default async function TeacherHome({ searchParams }: Props) {
  const { signin, deleted } = await searchParams;
  const who = await teacherOfPage();
  if (who.state === 'unavailable') return <Unavailable reason={who.reason} />;
  if (who.state === 'signed-out') return <SignedOut expired={signin === 'expired'} />;
  const classes = await listClasses(who.classroom, who.teacher);
  if (!classes.ok) return <Unavailable reason={classes.reason} />;
  return (
    <div className="teacher-page">
      <SignedInBar name={who.teacher.name} />
      <h1>{T.home.title}</h1>
      {/* Set by the delete form once the class is gone. */}
      {deleted ? (
        <p role="status" className="teacher-note">
          {T.home.deleted}
        </p>
      ) : null}
      <p>
        <PageLink href="/teacher/classes/new" className="teacher-action">
          {T.home.newClass}
        </PageLink>
      </p>
      {classes.value.length === 0 ? (
        <p>{T.home.none}</p>
      ) : (
        <ul className="teacher-classes">
          {classes.value.map((c) => (
            <li key={c.id} className="teacher-class-card">
              <h2>
                <PageLink href={`/teacher/classes/${c.id}`}>{c.name}</PageLink>
              </h2>
              <p className="teacher-class-card__facts">
                {T.home.students(c.students)} · {T.home.endsOn(formatDay(c.endsOn))} ·{' '}
                {T.home.joinCode(c.joinCode)}
              </p>
              <p className="teacher-class-card__lessons">
                <span className="visually-hidden">{T.home.lessonsCaption}: </span>
                {c.lessons.map((l) => l.title).join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

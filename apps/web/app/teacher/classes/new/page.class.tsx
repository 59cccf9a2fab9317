/** /teacher/classes/new: name, lessons of the kit, end date. The form is the page's one island. */
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { endDateRange, MAX_CLASS_NAME_LENGTH } from '@sayswho/classroom';
import { PageLink } from '@/components/page-link';
import { teacherOfPage } from '@/lib/teacher-class/teacher-of-page';
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';
import { SignedInBar } from '../../signed-in-bar';
import { Unavailable } from '../../signed-out';
import { NewClassForm } from './new-class-form.client';
import '@/components/exercises/exercises.css';
import '../../teacher.css';

export const metadata: Metadata = { title: T.newClass.title, robots: { index: false } };

/** A term is about this long: the form suggests it, the teacher changes it. */
const SUGGESTED_DAYS = 90;

export default async function NewClassPage() {
  const who = await teacherOfPage();
  if (who.state === 'unavailable') return <Unavailable reason={who.reason} />;
  if (who.state === 'signed-out') redirect('/teacher');
  const range = endDateRange(who.classroom);
  const suggested = new Date(Date.parse(`${range.min}T00:00:00Z`) + SUGGESTED_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const lessons = who.classroom.lessons
    .lessons()
    .flatMap((l) => (l.frontmatter ? [{ slug: l.slug, title: l.frontmatter.title }] : []));
  return (
    <div className="teacher-page">
      <SignedInBar name={who.teacher.name} />
      <p>
        <PageLink href="/teacher">{T.newClass.cancel}</PageLink>
      </p>
      <h1>{T.newClass.title}</h1>
      <p className="lede">{T.newClass.intro}</p>
      <NewClassForm
        lessons={lessons}
        range={range}
        suggestedEnd={suggested < range.max ? suggested : range.max}
        maxName={MAX_CLASS_NAME_LENGTH}
      />
    </div>
  );
}

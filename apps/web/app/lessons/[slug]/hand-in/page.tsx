/**
 * A lesson's hand-in page, linked from the end of the lesson: the student writes their name and
 * prints or copies their answers (read from this device's saved progress) for the teacher; on a
 * shared device, "new student" then clears them. Apart from the lesson page so that the lesson
 * ships none of this code, and saved offline with its lesson (app/offline/lessons.json).
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HandIn, NewStudent } from '@/components/hand-in';
import { lessonExercises, LessonProgressBar } from '@/components/lesson-progress';
import { PageLink } from '@/components/page-link';
import { getLesson, lessonSlugParams } from '@/lib/lessons';
import { UI } from '@/lib/ui-text';

interface Params {
  params: Promise<{ slug: string }>;
}

export const generateStaticParams = lessonSlugParams;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const title = getLesson(slug)?.frontmatter?.title;
  return title ? { title: UI.handIn.pageTitle(title), robots: { index: false } } : {};
}

export default async function HandInPage({ params }: Params) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  // A lesson that cannot be shown has no answers to hand in; its own page shows what is wrong.
  if (!lesson?.frontmatter) notFound();
  const title = lesson.frontmatter.title;
  const progress = lessonExercises(lesson);
  return (
    <article className="hand-in-page">
      <p className="kicker">
        <PageLink href={`/lessons/${slug}`}>{UI.handIn.backToLesson(title)}</PageLink>
      </p>
      <h1>{UI.handIn.pageTitle(title)}</h1>
      {/* How far the student got, and why saved answers are missing if some could not be kept. */}
      <LessonProgressBar {...progress} />
      <HandIn {...progress} lessonTitle={title} />
      <h2 className="new-student__heading">{UI.handIn.newStudentHeading}</h2>
      <NewStudent />
    </article>
  );
}

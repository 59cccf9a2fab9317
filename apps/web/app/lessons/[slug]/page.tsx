/**
 * The student view of a lesson, statically generated from lessons/<slug>.mdx. It holds the
 * exercises' public parts only: answers, feedback and explanations are fetched from
 * /keys/<slug>/<exercise>.json when the student first checks.
 */
import type { Metadata } from 'next';
import { PageLink } from '@/components/page-link';
import { notFound } from 'next/navigation';
import { LessonError } from '@/components/lesson-error';
import {
  getLesson,
  getLessonKit,
  lessonNeighbours,
  lessonSlugParams,
  unplacedProblems,
} from '@/lib/lessons';
import { UI } from '@/lib/ui-text';
import { LessonView } from '../lesson-view';
import { LivePreview } from '../live-preview';
import '../lessons.css';

interface Params {
  params: Promise<{ slug: string }>;
}

// Left dynamic (the default) so that `next dev` shows a brand-new lesson file without a restart;
// builds still render exactly the lessons listed here, and an unknown slug is a 404. (Next takes
// only a literal `dynamicParams`, so a build cannot differ; next.config.ts keeps `next start` from
// writing those 404s to disk.)
export const generateStaticParams = lessonSlugParams;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLesson(slug);
  return lesson?.frontmatter
    ? { title: lesson.frontmatter.title, description: lesson.frontmatter.summary }
    : {};
}

export default async function LessonPage({ params }: Params) {
  const { slug } = await params;
  const kit = getLessonKit();
  const lesson = kit.lessons.find((l) => l.slug === slug);
  if (!lesson) notFound();
  if (!lesson.tree || !lesson.frontmatter) {
    return (
      <>
        <LessonError whole diagnostics={unplacedProblems(lesson, kit)} />
        <LivePreview />
      </>
    );
  }
  const { previous, next } = lessonNeighbours(slug);
  return (
    <LessonView
      lesson={{ ...lesson, frontmatter: lesson.frontmatter }}
      kit={kit}
      handIn={
        // Its own page: a lesson page then ships none of the hand-in's code.
        <div className="lesson-hand-in">
          <p>{UI.handIn.fromLesson}</p>
          <PageLink href={`/lessons/${lesson.slug}/hand-in`} className="lesson-hand-in__link">
            {UI.handIn.heading}
          </PageLink>
        </div>
      }
    >
      {(previous || next) && (
        <nav className="lesson-nav" aria-label={UI.lesson.lessonNav}>
          {previous && (
            <PageLink href={`/lessons/${previous.slug}`} rel="prev">
              {UI.lesson.previous}: {previous.title}
            </PageLink>
          )}
          {next && (
            <PageLink href={`/lessons/${next.slug}`} rel="next">
              {UI.lesson.next}: {next.title}
            </PageLink>
          )}
        </nav>
      )}
      <LivePreview />
    </LessonView>
  );
}

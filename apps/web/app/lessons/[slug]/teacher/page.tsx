/**
 * The teacher view of a lesson: the same lesson with the teacher notes shown and each exercise
 * replaced by its answer key drawn from the corpus, and a discussion guide at the end. Not linked
 * from the student pages; a static kit has no login, so this is an honour system (see the guide).
 */
import type { Metadata } from 'next';
import { PageLink } from '@/components/page-link';
import { notFound } from 'next/navigation';
import type { Nodes, RootContent } from 'mdast';
import { componentData, type CheckedLesson } from '@sayswho/lessons';
import { LessonError } from '@/components/lesson-error';
import {
  getLesson,
  getLessonKit,
  lessonSlugParams,
  renderLesson,
  unplacedProblems,
} from '@/lib/lessons';
import { UI } from '@/lib/ui-text';
import { LessonHeader } from '../../lesson-header';
import { LivePreview } from '../../live-preview';
import '../../lessons.css';
import { ExerciseKey } from './exercise-key';

interface Params {
  params: Promise<{ slug: string }>;
}

export const generateStaticParams = lessonSlugParams;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLesson(slug);
  // Keep the answer pages out of search results; the honour system is weak enough already.
  return lesson?.frontmatter
    ? {
        title: `${UI.lesson.teacher.banner}: ${lesson.frontmatter.title}`,
        robots: { index: false },
      }
    : {};
}

function discussNodes(lesson: CheckedLesson): RootContent[] {
  const found: RootContent[] = [];
  const walk = (node: Nodes) => {
    if (componentData(node)?.component === 'Discuss') found.push(node as RootContent);
    else if ('children' in node) node.children.forEach(walk);
  };
  if (lesson.tree) walk(lesson.tree);
  return found;
}

export default async function TeacherPage({ params }: Params) {
  const { slug } = await params;
  const kit = getLessonKit();
  const lesson = kit.lessons.find((l) => l.slug === slug);
  if (!lesson) notFound();
  const problems = unplacedProblems(lesson, kit);
  if (!lesson.tree || !lesson.frontmatter) {
    return (
      <>
        <LessonError whole diagnostics={problems} />
        <LivePreview />
      </>
    );
  }
  const render = (tree: CheckedLesson['tree']) =>
    renderLesson(
      { ...lesson, tree },
      { view: 'teacher', corpus: kit.corpus, renderExercise: (e) => <ExerciseKey exercise={e} /> },
    );
  const discuss = discussNodes(lesson);

  const banner = (
    <div className="teacher-banner" role="note">
      <p>
        <strong>{UI.lesson.teacher.banner}</strong> — {UI.lesson.teacher.bannerNote}
      </p>
      <p>
        <PageLink href={`/lessons/${lesson.slug}`}>{UI.lesson.teacher.studentLink}</PageLink>
      </p>
      <p>
        <PageLink href="/offline">{UI.lesson.teacher.offlineLink}</PageLink>
      </p>
    </div>
  );
  return (
    <article className="lesson lesson--teacher" data-view="teacher">
      <LessonHeader frontmatter={lesson.frontmatter} banner={banner} />
      {problems.length > 0 && <LessonError diagnostics={problems} />}
      <div className="lesson-body">{render(lesson.tree)}</div>
      <section className="discussion-guide prose">
        <h2>{UI.lesson.teacher.discussionGuide}</h2>
        {discuss.length > 0 ? (
          render({ type: 'root', children: discuss })
        ) : (
          <p>{UI.lesson.teacher.noDiscussion}</p>
        )}
      </section>
      <LivePreview />
    </article>
  );
}

/**
 * The student's view of a lesson: header, progress, the lesson's parts and exercises, and the
 * summary. One component for the kit's own lesson page and for a class's lesson page, which
 * differ only in what is passed in (the hand-in link, the links after the lesson) and in the
 * exercise host a class page puts around it: no class code is imported here.
 */
import type { ReactNode } from 'react';
import type { CheckedLesson } from '@sayswho/lessons';
import { LessonError } from '@/components/lesson-error';
import { lessonExercises, LessonProgressBar, LessonSummary } from '@/components/lesson-progress';
import { renderLesson, unplacedProblems } from '@/lib/lessons';
import type { getLessonKit } from '@/lib/lessons';
import { LessonHeader } from './lesson-header';
import './lessons.css';

interface LessonViewProps {
  readonly lesson: CheckedLesson & {
    readonly frontmatter: NonNullable<CheckedLesson['frontmatter']>;
  };
  readonly kit: ReturnType<typeof getLessonKit>;
  /** Under the summary: how the answers reach the teacher. */
  readonly handIn: ReactNode;
  /** After the lesson: navigation, the live preview. */
  readonly children?: ReactNode;
}

export function LessonView({ lesson, kit, handIn, children }: LessonViewProps) {
  const problems = unplacedProblems(lesson, kit);
  const progress = lessonExercises(lesson);
  return (
    <article className="lesson" data-lesson={lesson.slug} data-fingerprint={lesson.fingerprint}>
      <LessonHeader frontmatter={lesson.frontmatter} />
      {problems.length > 0 && <LessonError diagnostics={problems} />}
      {progress.exercises.length > 0 && <LessonProgressBar {...progress} />}
      <div className="lesson-body">
        {renderLesson(lesson, { view: 'student', corpus: kit.corpus })}
      </div>
      {progress.exercises.length > 0 && (
        <LessonSummary {...progress} lessonTitle={lesson.frontmatter.title} handInLink={handIn} />
      )}
      {children}
    </article>
  );
}

'use client';
/**
 * The end of a lesson: best score per exercise, what to look at next, and the way to hand in: the
 * link to the hand-in page, or, on a device that keeps no answers, the hand-in itself (loaded only
 * then: the hand-in page would open with none of them).
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { exerciseProgressOf } from '@/lib/progress/lesson-completion';
import { useProgress } from '@/lib/progress/progress-store';
import { progressText } from '@/lib/ui-text/progress';
import type { LessonExercises } from './lesson-progress-bar.client';
import { whatNext } from './what-next';
import './lesson-progress.css';

const HandInHere = lazy(() =>
  import('../hand-in/hand-in-here.client').then((m) => ({ default: m.HandInHere })),
);

interface LessonSummaryProps extends LessonExercises {
  readonly lessonTitle: string;
  /** The link to the lesson's hand-in page, rendered on the server. */
  readonly handInLink: ReactNode;
}

export function LessonSummary({ lesson, exercises, lessonTitle, handInLink }: LessonSummaryProps) {
  const { state, unsaved } = useProgress(lesson);
  // Numbered: a lesson often has several exercises with the same heading ("Question").
  const entries = exercises.map((e, n) => ({
    ...e,
    title: `${n + 1}. ${e.title}`,
    progress: exerciseProgressOf(state, lesson, e.id),
  }));

  return (
    <>
      <section className="lesson-summary" aria-labelledby="lesson-summary-heading">
        <h2 id="lesson-summary-heading">{progressText.summaryHeading}</h2>
        <table className="lesson-summary__table">
          <caption>{progressText.summaryCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{progressText.exercise}</th>
              <th scope="col">{progressText.bestScore}</th>
              <th scope="col">{progressText.attempts}</th>
              <th scope="col">{progressText.hints}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <a href={`#${e.id}`}>{e.title}</a>
                </th>
                <td>
                  {!e.progress || e.progress.attempts === 0
                    ? progressText.notStarted
                    : e.progress.bestScore === null
                      ? progressText.forTeacher
                      : progressText.scoreCell(Math.round(e.progress.bestScore * 100))}
                  {e.progress?.answerShown ? ` (${progressText.answerShownNote})` : null}
                </td>
                <td>{e.progress?.attempts ?? 0}</td>
                <td>{e.progress?.hintsUsed ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h3>{progressText.nextHeading}</h3>
        <ul className="lesson-summary__next">
          {whatNext(entries).map((step) => (
            <li key={step.id ?? 'done'}>
              {step.id ? <a href={`#${step.id}`}>{step.text}</a> : step.text}
            </li>
          ))}
        </ul>
      </section>
      {unsaved ? (
        <Suspense>
          <HandInHere lesson={lesson} exercises={exercises} lessonTitle={lessonTitle} />
        </Suspense>
      ) : (
        handInLink
      )}
    </>
  );
}

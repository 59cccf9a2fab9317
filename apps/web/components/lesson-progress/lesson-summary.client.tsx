'use client';
/**
 * The end of a lesson: best score per exercise, what to look at next, and the way to hand in: the
 * link to the hand-in page, or, on a device that keeps no answers, the hand-in itself (loaded only
 * then: the hand-in page would open with none of them).
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { exerciseProgressOf } from '@/lib/progress/lesson-completion';
import { useProgress } from '@/lib/progress/progress-store';
import { summaryText } from '@/lib/ui-text/lesson-summary';
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
        <h2 id="lesson-summary-heading">{summaryText.summaryHeading}</h2>
        <table className="lesson-summary__table">
          <caption>{summaryText.summaryCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{summaryText.exercise}</th>
              <th scope="col">{summaryText.bestScore}</th>
              <th scope="col">{summaryText.attempts}</th>
              <th scope="col">{summaryText.hints}</th>
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
                    ? summaryText.notStarted
                    : e.progress.bestScore === null
                      ? summaryText.forTeacher
                      : summaryText.scoreCell(Math.round(e.progress.bestScore * 100))}
                  {e.progress?.answerShown ? ` (${summaryText.answerShownNote})` : null}
                </td>
                <td>{e.progress?.attempts ?? 0}</td>
                <td>{e.progress?.hintsUsed ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h3>{summaryText.nextHeading}</h3>
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

'use client';
/** The end of a lesson: best score per exercise and what to look at next. */
import { exerciseProgressOf } from '@/lib/progress/lesson-completion';
import { useProgress } from '@/lib/progress/progress-store';
import { progressText } from '@/lib/ui-text/progress';
import type { LessonExercises } from './lesson-progress-bar.client';
import { whatNext } from './what-next';
import './lesson-progress.css';

export function LessonSummary({ lesson, exercises }: LessonExercises) {
  const { state } = useProgress(lesson);
  // Numbered: a lesson often has several exercises with the same heading ("Question").
  const entries = exercises.map((e, n) => ({
    ...e,
    title: `${n + 1}. ${e.title}`,
    progress: exerciseProgressOf(state, lesson, e.id),
  }));

  return (
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
  );
}

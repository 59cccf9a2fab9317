/**
 * A student's answers to hand in, from their saved progress. Apart from the progress model so
 * that only the hand-in page carries it.
 */
import { PROGRESS_VERSION, ownEntry, type ExerciseProgress, type ProgressState } from './progress';

/** A student's answers to hand in: JSON for the teacher's tools and a readable text summary. */
export function exportAnswers(
  state: ProgressState,
  lessonSlug: string,
  studentName: string,
  details: {
    readonly lessonTitle?: string;
    /** Exercise titles in lesson order; exercises not listed follow in the order they were answered. */
    readonly exerciseTitles?: Readonly<Record<string, string>>;
    readonly now?: string;
  } = {},
): { json: string; text: string } {
  const stored = ownEntry(state.lessons, lessonSlug)?.exercises ?? {};
  const titles = details.exerciseTitles ?? {};
  // Own keys only: an exercise called `constructor` must not find Object's (“undefined attempts”).
  const ids = [...Object.keys(titles).filter((id) => Object.hasOwn(stored, id)), ...Object.keys(stored).filter((id) => !Object.hasOwn(titles, id))];
  const student = studentName.trim() || '(no name given)';
  const exercises = ids.map((id) => ({ id, title: ownEntry(titles, id) ?? id, ...(stored[id] as ExerciseProgress) }));
  const json = JSON.stringify(
    {
      format: 'sayswho-answers',
      version: PROGRESS_VERSION,
      lesson: lessonSlug,
      lessonTitle: details.lessonTitle ?? lessonSlug,
      student,
      exportedAt: details.now ?? null,
      exercises,
    },
    null,
    2,
  );
  const lines = [
    'Says Who — answers',
    `Lesson: ${details.lessonTitle ? `${details.lessonTitle} (${lessonSlug})` : lessonSlug}`,
    `Student: ${student}`,
    ...(details.now ? [`Exported: ${details.now}`] : []),
    '',
    ...(exercises.length === 0 ? ['No answers yet.'] : []),
    ...exercises.flatMap((e, i) => [
      `${i + 1}. ${e.title}`,
      `   Answer: ${e.answerText || '(none)'}`,
      `   ${[
        e.bestScore === null ? 'for the teacher to review' : `best score ${percent(e.bestScore)}`,
        `${e.attempts} attempt${e.attempts === 1 ? '' : 's'}`,
        `${e.hintsUsed} hint${e.hintsUsed === 1 ? '' : 's'}`,
        ...(e.answerShown ? ['answer shown'] : []),
        e.completed ? 'completed' : 'not completed',
      ].join(' · ')}`,
      '',
    ]),
  ];
  return { json, text: lines.join('\n').trimEnd() + '\n' };
}

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/**
 * The server's judgement of a Check: the shared `scoreAnswer` against the lesson's current key,
 * within the exercise's attempt policy. A Check made against another version of the lesson is
 * kept but not scored (its key has changed), and neither is one past the attempts allowed.
 */
import { canAttempt, type StoredAnswer } from '@sayswho/core/quiz';
import type { ExerciseSpec } from '@sayswho/lessons';
import { scoreAnswer, type AnswerJudgement } from '@sayswho/lessons/score-answer';

export const LESSON_CHANGED =
  'This lesson changed after the answer was made, so it was kept for your teacher but not checked.';
export const NO_ATTEMPTS_LEFT =
  'There are no checks left for this exercise, so this one was kept but not scored.';

export function judgeCheck(
  exercise: ExerciseSpec,
  answer: StoredAnswer,
  context: { readonly current: boolean; readonly attemptsBefore: number },
): AnswerJudgement {
  if (!context.current) return { ok: false, reason: LESSON_CHANGED };
  if (!canAttempt(exercise.public.policy, context.attemptsBefore))
    return { ok: false, reason: NO_ATTEMPTS_LEFT };
  return scoreAnswer(exercise.public, exercise.key, answer);
}

/** The score column of a judged Check: null when it was not a real attempt or has no score. */
export function scoreOf(judgement: AnswerJudgement): number | null {
  return judgement.ok ? judgement.score : null;
}

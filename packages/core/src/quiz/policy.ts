/**
 * Attempts, and when the answer may be shown: configurable per exercise. Apart from the hints so
 * that an exercise on the page carries only these gates; hints come with the judging code.
 */
export interface ExercisePolicy {
  /** Null: unlimited attempts. */
  readonly maxAttempts: number | null;
  /** The answer is offered after this many real attempts; never before the first. */
  readonly showAnswerAfterAttempts: number;
  readonly hints: boolean;
  /**
   * 0–1: a check scoring this much completes the exercise and shows the lesson's explanation,
   * which may name every answer; below it the student gets hints instead.
   */
  readonly passMark: number;
}

export const DEFAULT_POLICY: ExercisePolicy = { maxAttempts: null, showAnswerAfterAttempts: 1, hints: true, passMark: 0.8 };

/** `attempts` counts real attempts only (answers that passed validation). */
export function canShowAnswer(policy: ExercisePolicy, attempts: number): boolean {
  const used = policy.maxAttempts !== null && attempts >= policy.maxAttempts;
  return attempts >= 1 && (attempts >= policy.showAnswerAfterAttempts || used);
}

export function canAttempt(policy: ExercisePolicy, attempts: number): boolean {
  return policy.maxAttempts === null || attempts < policy.maxAttempts;
}

export function passed(policy: ExercisePolicy, score: number): boolean {
  return score >= policy.passMark;
}

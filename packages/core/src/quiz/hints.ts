/** Hints in steps, attempts, and when the answer may be shown: configurable per exercise. */
import type { SpotKey } from './spot-key';

export interface ExercisePolicy {
  /** Null: unlimited attempts. */
  readonly maxAttempts: number | null;
  /** The answer is offered after this many real attempts (never before the first). */
  readonly showAnswerAfterAttempts: number;
  readonly hints: boolean;
}

export const DEFAULT_POLICY: ExercisePolicy = { maxAttempts: null, showAnswerAfterAttempts: 1, hints: true };

/**
 * Hints from vague to specific: where to look (paragraphs), then what to look for (the cue
 * words), then each item's own hints. With `remaining` (gold ids not yet found), hints are about
 * those items only.
 */
export function hintSteps(key: SpotKey, remaining?: readonly string[]): string[] {
  void key;
  void remaining;
  throw new Error('hintSteps: not yet');
}

/** `attempts` counts real attempts only (answers that passed validation). */
export function canShowAnswer(policy: ExercisePolicy, attempts: number): boolean {
  void policy;
  void attempts;
  throw new Error('canShowAnswer: not yet');
}

export function canAttempt(policy: ExercisePolicy, attempts: number): boolean {
  void policy;
  void attempts;
  throw new Error('canAttempt: not yet');
}

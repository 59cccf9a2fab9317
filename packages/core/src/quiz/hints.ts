/** Hints in steps, attempts, and when the answer may be shown: configurable per exercise. */
import { placesOf, withArticle } from './english';
import type { SpotKey } from './spot-key';

export interface ExercisePolicy {
  /** Null: unlimited attempts. */
  readonly maxAttempts: number | null;
  /** The answer is offered after this many real attempts; never before the first. */
  readonly showAnswerAfterAttempts: number;
  readonly hints: boolean;
}

export const DEFAULT_POLICY: ExercisePolicy = { maxAttempts: null, showAnswerAfterAttempts: 1, hints: true };

/**
 * Hints from vague to specific: where to look (the paragraphs), then each item's own hints —
 * the sentence it is in, then its cue word or a plainer alternative — one item at a time. With
 * `remaining` (the gold ids not yet found, from a SpotResult), hints are about those items only.
 */
export function hintSteps(key: SpotKey, remaining?: readonly string[]): string[] {
  const items = key.gold.filter((g) => !g.borderline && (!remaining || remaining.includes(g.id)));
  if (items.length === 0) return [];
  const what = items.length === 1 ? withArticle(key.noun.one) : `${items.length} ${key.noun.many}`;
  // Each item's first hint repeats its paragraph, already said in the first step.
  return [`Look for ${what} in ${placesOf(items.map((g) => g.paragraph))}.`, ...items.flatMap((g) => g.hints.slice(1))];
}

/** `attempts` counts real attempts only (answers that passed validation). */
export function canShowAnswer(policy: ExercisePolicy, attempts: number): boolean {
  const used = policy.maxAttempts !== null && attempts >= policy.maxAttempts;
  return attempts >= 1 && (attempts >= policy.showAnswerAfterAttempts || used);
}

export function canAttempt(policy: ExercisePolicy, attempts: number): boolean {
  return policy.maxAttempts === null || attempts < policy.maxAttempts;
}

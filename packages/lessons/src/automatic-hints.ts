/**
 * The hints an exercise's key gives, in the order a student asks for them after the lesson's own
 * `<Hint>`s: Spot hints for a Spot exercise, both sides' for a Compare "spot"; none for the other
 * types. The class server hands them out one at a time, since the last steps name the answers.
 *
 * Pure and browser-safe.
 */
import { hintSteps } from '@sayswho/core/quiz';
import type { ExerciseKey } from './exercise-spec';

export function automaticHints(key: ExerciseKey): string[] {
  if (key.type === 'spot') return hintSteps(key.key);
  const spot = key.type === 'compare' ? key.keys[0] : undefined;
  return spot?.mode === 'spot' ? [...hintSteps(spot.from), ...hintSteps(spot.to)] : [];
}

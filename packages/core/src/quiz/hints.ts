/** Hints in steps, from where to look to each item's own hints. */
import { placesOf, withArticle } from './english';
import type { SpotKey } from './spot-key';

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

/**
 * A stored answer as a person reads it ("said; according to", "Mayor Ivan Petrov → Named
 * official"): the text a student's hand-in shows and a teacher's results export holds.
 * Pure and browser-safe.
 */
import type { Span } from '@sayswho/core';
import { quoteSpans, type StoredAnswer } from '@sayswho/core/quiz';
import type { ExercisePublic } from './exercise-spec';
import { plainText } from './plain-text';

/** What a side of a Compare answer reads as when the student marked nothing on it. */
export const NOTHING_MARKED = '(nothing)';

/** `''` when the answer does not fit the exercise (nothing to read). */
export function answerText(spec: ExercisePublic, answer: StoredAnswer): string {
  if (spec.type === 'spot' && answer.type === 'spot')
    return quoteSpans(spec.passage.text, answer.spans);
  if (spec.type === 'choice' && answer.type === 'choice')
    return spec.options
      .filter((o) => answer.chosen.includes(o.id))
      .map((o) => plainText(o.html))
      .join('; ');
  if (spec.type === 'classify' && answer.type === 'classify') {
    const label = (id: string) => spec.categories.find((c) => c.id === id)?.label ?? id;
    return spec.items
      .filter((i) => answer.placed[i.id])
      .map((i) => `${i.text} → ${label(answer.placed[i.id]!)}`)
      .join('; ');
  }
  if (spec.type === 'rewrite' && answer.type === 'rewrite') return answer.text;
  if (spec.type === 'compare' && answer.type === 'compare') {
    const side = (text: string, spans: readonly Span[]) =>
      quoteSpans(text, spans) || NOTHING_MARKED;
    return `${spec.from.outlet}: ${side(spec.from.text, answer.from)}; ${spec.to.outlet}: ${side(spec.to.text, answer.to)}`;
  }
  // A Compare kind answer is kept like a Classify answer: difference id → kind.
  if (spec.type === 'compare' && answer.type === 'classify') {
    const label = (id: string) => spec.kinds.find((k) => k.id === id)?.label ?? id;
    return spec.differences
      .map((d, n) => (answer.placed[d.id] ? `${n + 1}. ${label(answer.placed[d.id]!)}` : null))
      .filter(Boolean)
      .join('; ');
  }
  return '';
}

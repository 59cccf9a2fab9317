/** Class views: many students' answers combined into per-word and per-option counts. */
import type { Span } from '../corpus/types';
import { passageWords, wordsEndedBy, wordsStartedBefore } from './passage-words';
import type { Token } from './words';

/**
 * Per word of the passage, how many submissions selected it. A selection counts every word it
 * touches (as in scoring), and a student who selected a word twice counts once.
 */
export function aggregateSpans(
  text: string,
  passage: Span,
  submissions: readonly (readonly Span[])[],
): { tokens: Token[]; counts: number[] } {
  const words = passageWords(text, passage);
  // One student's selections as word ranges, packed as first × stride + last so that a typed
  // array's own numeric sort orders them. The first call in a fresh process runs mostly before
  // the JIT has compiled it: a closure per selection, a sort with a comparator or an iterator per
  // loop then cost several hundred ms for 10,000 students (score-bench, cold aggregate).
  const stride = words.tokens.length + 1;
  let packed = new Float64Array(16);
  const delta = new Int32Array(stride);
  for (let k = 0; k < submissions.length; k += 1) {
    const spans = submissions[k]!;
    if (packed.length < spans.length) packed = new Float64Array(spans.length);
    let n = 0;
    for (let j = 0; j < spans.length; j += 1) {
      const span = spans[j]!;
      if (!(span.end > span.start)) continue;
      const first = wordsEndedBy(words, span.start);
      const last = wordsStartedBefore(words, span.end) - 1;
      if (first > last) continue;
      packed[n++] = first * stride + last;
    }
    const sorted = packed.subarray(0, n).sort();
    // Overlapping or adjacent ranges merge, so each word counts once per student.
    let i = 0;
    while (i < n) {
      const first = Math.floor(sorted[i]! / stride);
      let last = sorted[i]! - first * stride;
      for (i += 1; i < n && Math.floor(sorted[i]! / stride) <= last + 1; i += 1) {
        last = Math.max(last, sorted[i]! - Math.floor(sorted[i]! / stride) * stride);
      }
      delta[first]! += 1;
      delta[last + 1]! -= 1;
    }
  }
  let running = 0;
  const counts = words.tokens.map((_, i) => (running += delta[i]!));
  return { tokens: [...words.tokens], counts };
}

/** Per option id, how many submissions chose it (each student counts once). */
export function aggregateChoices(submissions: readonly (readonly string[])[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const chosen of submissions) for (const id of new Set(chosen)) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

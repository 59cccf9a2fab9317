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
  // the JIT has compiled it, where a closure per selection, a sort with a comparator or an
  // iterator per loop cost several hundred ms for 10,000 students (score-bench, cold aggregate),
  // and so does every number that is not a small integer: a Float64Array's elements and the
  // quotient of a division are each a new heap object there. So the packs sit in an Int32Array
  // whenever they fit (passages under 46,341 words) and are unpacked with `%` and an exact division.
  const stride = words.tokens.length + 1;
  const Packs = stride * stride <= 2 ** 31 ? Int32Array : Float64Array;
  let packed = new Packs(16);
  const delta = new Int32Array(stride);
  for (let k = 0; k < submissions.length; k += 1) {
    const spans = submissions[k]!;
    if (packed.length < spans.length) packed = new Packs(spans.length);
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
      let last = sorted[i]! % stride;
      const first = (sorted[i]! - last) / stride;
      for (i += 1; i < n; i += 1) {
        const nextLast = sorted[i]! % stride;
        if ((sorted[i]! - nextLast) / stride > last + 1) break;
        if (nextLast > last) last = nextLast;
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

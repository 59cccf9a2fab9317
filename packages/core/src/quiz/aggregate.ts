/** Class views: many students' answers combined into per-word and per-option counts. */
import type { Span } from '../corpus/types';
import { normaliseSelections, tokenize, type Token } from './words';

/**
 * Per word of the passage, how many submissions selected it. Each submission is snapped and
 * merged first, so a student who selected a word twice counts once.
 */
export function aggregateSpans(
  text: string,
  passage: Span,
  submissions: readonly (readonly Span[])[],
): { tokens: Token[]; counts: number[] } {
  const tokens = tokenize(text, passage);
  // A difference array over word indexes keeps 10,000 submissions linear in their length.
  const delta = new Array<number>(tokens.length + 1).fill(0);
  for (const spans of submissions) {
    for (const run of normaliseSelections(text, spans)) {
      const from = countWhile(tokens, (t) => t.end <= run.start);
      const last = countWhile(tokens, (t) => t.start < run.end) - 1;
      if (from > last) continue;
      delta[from] = (delta[from] ?? 0) + 1;
      delta[last + 1] = (delta[last + 1] ?? 0) - 1;
    }
  }
  let running = 0;
  const counts = tokens.map((_, i) => (running += delta[i] ?? 0));
  return { tokens, counts };
}

/** Per option id, how many submissions chose it (each student counts once). */
export function aggregateChoices(submissions: readonly (readonly string[])[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const chosen of submissions) for (const id of new Set(chosen)) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

/** How many words from the start satisfy `test`, for a test that holds up to some word and then never. */
function countWhile(tokens: readonly Token[], test: (t: Token) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const token = tokens[mid];
    if (token && test(token)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

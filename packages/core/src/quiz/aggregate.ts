/** Class views: many students' answers combined into per-word and per-option counts. */
import type { Span } from '../corpus/types';
import { tokenize, type Token } from './words';

/**
 * Per word of the passage, how many submissions selected it. A selection counts every word it
 * touches (as in scoring), and a student who selected a word twice counts once.
 */
export function aggregateSpans(
  text: string,
  passage: Span,
  submissions: readonly (readonly Span[])[],
): { tokens: Token[]; counts: number[] } {
  const tokens = tokenize(text, passage);
  // Word-index ranges and a difference array instead of snapping each selection by regex:
  // 10,000 students stay well under the time of one page render.
  const delta = new Array<number>(tokens.length + 1).fill(0);
  for (const spans of submissions) {
    const ranges = spans
      .filter((s) => s.end > s.start)
      .map((s): [number, number] => [countWhile(tokens, (t) => t.end <= s.start), countWhile(tokens, (t) => t.start < s.end) - 1])
      .filter(([from, last]) => from <= last)
      .sort((a, b) => a[0] - b[0]);
    let open: [number, number] | null = null;
    for (const range of [...ranges, null]) {
      if (open && range && range[0] <= open[1] + 1) {
        open[1] = Math.max(open[1], range[1]);
        continue;
      }
      if (open) {
        delta[open[0]] = (delta[open[0]] ?? 0) + 1;
        delta[open[1] + 1] = (delta[open[1] + 1] ?? 0) - 1;
      }
      open = range && [range[0], range[1]];
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

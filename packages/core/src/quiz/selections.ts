/**
 * A student's raw selections snapped to whole words and merged, as the scorer sees them. Apart
 * from ./words.ts so that an exercise on the page, whose word picker already selects whole words,
 * does not carry it: only the judging code does.
 */
import type { Span } from '../corpus/types';
import { quoteSpans, tokenize } from './words';

/**
 * Widens or narrows a raw selection to the whole words it touches: any character of a word
 * counts as choosing that word. Null when the selection holds no word (only spaces or marks).
 */
export function snapToWords(text: string, span: Span): Span | null {
  if (!(span.end > span.start)) return null;
  // Look one chunk either side so a selection that starts or ends mid-word finds the whole word.
  const words = tokenize(text, widenToChunks(text, span)).filter(
    (t) => t.end > span.start && t.start < span.end,
  );
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}

/**
 * The student's selections as the scorer sees them: each snapped to whole words, then overlapping,
 * adjacent (only spaces or marks between) and repeated selections merged, sorted by position.
 */
export function normaliseSelections(text: string, spans: readonly Span[]): Span[] {
  const snapped = spans
    .map((s) => snapToWords(text, s))
    .filter((s): s is Span => s !== null)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of snapped) {
    const previous = merged[merged.length - 1];
    if (previous && (span.start <= previous.end || !hasWordBetween(text, previous.end, span.start))) {
      merged[merged.length - 1] = { start: previous.start, end: Math.max(previous.end, span.end) };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

/**
 * Quoted text of each selection inside the passage, for answers a student hands in: “said”,
 * “according to”. A saved span may run past the passage (a changed lesson, an edited record):
 * only its words in the passage are quoted, never the rest of the article.
 */
export function describeSelections(text: string, passage: Span, spans: readonly Span[]): string {
  const inside = spans
    .map((s) => ({ start: Math.max(s.start, passage.start), end: Math.min(s.end, passage.end) }))
    .filter((s) => s.end > s.start);
  return quoteSpans(text, normaliseSelections(text, inside));
}

function hasWordBetween(text: string, from: number, to: number): boolean {
  return tokenize(text, { start: from, end: to }).length > 0;
}

function widenToChunks(text: string, span: Span): Span {
  let start = Math.max(0, span.start);
  let end = Math.min(text.length, span.end);
  while (start > 0 && !/[\s\u2013\u2014]/u.test(text[start - 1] ?? ' ')) start -= 1;
  while (end < text.length && !/[\s\u2013\u2014]/u.test(text[end] ?? ' ')) end += 1;
  return { start, end };
}

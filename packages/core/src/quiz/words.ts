/**
 * Words: how a passage is cut into words and how a student's raw selection is snapped to them.
 * Every span exercise works on whole words, so that a selection's edge punctuation, quote marks
 * and surrounding spaces never change a score.
 */
import type { Span } from '../corpus/types';

/** A word of the text: `text` is `fullText.slice(start, end)`. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// A word is a run of characters between spaces or dashes ("land mines — a development" has no
// word "—"), stripped of punctuation, quote marks and symbols at its edges. Hyphens and
// apostrophes inside a word keep it whole ("American-supplied", "Russia’s").
const CHUNK = /[^\s\u2013\u2014]+/gu;
const EDGE_START = /^[\p{P}\p{S}]+/u;
const EDGE_END = /[\p{P}\p{S}]+$/u;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
// Abbreviations keep their last full stop ("U.S.", "J."): a student who selects "U.S." and one
// who selects "U.S" pick the same word either way, but the word reads better whole.
const ABBREVIATION = /^(?:\p{L}\.)+$/u;

/** The words of `text`, or of the part of it inside `range`, in reading order. */
export function tokenize(text: string, range?: Span): Token[] {
  const from = Math.max(0, range?.start ?? 0);
  const to = Math.min(text.length, range?.end ?? text.length);
  const tokens: Token[] = [];
  for (const match of text.slice(from, to).matchAll(CHUNK)) {
    const chunk = match[0];
    const lead = EDGE_START.exec(chunk)?.[0].length ?? 0;
    let trail = EDGE_END.exec(chunk)?.[0].length ?? 0;
    if (lead >= chunk.length || !HAS_WORD_CHARACTER.test(chunk)) continue;
    if (trail > 0 && chunk.endsWith('.') && ABBREVIATION.test(chunk.slice(lead, chunk.length - trail + 1))) {
      trail -= 1;
    }
    const start = from + (match.index ?? 0) + lead;
    const end = from + (match.index ?? 0) + chunk.length - trail;
    tokens.push({ text: text.slice(start, end), start, end });
  }
  return tokens;
}

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

/** Quoted text of each selection, for answers a student hands in: “said”, “according to”. */
export function describeSelections(text: string, spans: readonly Span[]): string {
  return normaliseSelections(text, spans)
    .map((s) => `“${text.slice(s.start, s.end)}”`)
    .join(', ');
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

/**
 * Words: how a passage is cut into words. Every span exercise works on whole words, so that a
 * selection's edge punctuation, quote marks and surrounding spaces never change a score
 * (./selections.ts snaps a raw selection to them).
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
 * The text of each span, quoted, for the answers a student hands in: “said”, “according to”.
 * The spans must already be whole words, apart and in order (as the word picker makes them, or
 * as `normaliseSelections` leaves them).
 */
export function quoteSpans(text: string, spans: readonly Span[]): string {
  return spans.map((s) => `“${text.slice(s.start, s.end)}”`).join(', ');
}

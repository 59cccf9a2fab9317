/**
 * Resolves a teacher's quote (a W3C TextQuoteSelector plus an occurrence number) to exact offsets
 * in an article. Teachers type straight quotes and plain hyphens; published text has curly quotes
 * and dashes. Folding maps each character to exactly one character, so an index in the folded text
 * is the same index in the original and the stored offsets stay exact.
 */
import search from 'approx-string-match';
import type { Span } from './types';

export interface QuoteSelector {
  readonly quote: string;
  readonly prefix?: string;
  readonly suffix?: string;
  /** 1-based, among the matches that fit prefix and suffix. */
  readonly occurrence?: number;
}

export type AnchorResult =
  | { readonly ok: true; readonly span: Span }
  /** `nearest` is the closest approximate match in the range, for a did-you-mean. */
  | { readonly ok: false; readonly reason: 'not-found'; readonly nearest: Span | null }
  /** The quote is there but never with the given prefix/suffix. */
  | {
      readonly ok: false;
      readonly reason: 'context-mismatch';
      readonly occurrences: readonly Span[];
    }
  | { readonly ok: false; readonly reason: 'ambiguous'; readonly occurrences: readonly Span[] }
  | {
      readonly ok: false;
      readonly reason: 'occurrence-out-of-range';
      readonly occurrences: readonly Span[];
    };

const FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00A0': ' ',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/** Straight quotes for curly ones, a hyphen for any dash; same length as the input. */
export function foldForMatching(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLDS[c]!);
}

export function anchorQuote(
  text: string,
  selector: QuoteSelector,
  range: Span = { start: 0, end: text.length },
): AnchorResult {
  const folded = foldForMatching(text);
  // Article texts are NFC (read-article.ts); a quote typed with a separate accent must match too.
  const quote = foldForMatching(selector.quote.normalize('NFC'));
  const all: Span[] = [];
  for (
    let at = folded.indexOf(quote, range.start);
    at !== -1 && at + quote.length <= range.end;
    at = folded.indexOf(quote, at + 1)
  ) {
    if (wholeWords(folded, quote, at)) all.push({ start: at, end: at + quote.length });
  }
  if (all.length === 0)
    return { ok: false, reason: 'not-found', nearest: nearestMatch(folded, quote, range) };

  const prefix = selector.prefix === undefined ? null : foldForMatching(selector.prefix.normalize('NFC'));
  const suffix = selector.suffix === undefined ? null : foldForMatching(selector.suffix.normalize('NFC'));
  const fitting = all.filter(
    (s) =>
      (prefix === null || folded.slice(0, s.start).endsWith(prefix)) &&
      (suffix === null || folded.slice(s.end).startsWith(suffix)),
  );
  if (fitting.length === 0) return { ok: false, reason: 'context-mismatch', occurrences: all };

  if (selector.occurrence !== undefined) {
    const chosen = fitting[selector.occurrence - 1];
    return chosen
      ? { ok: true, span: chosen }
      : { ok: false, reason: 'occurrence-out-of-range', occurrences: fitting };
  }
  if (fitting.length > 1) return { ok: false, reason: 'ambiguous', occurrences: fitting };
  return { ok: true, span: fitting[0]! };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * A quote matches whole words: `he` is not the "he" inside "the", "when" or "branches". Only the
 * quote's own edges are checked, and only where they are a letter or digit, so a quote that
 * starts or ends with punctuation or a space still matches where that punctuation is.
 */
function wholeWords(folded: string, quote: string, at: number): boolean {
  const end = at + quote.length;
  const startsInWord = WORD_CHAR.test(quote[0] ?? '') && at > 0 && WORD_CHAR.test(folded[at - 1]!);
  const endsInWord =
    WORD_CHAR.test(quote[quote.length - 1] ?? '') && end < folded.length && WORD_CHAR.test(folded[end]!);
  return !startsInWord && !endsInWord;
}

function nearestMatch(folded: string, quote: string, range: Span): Span | null {
  const haystack = folded.slice(range.start, range.end);
  // Allow up to a third of the quote to differ: enough for typos and small rewordings, not so much
  // that any text "matches" a short quote.
  const maxErrors = Math.max(1, Math.floor(quote.length / 3));
  const best = search(haystack, quote, maxErrors).sort(
    (a, b) => a.errors - b.errors || a.start - b.start,
  )[0];
  if (!best) return null;
  // Widen to whole words: "batterd" is nearest to "batter", but the teacher meant "battered".
  let start = range.start + best.start;
  let end = range.start + best.end;
  while (start > range.start && /[\p{L}\p{N}]/u.test(folded[start - 1]!)) start--;
  while (end < range.end && /[\p{L}\p{N}]/u.test(folded[end]!)) end++;
  return { start, end };
}

/** A teacher-facing message and fix for a failed anchor. `place` names where a span is ("paragraph 4"). */
export function describeAnchorProblem(
  text: string,
  selector: QuoteSelector,
  result: Exclude<AnchorResult, { ok: true }>,
  place: (span: Span) => string,
  rangeName: string,
): { message: string; fix: string } {
  const quoted = `“${selector.quote}”`;
  const listOccurrences = (spans: readonly Span[]) =>
    spans.map((s, i) => `${i + 1}. ${place(s)}: …${context(text, s)}…`).join('; ');
  switch (result.reason) {
    case 'not-found':
      return {
        message: `quote ${quoted} is not in ${rangeName}`,
        fix: result.nearest
          ? `did you mean “${text.slice(result.nearest.start, result.nearest.end)}” (${place(result.nearest)})? Copy the words exactly from the article text`
          : 'copy the words exactly from the article text (straight or curly quotes both work)',
      };
    case 'context-mismatch':
      return {
        message: `quote ${quoted} is in ${rangeName} ${result.occurrences.length} time(s) but never with the given prefix/suffix`,
        fix: `check \`prefix\`/\`suffix\` against the text; the quote appears at ${listOccurrences(result.occurrences)}`,
      };
    case 'ambiguous':
      return {
        message: `quote ${quoted} appears ${result.occurrences.length} times in ${rangeName}: ${listOccurrences(result.occurrences)}`,
        fix: 'pick one with `occurrence: N` (1-based), a `prefix`/`suffix` of the words around it, or `paragraph: N`',
      };
    case 'occurrence-out-of-range':
      return {
        message: `quote ${quoted} has occurrence: ${selector.occurrence} but appears only ${result.occurrences.length} time(s) in ${rangeName}`,
        fix: `use an occurrence from 1 to ${result.occurrences.length}: ${listOccurrences(result.occurrences)}`,
      };
  }
}

function context(text: string, span: Span): string {
  const before = text.slice(Math.max(0, span.start - 20), span.start).replace(/^\S*\s/, '');
  const after = text.slice(span.end, span.end + 20).replace(/\s\S*$/, '');
  return `${before}[${text.slice(span.start, span.end)}]${after}`.replace(/\s+/g, ' ');
}

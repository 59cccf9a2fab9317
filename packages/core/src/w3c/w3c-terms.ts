/**
 * The names Says Who uses in W3C Web Annotations: IRIs for articles, annotations and
 * differences, the JSON-LD context that declares the kit's own terms, and the conversion between
 * our offsets (UTF-16 code units) and W3C positions (code points).
 */
import type { Span } from '../corpus/types';

/** Terms W3C has no word for (source type, relation parts, alternatives…) live under this prefix. */
export const SAYSWHO_NAMESPACE = 'urn:sayswho:vocab:';
export const W3C_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { sayswho: SAYSWHO_NAMESPACE },
] as const;

export const articleIri = (articleId: string) => `urn:sayswho:article:${articleId}`;
export const annotationIri = (storyId: string, id: string) =>
  `urn:sayswho:annotation:${storyId}:${id}`;
export const differenceIri = (storyId: string, id: string) =>
  `urn:sayswho:difference:${storyId}:${id}`;

/** The last segment of one of our IRIs: the id a teacher wrote. */
export function idFromIri(iri: string, kind: 'article' | 'annotation' | 'difference'): string {
  const prefix = `urn:sayswho:${kind}:`;
  if (!iri.startsWith(prefix))
    throw new Error(`Expected a Says Who ${kind} IRI (${prefix}…), got “${iri}”.`);
  return iri.slice(prefix.length).split(':').pop()!;
}

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}
export type SelectorPair = readonly [TextQuoteSelector, TextPositionSelector];

// Enough context for Hypothesis-style re-anchoring if the text ever shifts.
const CONTEXT_CODE_POINTS = 32;

/**
 * Reads only the context around the span: a class's xAPI export makes thousands of selectors
 * on one long article, and turning the whole text before each span into code points made that
 * export several times slower. A window of twice the context in UTF-16 units always holds the
 * context's code points, whole.
 */
export function selectorsFor(text: string, span: Span): SelectorPair {
  const start = codePointsIn(text, 0, span.start);
  const window = 2 * CONTEXT_CODE_POINTS + 2;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(span.start, span.end),
      prefix: Array.from(text.slice(Math.max(0, span.start - window), span.start))
        .slice(-CONTEXT_CODE_POINTS)
        .join(''),
      suffix: Array.from(text.slice(span.end, span.end + window))
        .slice(0, CONTEXT_CODE_POINTS)
        .join(''),
    },
    { type: 'TextPositionSelector', start, end: start + codePointsIn(text, span.start, span.end) },
  ];
}

/** How many code points `Array.from(text.slice(from, to))` has, without making the array. */
function codePointsIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const unit = text.charCodeAt(i);
    const lowHalf = unit >= 0xdc00 && unit <= 0xdfff;
    const afterHighHalf = i > from && isHighHalf(text.charCodeAt(i - 1));
    if (!(lowHalf && afterHighHalf)) count += 1;
  }
  return count;
}

function isHighHalf(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Back from W3C code-point positions to our offsets, checking the quote still matches. */
export function spanFromSelectors(text: string, selectors: unknown): Span {
  const list = Array.isArray(selectors) ? selectors : [selectors];
  const position = list.find(
    (s): s is TextPositionSelector => (s as { type?: string })?.type === 'TextPositionSelector',
  );
  const quote = list.find(
    (s): s is TextQuoteSelector => (s as { type?: string })?.type === 'TextQuoteSelector',
  );
  if (!position) throw new Error('A target has no TextPositionSelector.');
  const span = { start: utf16Offset(text, position.start), end: utf16Offset(text, position.end) };
  if (quote && text.slice(span.start, span.end) !== quote.exact) {
    throw new Error(
      `Positions ${position.start}–${position.end} hold “${text.slice(span.start, span.end)}”, not the quoted “${quote.exact}”: the annotation was made on a different text.`,
    );
  }
  return span;
}

function utf16Offset(text: string, codePoints: number): number {
  let offset = 0;
  for (let seen = 0; seen < codePoints; seen++) {
    if (offset >= text.length)
      throw new Error(`Position ${codePoints} is past the end of the text.`);
    offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
  }
  return offset;
}

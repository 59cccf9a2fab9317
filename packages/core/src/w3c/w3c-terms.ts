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

export function selectorsFor(text: string, span: Span): SelectorPair {
  const before = Array.from(text.slice(0, span.start));
  const after = Array.from(text.slice(span.end));
  const start = before.length;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(span.start, span.end),
      prefix: before.slice(-CONTEXT_CODE_POINTS).join(''),
      suffix: after.slice(0, CONTEXT_CODE_POINTS).join(''),
    },
    {
      type: 'TextPositionSelector',
      start,
      end: start + Array.from(text.slice(span.start, span.end)).length,
    },
  ];
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

/**
 * The other way round from anchorQuote: words picked in an article (a span) written as the
 * selector an annotation file holds, so that the loader finds exactly those words again. The
 * quote is the text itself, so it is always exact; the paragraph it is in narrows the search; an
 * occurrence is added only when the words appear more than once there.
 */
import { anchorQuote, type QuoteSelector } from './anchor-quote';
import { rangeOfParagraph, type ParagraphRef } from './derive-blocks';
import type { Block, Span } from './types';

export interface PlacedSelector extends QuoteSelector {
  readonly paragraph: ParagraphRef;
}

/** The paragraph a span starts in: its number, or the headline or summary box. */
export function paragraphOf(blocks: readonly Block[], span: Span): ParagraphRef {
  const block = blocks.find((b) => span.start >= b.start && span.start < b.end);
  if (!block) throw new Error(`No paragraph holds the words at ${span.start}–${span.end}.`);
  if (block.role === 'headline') return 'headline';
  if (block.role === 'summary-heading' || block.role === 'summary-item') return 'summary';
  if (block.paragraph === null) throw new Error(`The words at ${span.start} have no paragraph.`);
  return block.paragraph;
}

export function selectorForSpan(
  text: string,
  blocks: readonly Block[],
  span: Span,
): PlacedSelector {
  const quote = text.slice(span.start, span.end);
  const paragraph = paragraphOf(blocks, span);
  const range = rangeOfParagraph(blocks, paragraph)!;
  if (span.end > range.end)
    throw new Error(`“${quote}” runs past the end of its paragraph: pick words within one.`);
  const found = anchorQuote(text, { quote }, range);
  if (found.ok) return { quote, paragraph };
  const at =
    found.reason === 'ambiguous'
      ? found.occurrences.findIndex((s) => s.start === span.start && s.end === span.end)
      : -1;
  if (at === -1) throw new Error(`“${quote}” does not start and end on whole words.`);
  return { quote, paragraph, occurrence: at + 1 };
}

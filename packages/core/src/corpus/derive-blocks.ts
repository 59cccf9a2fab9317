/**
 * Splits an article into blocks (one per non-blank line) and gives each its role and paragraph
 * number from the structure annotations, so teachers never number paragraphs by hand.
 */
import type { Block, BlockRole, Span } from './types';

export type ParagraphRef = number | 'headline' | 'summary';

export interface StructureSpans {
  readonly headline: readonly Span[];
  readonly summary: readonly Span[];
  readonly boilerplate: readonly Span[];
}

/** Every non-blank line, without its leading and trailing whitespace. */
export function splitLines(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const line = match[0];
    const lead = line.length - line.trimStart().length;
    const content = line.trim();
    if (content)
      spans.push({ start: match.index + lead, end: match.index + lead + content.length });
  }
  return spans;
}

const inside = (block: Span, outer: Span) => block.start >= outer.start && block.end <= outer.end;
// A headline or summary that misses part of a line is reported by the validator; counting the
// line as part of it anyway keeps the paragraph numbers, so one mistake does not cascade.
const touches = (block: Span, outer: Span) => block.start < outer.end && outer.start < block.end;

export function deriveBlocks(text: string, structure: StructureSpans): Block[] {
  const lines = splitLines(text);
  // The first line inside a summary box is its heading ("What You Need To Know").
  const summaryHeadings = new Set(
    structure.summary.map((box) => lines.find((line) => touches(line, box))),
  );
  let paragraph = 0;
  return lines.map((span, index) => {
    let role: BlockRole = 'paragraph';
    if (structure.headline.some((h) => touches(span, h))) role = 'headline';
    else if (structure.summary.some((s) => touches(span, s)))
      role = summaryHeadings.has(span) ? 'summary-heading' : 'summary-item';
    else if (structure.boilerplate.some((b) => inside(span, b))) role = 'boilerplate';
    const numbered = role === 'paragraph' || role === 'boilerplate';
    return { ...span, index, role, paragraph: numbered ? ++paragraph : null };
  });
}

/** The search range a `paragraph:` reference stands for, or null when there is no such block. */
export function rangeOfParagraph(blocks: readonly Block[], ref: ParagraphRef): Span | null {
  const chosen =
    ref === 'headline'
      ? blocks.filter((b) => b.role === 'headline')
      : ref === 'summary'
        ? blocks.filter((b) => b.role === 'summary-heading' || b.role === 'summary-item')
        : blocks.filter((b) => b.paragraph === ref);
  if (chosen.length === 0) return null;
  return { start: chosen[0]!.start, end: chosen[chosen.length - 1]!.end };
}

/** "paragraph 4", "the headline", "the summary box": where a span starts, in a teacher's words. */
export function placeOf(blocks: readonly Block[], span: Span): string {
  const block =
    blocks.find((b) => span.start >= b.start && span.start < b.end) ??
    blocks.find((b) => b.start >= span.start);
  if (!block) return 'the end of the text';
  if (block.role === 'headline') return 'the headline';
  if (block.role === 'summary-heading' || block.role === 'summary-item') return 'the summary box';
  return `paragraph ${block.paragraph}`;
}

export function paragraphCount(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => (b.paragraph !== null ? n + 1 : n), 0);
}

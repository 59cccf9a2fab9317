/** Arithmetic on text spans (start included, end excluded) and finding the block a span is in. */
import type { Block, Span } from '../corpus/types';

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The smallest span that covers all the given ones. */
export function hull(...spans: Span[]): Span {
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}

/** The block that holds `offset`, or undefined between blocks. */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  return blocks.find((b) => b.start <= offset && offset < b.end);
}

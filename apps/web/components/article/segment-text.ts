/**
 * Cuts one block of article text into runs that are each covered by the same set of marks, so
 * overlapping annotations of different kinds (a claim inside an attribution's content, loaded
 * wording inside both) can be drawn as flat, stackable styles instead of nested elements.
 */
import type { Span } from '@sayswho/core';

export interface MarkSpan<M> extends Span {
  readonly mark: M;
}

export interface Anchor<R> {
  /** Text offset the item sits after (e.g. a note marker after the last word of its annotation). */
  readonly at: number;
  readonly item: R;
}

export type Piece<M, R> =
  | {
      readonly type: 'text';
      readonly start: number;
      readonly end: number;
      readonly marks: readonly M[];
    }
  | { readonly type: 'anchor'; readonly item: R };

/**
 * The pieces of `block` in reading order: text runs with the marks covering them, and each
 * anchor placed right after the text that ends at its offset. Marks are clipped to the block;
 * anchors outside it are ignored (the caller assigns each anchor to one block).
 */
export function segmentText<M, R>(
  block: Span,
  marks: readonly MarkSpan<M>[],
  anchors: readonly Anchor<R>[] = [],
): Piece<M, R>[] {
  const inside = marks
    .map((m) => ({ ...m, start: Math.max(m.start, block.start), end: Math.min(m.end, block.end) }))
    .filter((m) => m.start < m.end);
  const cuts = new Set([block.start, block.end]);
  for (const m of inside) cuts.add(m.start).add(m.end);
  for (const a of anchors) if (a.at > block.start && a.at < block.end) cuts.add(a.at);
  const points = [...cuts].sort((a, b) => a - b);

  const pieces: Piece<M, R>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inside.filter((m) => m.start <= start && m.end >= end).map((m) => m.mark);
    pieces.push({ type: 'text', start, end, marks: covering });
    for (const a of anchors) if (a.at === end) pieces.push({ type: 'anchor', item: a.item });
  }
  return pieces;
}

/**
 * What the compare view draws for a story: its aligned rows, each side cut into runs marked with
 * the kind of difference they belong to, the curated differences numbered in reading order (D1,
 * D2…) with a marker after each, and a count of differences per kind. Pure data over the core's
 * StoryComparison.
 */
import type {
  AlignedBlocks,
  Article,
  Block,
  Span,
  StoryComparison,
  VersionDifference,
} from '@sayswho/core';
import { DIFFERENCE_KINDS, vocabularyIds, type DifferenceKind } from '@sayswho/core/vocabulary';
import { UI } from '@/lib/ui-text';
import { segmentText, type Anchor, type MarkSpan } from '../article/segment-text';

export interface DifferenceNote {
  readonly difference: VersionDifference;
  /** “D3”: the curated differences numbered in reading order. */
  readonly code: string;
  readonly fromQuote: string | null;
  readonly toQuote: string | null;
}

export type SidePiece =
  | { readonly type: 'text'; readonly text: string; readonly kind: DifferenceKind | null }
  | { readonly type: 'ref'; readonly note: DifferenceNote };

export interface SideCell {
  readonly block: Block;
  readonly pieces: readonly SidePiece[];
}

/**
 * One row of the side-by-side view. Matching blocks sit in one row; a run of blocks only one
 * outlet kept (a summary box, the paragraphs one outlet cut) shares one row, so the gap on the
 * other side shows as one gap.
 */
export interface CompareRow {
  readonly from: readonly SideCell[];
  readonly to: readonly SideCell[];
}

export interface CompareView {
  readonly rows: readonly CompareRow[];
  /** Curated differences (written by a person, with an explanation worth reading), in reading order. */
  readonly notes: readonly DifferenceNote[];
  readonly counts: readonly { readonly kind: DifferenceKind; readonly count: number }[];
}

type Side = 'from' | 'to';

interface Change {
  readonly kind: DifferenceKind;
  /** Curated differences outrank computed ones, which outrank the raw word diff. */
  readonly rank: number;
}

const isCurated = (d: VersionDifference) => d.location !== null;

/** The offsets, in this side's article, of the words the word diff says only this side has. */
function changedSpans(row: AlignedBlocks, side: Side, block: Block): MarkSpan<Change>[] {
  const own = side === 'from' ? 'removed' : 'added';
  const spans: MarkSpan<Change>[] = [];
  let at = block.start;
  for (const part of row.parts) {
    if (part.op !== 'same' && part.op !== own) continue;
    if (part.op === own)
      spans.push({ start: at, end: at + part.text.length, mark: { kind: own, rank: 0 } });
    at += part.text.length;
  }
  return spans;
}

function cellOf(
  row: AlignedBlocks,
  side: Side,
  article: Article,
  differences: readonly VersionDifference[],
  notes: ReadonlyMap<string, DifferenceNote>,
): SideCell | null {
  const block = row[side];
  if (!block) return null;
  const marks: MarkSpan<Change>[] = [...changedSpans(row, side, block)];
  const anchors: Anchor<DifferenceNote>[] = [];
  for (const d of differences) {
    const span = d[side];
    if (!span || span.end <= block.start || span.start >= block.end) continue;
    marks.push({ ...span, mark: { kind: d.kind, rank: isCurated(d) ? 2 : 1 } });
    const note = notes.get(d.id);
    if (note && span.end > block.start && span.end <= block.end)
      anchors.push({ at: span.end, item: note });
  }
  const pieces = segmentText(block, marks, anchors).map((piece): SidePiece => {
    if (piece.type === 'anchor') return { type: 'ref', note: piece.item };
    const top = [...piece.marks].sort((a, b) => b.rank - a.rank)[0];
    return {
      type: 'text',
      text: article.text.slice(piece.start, piece.end),
      kind: top?.kind ?? null,
    };
  });
  return { block, pieces };
}

function firstSeen(comparison: StoryComparison, d: VersionDifference): number {
  const index = comparison.alignment.findIndex((row) =>
    (['from', 'to'] as const).some((side) => {
      const span: Span | null = d[side];
      const block = row[side];
      return span && block && span.start < block.end && span.end > block.start;
    }),
  );
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

export function buildCompareView(
  comparison: StoryComparison,
  from: Article,
  to: Article,
): CompareView {
  const curated = comparison.differences
    .filter(isCurated)
    .map((d, i) => ({ d, i, row: firstSeen(comparison, d) }))
    .sort(
      (a, b) =>
        a.row - b.row ||
        (a.d.from?.start ?? a.d.to?.start ?? 0) - (b.d.from?.start ?? b.d.to?.start ?? 0) ||
        a.i - b.i,
    );
  const notes = curated.map(({ d }, i): DifferenceNote => ({
    difference: d,
    code: `${UI.compare.differenceCode}${i + 1}`,
    fromQuote: d.from ? from.text.slice(d.from.start, d.from.end) : null,
    toQuote: d.to ? to.text.slice(d.to.start, d.to.end) : null,
  }));
  const byId = new Map(notes.map((n) => [n.difference.id, n]));

  const rows: { from: SideCell[]; to: SideCell[] }[] = [];
  for (const pair of comparison.alignment) {
    const fromCell = cellOf(pair, 'from', from, comparison.differences, byId);
    const toCell = cellOf(pair, 'to', to, comparison.differences, byId);
    const last = rows.at(-1);
    const oneSide = (row: { from: unknown[]; to: unknown[] }) =>
      row.from.length === 0 ? 'to' : row.to.length === 0 ? 'from' : null;
    const side = fromCell && toCell ? null : fromCell ? 'from' : 'to';
    if (side && last && oneSide(last) === side) last[side].push((fromCell ?? toCell)!);
    else rows.push({ from: fromCell ? [fromCell] : [], to: toCell ? [toCell] : [] });
  }

  return {
    rows,
    notes,
    counts: vocabularyIds(DIFFERENCE_KINDS).map((kind) => ({
      kind,
      count: comparison.differences.filter((d) => d.kind === kind).length,
    })),
  };
}

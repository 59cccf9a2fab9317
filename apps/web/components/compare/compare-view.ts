/**
 * What the compare view draws for a story: its aligned rows, each side cut into runs marked with
 * the kind of difference they belong to, the curated differences numbered in reading order (D1,
 * D2…) with a marker after each, and a count of differences per kind. Words the word diff finds
 * changed that no difference sorts into a kind (a rewording nobody has judged yet) are drawn as
 * `unsorted` and counted under that name: whatever is drawn is counted as what it is drawn as.
 * Pure data over the core's StoryComparison.
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

/** A kind of difference, or changed words no difference sorts into a kind. */
export type ShownKind = DifferenceKind | 'unsorted';

export type SidePiece =
  | { readonly type: 'text'; readonly text: string; readonly kind: ShownKind | null }
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
  /** Every kind of the vocabulary, then `unsorted` when there are such words. */
  readonly counts: readonly { readonly kind: ShownKind; readonly count: number }[];
}

type Side = 'from' | 'to';

interface Change {
  readonly kind: ShownKind;
  /** Curated differences outrank computed ones, which outrank the raw word diff. */
  readonly rank: number;
}

const isCurated = (d: VersionDifference) => d.location !== null;

/**
 * The runs of changed parts of an aligned pair (a word diff's hunks), each as the words on either
 * side that no difference covers: the words nobody has sorted into a kind.
 */
function unsortedHunks(
  row: AlignedBlocks,
  texts: Readonly<Record<Side, string>>,
  differences: readonly VersionDifference[],
): { from: Span[]; to: Span[] }[] {
  if (!row.from || !row.to) return [];
  const hunks: { from: Span[]; to: Span[] }[] = [];
  let open = false;
  for (const part of row.parts) {
    if (part.op === 'same') {
      open = false;
      continue;
    }
    if (!open) hunks.push({ from: [], to: [] });
    open = true;
    const side: Side = part.op === 'removed' ? 'from' : 'to';
    const covers = differences.map((d) => d[side]).filter((s): s is Span => s !== null);
    hunks.at(-1)![side].push(
      ...uncovered(part.span, covers)
        .map((s) => trimmed(texts[side], s))
        .filter((s) => s.end > s.start),
    );
  }
  return hunks.filter((h) => h.from.length + h.to.length > 0);
}

function uncovered(span: Span, covers: readonly Span[]): Span[] {
  let pieces = [span];
  for (const c of covers) {
    pieces = pieces.flatMap((p) =>
      c.end <= p.start || c.start >= p.end
        ? [p]
        : [
            { start: p.start, end: c.start },
            { start: c.end, end: p.end },
          ].filter((x) => x.end > x.start),
    );
  }
  return pieces;
}

/** Without the spaces a word diff carries along. */
function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function cellOf(
  row: AlignedBlocks,
  side: Side,
  article: Article,
  differences: readonly VersionDifference[],
  notes: ReadonlyMap<string, DifferenceNote>,
  unsorted: readonly Span[],
): SideCell | null {
  const block = row[side];
  if (!block) return null;
  const marks: MarkSpan<Change>[] = unsorted.map((s) => ({
    ...s,
    mark: { kind: 'unsorted', rank: 0 },
  }));
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
  const texts = { from: from.text, to: to.text };
  let unsortedCount = 0;
  for (const pair of comparison.alignment) {
    const hunks = unsortedHunks(pair, texts, comparison.differences);
    unsortedCount += hunks.length;
    const fromCell = cellOf(
      pair,
      'from',
      from,
      comparison.differences,
      byId,
      hunks.flatMap((h) => h.from),
    );
    const toCell = cellOf(
      pair,
      'to',
      to,
      comparison.differences,
      byId,
      hunks.flatMap((h) => h.to),
    );
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
    counts: [
      ...vocabularyIds(DIFFERENCE_KINDS).map((kind) => ({
        kind,
        count: comparison.differences.filter((d) => d.kind === kind).length,
      })),
      ...(unsortedCount > 0 ? [{ kind: 'unsorted' as const, count: unsortedCount }] : []),
    ],
  };
}

/**
 * Compares two outlets' versions of one story: aligns their blocks (by word overlap, unless a
 * teacher pinned a pair), diffs each aligned pair word by word, and derives the differences a
 * machine can name safely (blocks only one version has, words only one has, punctuation-only
 * changes). Differences a teacher curated win wherever they cover the same text.
 */
import { diffWordsWithSpace } from 'diff';
import type { Diagnostic } from '../diagnostics';
import { foldForMatching } from './anchor-quote';
import type {
  AlignedBlocks,
  Article,
  Block,
  BlockRole,
  DiffPart,
  SourceLocation,
  Span,
  StoryComparison,
  VersionDifference,
} from './types';

/** A teacher's pinned pair, as block indices; null means "only in one version". */
export interface AlignmentOverride {
  readonly from: number | null;
  readonly to: number | null;
  readonly location: SourceLocation;
}

/** Page boilerplate is not part of the report, so it takes no part in the comparison. */
const compared = (article: Article) => article.blocks.filter((b) => b.role !== 'boilerplate');

type Section = 'headline' | 'summary' | 'body';
const sectionOf = (role: BlockRole): Section =>
  role === 'headline'
    ? 'headline'
    : role === 'summary-heading' || role === 'summary-item'
      ? 'summary'
      : 'body';

const words = (text: string) =>
  new Set(
    foldForMatching(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );

/** Dice coefficient of the two blocks' word sets: 1 for the same words, 0 for none shared. */
function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size + wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

// Blocks sharing less than this share of words are told apart rather than paired.
const MIN_SIMILARITY = 0.4;
const PINNED = 1000;

export function compareVersions(
  from: Article,
  to: Article,
  overrides: readonly AlignmentOverride[],
  curated: readonly VersionDifference[],
): { comparison: StoryComparison; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fromBlocks = compared(from);
  const toBlocks = compared(to);
  const pairs = alignBlocks(from, to, fromBlocks, toBlocks, overrides);

  for (const o of overrides) {
    const kept =
      o.from !== null && o.to !== null
        ? pairs.some(([f, t]) => f?.index === o.from && t?.index === o.to)
        : pairs.some(([f, t]) =>
            o.from !== null ? f?.index === o.from && !t : t?.index === o.to && !f,
          );
    if (!kept) {
      diagnostics.push({
        ...o.location,
        severity: 'error',
        message:
          'this alignment pair could not be kept: it crosses another pinned pair or names a page-boilerplate line',
        fix: 'pinned pairs must keep reading order in both versions (if 3 pairs with 4, 5 cannot pair with 2)',
      });
    }
  }

  const alignment: AlignedBlocks[] = pairs.map(([f, t]) => ({
    from: f,
    to: t,
    parts: diffParts(from.text, to.text, f, t),
  }));
  const derived = uncovered(deriveDifferences(from, to, alignment), curated);
  const differences = inReadingOrder(alignment, [...curated, ...derived]);
  return {
    comparison: { fromArticleId: from.id, toArticleId: to.id, alignment, differences },
    diagnostics,
  };
}

/** The found differences that no written one covers: where they meet, the teacher's wins. */
export function uncovered(
  found: readonly VersionDifference[],
  written: readonly VersionDifference[],
): VersionDifference[] {
  const overlaps = (a: Span | null, b: Span | null) =>
    a !== null && b !== null && a.start < b.end && b.start < a.end;
  return found.filter(
    (d) => !written.some((w) => overlaps(w.from, d.from) || overlaps(w.to, d.to)),
  );
}

/** Sorted by where each difference sits in the aligned reading order. */
export function inReadingOrder(
  alignment: readonly AlignedBlocks[],
  differences: readonly VersionDifference[],
): VersionDifference[] {
  const position = (d: VersionDifference) => {
    const row = alignment.findIndex((a) => contains(a.from, d.from) || contains(a.to, d.to));
    return row * 1e6 + (d.from?.start ?? d.to?.start ?? 0);
  };
  return [...differences].sort((a, b) => position(a) - position(b));
}
const contains = (block: Block | null, span: Span | null) =>
  block !== null && span !== null && span.start >= block.start && span.start < block.end;

/** Needleman–Wunsch style: the order-keeping pairing with the greatest total similarity. */
function alignBlocks(
  from: Article,
  to: Article,
  fromBlocks: readonly Block[],
  toBlocks: readonly Block[],
  overrides: readonly AlignmentOverride[],
): [Block | null, Block | null][] {
  const score = (f: Block, t: Block): number => {
    for (const o of overrides) {
      if (o.from === f.index && o.to === t.index) return PINNED;
      if (o.from === f.index || o.to === t.index) return -Infinity;
    }
    if (sectionOf(f.role) !== sectionOf(t.role)) return -Infinity;
    return (
      similarity(from.text.slice(f.start, f.end), to.text.slice(t.start, t.end)) - MIN_SIMILARITY
    );
  };
  const n = fromBlocks.length;
  const m = toBlocks.length;
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score(fromBlocks[i - 1]!, toBlocks[j - 1]!);
      best[i]![j] = Math.max(
        best[i - 1]![j]!,
        best[i]![j - 1]!,
        s > 0 ? best[i - 1]![j - 1]! + s : -Infinity,
      );
    }
  }
  const pairs: [Block | null, Block | null][] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0) {
      const s = score(fromBlocks[i - 1]!, toBlocks[j - 1]!);
      if (s > 0 && best[i]![j] === best[i - 1]![j - 1]! + s) {
        pairs.push([fromBlocks[--i]!, toBlocks[--j]!]);
        continue;
      }
    }
    // Unpaired blocks: list a removed block before an added one at the same place.
    if (j > 0 && (i === 0 || best[i]![j] === best[i]![j - 1])) pairs.push([null, toBlocks[--j]!]);
    else pairs.push([fromBlocks[--i]!, null]);
  }
  return pairs.reverse();
}

function diffParts(fromText: string, toText: string, f: Block | null, t: Block | null): DiffPart[] {
  if (!t)
    return f
      ? [
          {
            op: 'removed',
            text: fromText.slice(f.start, f.end),
            span: { start: f.start, end: f.end },
          },
        ]
      : [];
  if (!f)
    return [
      { op: 'added', text: toText.slice(t.start, t.end), span: { start: t.start, end: t.end } },
    ];
  let fromAt = f.start;
  let toAt = t.start;
  return diffWordsWithSpace(fromText.slice(f.start, f.end), toText.slice(t.start, t.end)).map(
    (change): DiffPart => {
      const length = change.value.length;
      if (change.added)
        return { op: 'added', text: change.value, span: { start: toAt, end: (toAt += length) } };
      if (change.removed)
        return {
          op: 'removed',
          text: change.value,
          span: { start: fromAt, end: (fromAt += length) },
        };
      toAt += length;
      return { op: 'same', text: change.value, span: { start: fromAt, end: (fromAt += length) } };
    },
  );
}

/** Text with quote marks, dashes, punctuation, spacing and case taken out. */
const wordsOnly = (text: string) =>
  foldForMatching(text)
    .replace(/--/g, '-')
    .replace(/[\s"'\-.,;:!?]/g, '')
    .toLowerCase();

/**
 * The differences a machine can name safely; with `rewordings`, also each place where words were
 * swapped for others, as `reworded` for a teacher to confirm or relabel (the authoring page's
 * Compare versions): students never see those unless a teacher wrote them.
 */
export function deriveDifferences(
  from: Article,
  to: Article,
  alignment: readonly AlignedBlocks[],
  { rewordings = false } = {},
): VersionDifference[] {
  const differences: VersionDifference[] = [];
  const add = (
    kind: VersionDifference['kind'],
    fromSpan: Span | null,
    toSpan: Span | null,
    explanation: string,
  ) =>
    differences.push({
      id: `auto-${kind}-${differences.filter((d) => d.kind === kind).length + 1}`,
      kind,
      from: fromSpan,
      to: toSpan,
      explanation,
      teacherNote: null,
      borderline: false,
      location: null,
    });
  const noun = (b: Block) =>
    b.role === 'headline'
      ? 'headline'
      : b.role.startsWith('summary')
        ? 'line of the summary box'
        : 'paragraph';

  for (const row of alignment) {
    if (!row.to && row.from)
      add(
        'removed',
        span(row.from),
        null,
        `Only the ${from.outlet} version has this ${noun(row.from)}.`,
      );
    else if (!row.from && row.to)
      add('added', null, span(row.to), `Only the ${to.outlet} version has this ${noun(row.to)}.`);
    else
      for (const change of changes(row.parts)) {
        const removed = change.filter((p) => p.op === 'removed');
        const added = change.filter((p) => p.op === 'added');
        const fromSpan = removed.length
          ? trimmed(from.text, { start: removed[0]!.span.start, end: removed.at(-1)!.span.end })
          : null;
        const toSpan = added.length
          ? trimmed(to.text, { start: added[0]!.span.start, end: added.at(-1)!.span.end })
          : null;
        // The spans' own text, with the spaces between a change's words ("will reopen").
        const removedText = fromSpan ? from.text.slice(fromSpan.start, fromSpan.end) : '';
        const addedText = toSpan ? to.text.slice(toSpan.start, toSpan.end) : '';
        if (wordsOnly(removedText) === wordsOnly(addedText)) {
          if (removedText || addedText) {
            add(
              'punctuation',
              fromSpan,
              toSpan,
              `Only punctuation or capital letters differ here: the ${from.outlet} version has ${shown(removedText)} where the ${to.outlet} version has ${shown(addedText)}.`,
            );
          }
        } else if (!added.length)
          add(
            'removed',
            fromSpan,
            null,
            `Only the ${from.outlet} version has “${removedText}” here.`,
          );
        else if (!removed.length)
          add('added', null, toSpan, `Only the ${to.outlet} version has “${addedText}” here.`);
        // A real rewording needs a person to say whether the meaning changed: left to curated differences.
        else if (rewordings)
          add(
            'reworded',
            fromSpan,
            toSpan,
            `The ${from.outlet} version has “${removedText}” where the ${to.outlet} version has “${addedText}”.`,
          );
      }
  }
  return differences;
}

const shown = (text: string) => (text.trim() ? text.trim() : 'nothing');

const span = (b: Block): Span => ({ start: b.start, end: b.end });

/** Without the spaces a word diff carries along, so a student sees just the words. */
function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Each change in an aligned pair: a run of removed and added parts, kept whole across the spaces
 * between its words. A word diff splits "will reopen" → "reopens" at the space both versions share
 * ("will" → "reopens", then "reopen" removed); a teacher sees one rewording, so it is one change.
 * Any shared word or punctuation mark ends a change.
 */
function changes(parts: readonly DiffPart[]): DiffPart[][] {
  const runs: DiffPart[][] = [];
  let run: DiffPart[] = [];
  let gap: DiffPart[] = [];
  for (const part of parts) {
    if (part.op !== 'same') {
      run.push(...gap, part);
      gap = [];
    } else if (run.length && /^\s+$/.test(part.text)) gap.push(part);
    else {
      if (run.length) runs.push(run);
      run = [];
      gap = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

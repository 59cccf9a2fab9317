/**
 * The oracle of scoring-unchanged.property.test.ts: scoring and class aggregation exactly as they were
 * before they were made fast (issue 20, main at 66bcaf6), kept only here so that every run of
 * the test can check the fast code against them on fresh random selections. Not for other use;
 * delete it with that test once nobody doubts the fast code.
 */
import type { Span } from '../corpus/types';
import { chanceCorrectedScore } from './score-rule';
import type { BoundaryProblem, SpotCounts, SpotExtra, SpotItemResult, SpotItemStatus } from './score-spot';
import { NEAR_MISS_SLACK } from './score-spot';
import { extraNote, itemMessage, tooMuchNote } from './spot-feedback';
import { hull, overlaps } from './spans';
import type { SpotKey } from './spot-key';
import { normaliseSelections } from './selections';
import { tokenize, type Token } from './words';

/** Score, precision and recall of one or more passages' counts taken together. */
export function scoreCounts(all: readonly SpotCounts[]): { score: number; precision: number; recall: number } {
  const sum = (f: (c: SpotCounts) => number) => all.reduce((total, c) => total + f(c), 0);
  const coverage = all.flatMap((c) => c.coverage);
  const hits = sum((c) => c.requiredSelected);
  const judged = hits + sum((c) => c.wrongSelected);
  const required = sum((c) => c.requiredWords);
  const recall = coverage.length === 0 ? 1 : coverage.reduce((a, b) => a + b, 0) / coverage.length;
  const precision = judged === 0 ? 1 : hits / judged;
  const chance = required === 0 ? 0 : required / (required + sum((c) => c.wrongWords));
  return { score: chanceCorrectedScore({ recall, precision, chance }), precision, recall };
}

type WordRole = 'required' | 'allowed' | 'wrong';


/** Counts, per-item feedback and extras for one passage. */
export function measureSpot(
  text: string,
  key: SpotKey,
  selections: readonly Span[],
): { counts: SpotCounts; items: SpotItemResult[]; extras: SpotExtra[] } {
  const words = tokenize(text, key.passage);
  const indexes = (span: Span) => wordRange(words, span);
  const required = key.gold.filter((g) => !g.borderline);
  const roles: WordRole[] = words.map(() => 'wrong');
  for (const item of key.gold) {
    for (const i of indexes(item.extent).concat(indexes(item.span))) if (roles[i] === 'wrong') roles[i] = 'allowed';
  }
  for (const item of required) for (const i of indexes(item.span)) roles[i] = 'required';

  const runs = selectedRuns(text, key.passage, selections).map((span) => range(indexes(span), span));
  const selected = words.map(() => false);
  for (const run of runs) for (let i = run.first; i <= run.last; i++) selected[i] = true;
  const count = (role: WordRole, onlySelected: boolean) =>
    roles.filter((r, i) => r === role && (!onlySelected || selected[i])).length;

  // An item's room: the words that may be selected with it, its span and allowed extent.
  const rooms = required.map((item) => range(indexes(hull(item.span, item.extent)), item.span));
  const requiredBefore = [0];
  roles.forEach((r, i) => requiredBefore.push(requiredBefore[i]! + (r === 'required' ? 1 : 0)));
  const requiredIn = (first: number, last: number) => (last < first ? 0 : requiredBefore[last + 1]! - requiredBefore[first]!);
  const touches = (run: WordRange, room: WordRange) => run.first <= room.last && room.first <= run.last;
  // Close: the run's words outside the room that are not another answer's are few enough.
  const isClose = (run: WordRange, room: WordRange) => {
    const first = Math.max(run.first, room.first);
    const last = Math.min(run.last, room.last);
    const shared = Math.max(0, last - first + 1);
    const outside = size(run) - shared - (requiredIn(run.first, run.last) - requiredIn(first, last));
    return outside <= size(room) + NEAR_MISS_SLACK;
  };
  // A selection far larger than an answer it touches says nothing about the answers inside it.
  const tooMuch = runs.map((run) => rooms.some((room) => touches(run, room) && !isClose(run, room)));

  const coverage: number[] = [];
  const items = required.map((item, n): SpotItemResult => {
    const need = indexes(item.span);
    const room = rooms[n]!;
    // Coverage, and so the score, counts every selected word; the feedback only the close selections.
    coverage.push(need.length === 0 ? 1 : need.filter((i) => selected[i]).length / need.length);
    const near = runs.filter((run, r) => !tooMuch[r] && touches(run, room));
    const inBroad = runs.some((run, r) => tooMuch[r] && touches(run, room));
    const chosen = (i: number) => near.some((run) => run.first <= i && i <= run.last);
    const found = need.filter(chosen).length;
    // An answer with no whole word cannot be selected; validateSpotKey rejects such keys.
    const share = need.length === 0 ? 1 : found / need.length;
    const { first, last } = room;
    // Runs past the allowed words: the selection continues from the item into a wrong word.
    const longAt = side(
      first > 0 && chosen(first) && chosen(first - 1) && roles[first - 1] === 'wrong',
      last < words.length - 1 && chosen(last) && chosen(last + 1) && roles[last + 1] === 'wrong',
    );
    const short = near.length > 0 && found < need.length;
    const shortAt = short ? side(!chosen(need[0] ?? 0), !chosen(need[need.length - 1] ?? 0)) : null;
    const boundary: BoundaryProblem | undefined =
      short && longAt ? 'both' : short ? 'too-short' : longAt ? 'too-long' : undefined;
    const status: SpotItemStatus =
      near.length === 0 ? (inBroad ? 'too-much' : 'missed') : boundary ? 'boundary' : 'found';
    const where = boundary === 'too-short' ? shortAt : boundary === 'too-long' ? longAt : null;
    return {
      goldId: item.id,
      status,
      ...(boundary ? { boundary } : {}),
      ...(where ? { side: where } : {}),
      span: item.span,
      marks: status === 'found' ? [item.span] : status === 'boundary' ? near.map((run) => run.span) : [],
      message: itemMessage(key.noun, item, { status, boundary, side: where, coverage: share }),
      explanation: item.explanation,
      paragraph: item.paragraph,
    };
  });

  const extras: SpotExtra[] = [];
  runs.forEach((run, r) => {
    if (tooMuch[r]) {
      extras.push({ span: run.span, status: 'too-much', note: tooMuchNote(text, key.noun, run.span), marks: [] });
      return;
    }
    if (rooms.some((room) => touches(run, room))) return;
    const debatable = key.gold.find((g) => g.borderline && (overlaps(run.span, g.extent) || overlaps(run.span, g.span)));
    extras.push(
      debatable
        ? {
            span: run.span,
            status: 'borderline',
            note: extraNote(text, key, run.span, debatable),
            explanation: debatable.explanation,
            marks: [run.span],
          }
        : { span: run.span, status: 'not-an-instance', note: extraNote(text, key, run.span, null), marks: [run.span] },
    );
  });

  return {
    counts: {
      coverage,
      requiredSelected: count('required', true),
      wrongSelected: count('wrong', true),
      requiredWords: count('required', false),
      wrongWords: count('wrong', false),
    },
    items,
    extras,
  };
}

/** A run of consecutive words of the passage, by index (first to last, inclusive), and its span. */
interface WordRange {
  readonly span: Span;
  readonly first: number;
  readonly last: number;
}

function range(indexes: readonly number[], span: Span): WordRange {
  return { span, first: indexes[0] ?? 0, last: indexes[indexes.length - 1] ?? -1 };
}

function size(r: WordRange): number {
  return r.last - r.first + 1;
}

/** The student's selections inside the passage, snapped to words and merged. */
export function selectedRuns(text: string, passage: Span, selections: readonly Span[]): Span[] {
  const clipped = selections
    .map((s) => ({ start: Math.max(s.start, passage.start), end: Math.min(s.end, passage.end) }))
    .filter((s) => s.end > s.start);
  return normaliseSelections(text, clipped);
}

/**
 * The indexes of the words that overlap `span`. Words are in reading order and never overlap, so
 * the first one is found by binary search rather than a scan of every word for every gold item
 * (score-bench, one selection on the whole LA Times article: median 0.70 ms before, 0.45 ms after).
 */
function wordRange(words: readonly Token[], span: Span): number[] {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.end <= span.start) low = mid + 1;
    else high = mid;
  }
  const out: number[] = [];
  for (let i = low; i < words.length && words[i]!.start < span.end; i++) {
    if (overlaps(words[i]!, span)) out.push(i);
  }
  return out;
}

function side(atStart: boolean, atEnd: boolean): 'start' | 'end' | 'both' | null {
  return atStart && atEnd ? 'both' : atStart ? 'start' : atEnd ? 'end' : null;
}

export function aggregateSpans(
  text: string,
  passage: Span,
  submissions: readonly (readonly Span[])[],
): { tokens: Token[]; counts: number[] } {
  const tokens = tokenize(text, passage);
  // Word-index ranges and a difference array instead of snapping each selection by regex:
  // 10,000 students stay well under the time of one page render.
  const delta = new Array<number>(tokens.length + 1).fill(0);
  for (const spans of submissions) {
    const ranges = spans
      .filter((s) => s.end > s.start)
      .map((s): [number, number] => [countWhile(tokens, (t) => t.end <= s.start), countWhile(tokens, (t) => t.start < s.end) - 1])
      .filter(([from, last]) => from <= last)
      .sort((a, b) => a[0] - b[0]);
    let open: [number, number] | null = null;
    for (const range of [...ranges, null]) {
      if (open && range && range[0] <= open[1] + 1) {
        open[1] = Math.max(open[1], range[1]);
        continue;
      }
      if (open) {
        delta[open[0]] = (delta[open[0]] ?? 0) + 1;
        delta[open[1] + 1] = (delta[open[1] + 1] ?? 0) - 1;
      }
      open = range && [range[0], range[1]];
    }
  }
  let running = 0;
  const counts = tokens.map((_, i) => (running += delta[i] ?? 0));
  return { tokens, counts };
}

/** How many words from the start satisfy `test`, for a test that holds up to some word and then never. */
function countWhile(tokens: readonly Token[], test: (t: Token) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const token = tokens[mid];
    if (token && test(token)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

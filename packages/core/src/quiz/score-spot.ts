/**
 * Scoring a Spot answer: tolerant, word-based, with partial credit and a penalty for selecting
 * more than the answer. The rule is explained with worked examples in packages/core/README.md.
 *
 * Every word of the passage is one of: required (inside an answer's span), allowed (inside an
 * answer's extent or a borderline item, never penalised and never needed) or wrong. The student's
 * selections are snapped to whole words and merged, so only the set of selected words counts.
 */
import type { Span } from '../corpus/types';
import { chanceCorrectedScore, f1 } from './score-rule';
import { extraNote, itemMessage, nextStepFor, summaryFor, tooMuchNote } from './spot-feedback';
import { overlaps } from './spans';
import type { GoldItem, SpotKey } from './spot-key';
import { passageWords, wordsTouched, type PassageWords, type WordRange } from './passage-words';
import { quoteOfWords } from './quotes';
import { normaliseSelections } from './selections';
import { spotLayout, wordRange, wordsIn, WRONG } from './spot-layout';

/**
 * `too-much`: the item lies inside a selection that takes in far more than it (see
 * `NEAR_MISS_SLACK`), so its feedback is that selection's one message, not the item's own.
 */
export type SpotItemStatus = 'found' | 'boundary' | 'missed' | 'too-much';
export type BoundaryProblem = 'too-short' | 'too-long' | 'both';

export interface SpotItemResult {
  readonly goldId: string;
  readonly status: SpotItemStatus;
  /** For `boundary`: the selection leaves out required words, runs past the allowed words, or both. */
  readonly boundary?: BoundaryProblem;
  /** For `too-short` or `too-long`: where the boundary is off (at the item's start, end or both). */
  readonly side?: 'start' | 'end' | 'both';
  readonly span: Span;
  /**
   * What the feedback may draw on the text for this item: the item itself once found, the
   * student's own selections near it for a boundary; nothing for a missed item or one inside a
   * selection that takes in too much. Never a word of the answer the student did not select.
   */
  readonly marks: readonly Span[];
  /** What happened, for the student; quotes only words the student selected. */
  readonly message: string;
  /**
   * The corpus explanation. It may quote any answer: show it only with the answer, or after a
   * check that reached the pass mark.
   */
  readonly explanation: string;
  /** The paragraph the item is in; null in the headline or summary box. */
  readonly paragraph: number | null;
}

export interface SpotExtra {
  /** The student's selection. */
  readonly span: Span;
  /**
   * `borderline`: a debatable item, neither counted for nor against the student. `too-much`: a
   * selection that takes in answers with far more around them; it holds answer words, so it is
   * never drawn on the text.
   */
  readonly status: 'not-an-instance' | 'borderline' | 'too-much';
  /** Why it does not count; quotes only the selection itself and names no answer. */
  readonly note: string;
  /** A borderline item's corpus explanation: shown on the same terms as an item's. */
  readonly explanation?: string;
  /** What the feedback may draw on the text: the selection, unless it holds answer words. */
  readonly marks: readonly Span[];
}

export interface SpotResult {
  /** 0–1: recall × chance-corrected precision (see score-rule.ts and the README). */
  readonly score: number;
  /** Share of the selected judged words (required or wrong) that are required; 1 when none. */
  readonly precision: number;
  /** Mean share of each required item's words that were selected. */
  readonly recall: number;
  /** SemEval-style F1 of `precision` and `recall`, for comparison with published systems. */
  readonly f1: number;
  /** Required items, in reading order. */
  readonly items: readonly SpotItemResult[];
  /** Selections that touch no required item. */
  readonly extras: readonly SpotExtra[];
  readonly summary: string;
  readonly nextStep: string;
}

export type Validation = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The counts behind a score; Compare adds up the counts of both sides before scoring. */
export interface SpotCounts {
  /** Per required item, the share of its words selected. */
  readonly coverage: readonly number[];
  readonly requiredSelected: number;
  readonly wrongSelected: number;
  readonly requiredWords: number;
  readonly wrongWords: number;
}

/** Whether the selections make a real attempt: at least one word inside the passage. */
export function validateSpot(text: string, key: SpotKey, selections: readonly Span[]): Validation {
  return selectedRuns(text, passageWords(text, key.passage), key.passage, selections).length > 0
    ? { ok: true }
    : { ok: false, reason: 'Select at least one word in the passage before you check your answer.' };
}

export function scoreSpot(text: string, key: SpotKey, selections: readonly Span[]): SpotResult {
  const m = measureSpot(text, key, selections);
  const { score, precision, recall } = scoreCounts([m.counts]);
  const items = m.items;
  const extras = m.extras;
  return {
    score,
    precision,
    recall,
    f1: f1(precision, recall),
    items,
    extras,
    summary: summaryFor(key.noun, items, extras, { score, recall }),
    nextStep: nextStepFor(text, key.noun, items, extras),
  };
}

/** Score, precision and recall of one or more passages' counts taken together. */
export function scoreCounts(all: readonly SpotCounts[]): { score: number; precision: number; recall: number } {
  let covered = 0;
  let items = 0;
  let hits = 0;
  let wrong = 0;
  let required = 0;
  let wrongWords = 0;
  for (const c of all) {
    for (const share of c.coverage) covered += share;
    items += c.coverage.length;
    hits += c.requiredSelected;
    wrong += c.wrongSelected;
    required += c.requiredWords;
    wrongWords += c.wrongWords;
  }
  const recall = items === 0 ? 1 : covered / items;
  const precision = hits + wrong === 0 ? 1 : hits / (hits + wrong);
  const chance = required === 0 ? 0 : required / (required + wrongWords);
  return { score: chanceCorrectedScore({ recall, precision, chance }), precision, recall };
}

/**
 * How much more than an item a selection may take in and still get that item's own feedback
 * (found, or a boundary to fix): its words that are neither allowed with the item nor part of
 * another answer may number at most the item's allowed words plus this many. A larger selection
 * gets one message, that it takes in too much, and nothing of the answers inside it; the README
 * has worked examples.
 */
export const NEAR_MISS_SLACK = 3;

/** Counts, per-item feedback and extras for one passage. */
export function measureSpot(
  text: string,
  key: SpotKey,
  selections: readonly Span[],
): { counts: SpotCounts; items: SpotItemResult[]; extras: SpotExtra[] } {
  const { words, required, needs, rooms, roles, requiredBefore, wrongBefore } = spotLayout(text, key);
  const wordCount = words.tokens.length;
  const runs = selectedRuns(text, words, key.passage, selections);
  // Runs never overlap, so the selected words of each role add up run by run.
  let requiredSelected = 0;
  let wrongSelected = 0;
  for (let r = 0; r < runs.length; r++) {
    requiredSelected += wordsIn(requiredBefore, runs[r]!);
    wrongSelected += wordsIn(wrongBefore, runs[r]!);
  }
  // Each item then looks at its own few words instead of at every run: 27 items against 25 runs
  // was most of a check, which mostly runs before the optimizing compiler has seen it (score-bench).
  // Indexed loops and no closure per run or item, for the same reason.
  const runAt = runIndex(runs, wordCount);
  const touching: number[][] = [];
  for (let n = 0; n < rooms.length; n++) touching.push(runsIn(runAt, rooms[n]!));
  // A selection far larger than an answer it touches says nothing about the answers inside it.
  const tooMuch = new Uint8Array(runs.length);
  const touchesAnswer = new Uint8Array(runs.length);
  for (let n = 0; n < rooms.length; n++) {
    const here = touching[n]!;
    for (let t = 0; t < here.length; t++) {
      touchesAnswer[here[t]!] = 1;
      if (!isClose(runs[here[t]!]!, rooms[n]!, requiredBefore)) tooMuch[here[t]!] = 1;
    }
  }

  const coverage: number[] = [];
  const items: SpotItemResult[] = [];
  for (let n = 0; n < required.length; n++) {
    const item = required[n]!;
    const need = needs[n]!;
    const needCount = size(need);
    const room = rooms[n]!;
    // Coverage, and so the score, counts every selected word; the feedback only the close selections.
    let selected = 0;
    for (let i = need.first; i <= need.last; i++) if (runAt[i]) selected += 1;
    const near: WordRun[] = [];
    let inBroad = false;
    const here = touching[n]!;
    for (let t = 0; t < here.length; t++) {
      if (tooMuch[here[t]!]) inBroad = true;
      else near.push(runs[here[t]!]!);
    }
    coverage.push(needCount === 0 ? 1 : selected / needCount);
    let found = 0;
    for (let i = need.first; i <= need.last; i++) if (inRuns(near, i)) found += 1;
    // An answer with no whole word cannot be selected; validateSpotKey rejects such keys.
    const share = needCount === 0 ? 1 : found / needCount;
    const { first, last } = room;
    // Runs past the allowed words: the selection continues from the item into a wrong word.
    const longAt = side(
      first > 0 && inRuns(near, first) && inRuns(near, first - 1) && roles[first - 1] === WRONG,
      last < wordCount - 1 && inRuns(near, last) && inRuns(near, last + 1) && roles[last + 1] === WRONG,
    );
    const short = near.length > 0 && found < needCount;
    const shortAt = short ? side(!inRuns(near, need.first), !inRuns(near, need.last)) : null;
    const boundary: BoundaryProblem | undefined =
      short && longAt ? 'both' : short ? 'too-short' : longAt ? 'too-long' : undefined;
    const status: SpotItemStatus =
      near.length === 0 ? (inBroad ? 'too-much' : 'missed') : boundary ? 'boundary' : 'found';
    const where = boundary === 'too-short' ? shortAt : boundary === 'too-long' ? longAt : null;
    const { id: goldId, span, explanation, paragraph } = item;
    const marks = status === 'found' ? [span] : status === 'boundary' ? spansOf(near) : [];
    const message = itemMessage(key.noun, item, { status, boundary, side: where, coverage: share });
    // Whole literals rather than spreads of the optional fields: two spreads per item were a third
    // of a check (a spread after other fields is a runtime call in V8).
    if (!boundary) items.push({ goldId, status, span, marks, message, explanation, paragraph });
    else if (!where) items.push({ goldId, status, boundary, span, marks, message, explanation, paragraph });
    else items.push({ goldId, status, boundary, side: where, span, marks, message, explanation, paragraph });
  }

  const extras: SpotExtra[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (tooMuch[r]) {
      const note = tooMuchNote(text, key.noun, run.span, quoteOfRun(text, words, run));
      extras.push({ span: run.span, status: 'too-much', note, marks: [] });
      continue;
    }
    if (touchesAnswer[r]) continue;
    const debatable = borderlineAt(key, run.span);
    extras.push(
      debatable
        ? {
            span: run.span,
            status: 'borderline',
            note: extraNote(text, key, run.span, debatable, quoteOfRun(text, words, run)),
            explanation: debatable.explanation,
            marks: [run.span],
          }
        : {
            span: run.span,
            status: 'not-an-instance',
            note: extraNote(text, key, run.span, null, quoteOfRun(text, words, run)),
            marks: [run.span],
          },
    );
  }

  return {
    counts: {
      coverage,
      requiredSelected,
      wrongSelected,
      requiredWords: wordsIn(requiredBefore, { first: 0, last: wordCount - 1 }),
      wrongWords: wordsIn(wrongBefore, { first: 0, last: wordCount - 1 }),
    },
    items,
    extras,
  };
}

/** A run of consecutive selected words of the passage, and its span. */
interface WordRun extends WordRange {
  readonly span: Span;
  /** Whether the span is exactly the passage's words `first` to `last`, as cutting its text would give. */
  readonly own: boolean;
}

function size(r: WordRange): number {
  return r.last - r.first + 1;
}

/** How many words two ranges have in common. */
function shared(a: WordRange, b: WordRange): number {
  return Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1);
}

/** Per word of the passage, 1 + the index of the run that holds it; 0 for a word not selected. */
function runIndex(runs: readonly WordRange[], wordCount: number): Int32Array {
  const runAt = new Int32Array(wordCount);
  for (let r = 0; r < runs.length; r++) runAt.fill(r + 1, runs[r]!.first, runs[r]!.last + 1);
  return runAt;
}

/** The runs that touch `range`, by index, in order (a run holds consecutive words, so it is met once). */
function runsIn(runAt: Int32Array, range: WordRange): number[] {
  const found: number[] = [];
  for (let i = range.first; i <= range.last; i++) {
    const r = runAt[i]! - 1;
    if (r >= 0 && r !== found[found.length - 1]) found.push(r);
  }
  return found;
}

function inRuns(runs: readonly WordRange[], i: number): boolean {
  for (let r = 0; r < runs.length; r++) if (runs[r]!.first <= i && i <= runs[r]!.last) return true;
  return false;
}

function spansOf(runs: readonly WordRun[]): Span[] {
  const spans: Span[] = [];
  for (let r = 0; r < runs.length; r++) spans.push(runs[r]!.span);
  return spans;
}

/** A run of the passage's own words is quoted from them, without cutting its text again. */
function quoteOfRun(text: string, words: PassageWords, run: WordRun): string | undefined {
  return run.own ? (quoteOfWords(text, words.tokens.slice(run.first, run.last + 1)) ?? undefined) : undefined;
}

/** The first borderline item a stray selection overlaps, if any. */
function borderlineAt(key: SpotKey, span: Span): GoldItem | undefined {
  for (let g = 0; g < key.gold.length; g++) {
    const item = key.gold[g]!;
    if (item.borderline && (overlaps(span, item.extent) || overlaps(span, item.span))) return item;
  }
  return undefined;
}

/** Close: the run's words outside the room that are not another answer's are few enough. */
function isClose(run: WordRange, room: WordRange, requiredBefore: Int32Array): boolean {
  const inRoom = { first: Math.max(run.first, room.first), last: Math.min(run.last, room.last) };
  const otherAnswers = wordsIn(requiredBefore, run) - wordsIn(requiredBefore, inRoom);
  return size(run) - shared(run, room) - otherAnswers <= size(room) + NEAR_MISS_SLACK;
}

/**
 * The student's selections inside the passage, snapped to words and merged, as
 * `normaliseSelections` does. Snapping inside the passage meets the same words as snapping in the
 * whole text when the passage starts and ends between words and every edge is a whole character
 * (always, for a key and the word picker): then each selection is two lookups in the passage's
 * words instead of tokenizing the text around it.
 */
function selectedRuns(text: string, words: PassageWords, passage: Span, selections: readonly Span[]): WordRun[] {
  const clipped: Span[] = [];
  let wholeCharacters = true;
  for (let s = 0; s < selections.length; s++) {
    const start = Math.max(selections[s]!.start, passage.start);
    const end = Math.min(selections[s]!.end, passage.end);
    if (!(end > start)) continue;
    clipped.push({ start, end });
    if (!Number.isInteger(start) || !Number.isInteger(end)) wholeCharacters = false;
  }
  if (!words.wholeWords || !wholeCharacters) {
    return normaliseSelections(text, clipped).map((span) => ({ ...wordRange(words, span), span, own: false }));
  }
  const ranges: WordRange[] = [];
  for (let s = 0; s < clipped.length; s++) {
    const range = wordsTouched(words, clipped[s]!);
    if (range.first <= range.last) ranges.push(range);
  }
  ranges.sort(byPosition);
  // Overlapping or adjacent (nothing but spaces or marks between) selections are one run.
  const runs: WordRun[] = [];
  for (let r = 0; r < ranges.length; ) {
    const first = ranges[r]!.first;
    let last = ranges[r]!.last;
    for (r += 1; r < ranges.length && ranges[r]!.first <= last + 1; r += 1) last = Math.max(last, ranges[r]!.last);
    runs.push({ first, last, span: { start: words.tokens[first]!.start, end: words.tokens[last]!.end }, own: true });
  }
  return runs;
}

function byPosition(a: WordRange, b: WordRange): number {
  return a.first - b.first || a.last - b.last;
}

function side(atStart: boolean, atEnd: boolean): 'start' | 'end' | 'both' | null {
  return atStart && atEnd ? 'both' : atStart ? 'start' : atEnd ? 'end' : null;
}

/**
 * A passage's words, cut once and kept: scoring one selection and counting a class's answers both
 * need every word of the passage, and cutting 860 words with Unicode regexes was most of the
 * time of a score (score-bench: about 70% of 0.47 ms). Judging code only: the lesson page cuts
 * its words itself with ./words.ts.
 */
import type { Span } from '../corpus/types';
import { tokenize, type Token } from './words';

export interface PassageWords {
  readonly tokens: readonly Token[];
  /**
   * Per character offset from `from` to `to`: how many words end at or before it, and how many
   * start before it. Two array reads find the words a selection touches, where a binary search
   * per selection edge, run before the JIT has compiled it, cost most of a cold class view.
   * Null for a passage that starts or ends inside a character (never made by `passageSpan`).
   */
  readonly from: number;
  readonly to: number;
  readonly endedBy: Int32Array | null;
  readonly startedBefore: Int32Array | null;
  /**
   * Whether the passage begins and ends between words of the whole text: then a selection
   * snapped inside the passage meets the same words as one snapped in the whole text.
   */
  readonly wholeWords: boolean;
}

/** A run of consecutive words, by index: first to last inclusive; empty when last < first. */
export interface WordRange {
  readonly first: number;
  readonly last: number;
}

// A few passages at a time are scored (a lesson's exercises, a class view): a short list of the
// most recent ones is enough, and bounded whatever a server is asked.
const KEPT = 8;
const recent: { text: string; start: number; end: number; words: PassageWords }[] = [];

/** The words of `text` inside `passage`, as `tokenize(text, passage)` cuts them. */
export function passageWords(text: string, passage: Span): PassageWords {
  const at = recent.findIndex((r) => r.start === passage.start && r.end === passage.end && r.text === text);
  const found = at >= 0 ? recent.splice(at, 1)[0]! : { text, start: passage.start, end: passage.end, words: cut(text, passage) };
  recent.unshift(found);
  if (recent.length > KEPT) recent.pop();
  return found.words;
}

/** How many words end at or before `offset`: the index of the first word a span from there touches. */
export function wordsEndedBy(words: PassageWords, offset: number): number {
  if (!words.endedBy) return words.tokens.filter((t) => t.end <= offset).length;
  const o = Math.floor(offset);
  return words.endedBy[o <= words.from ? 0 : o >= words.to ? words.to - words.from : o - words.from]!;
}

/** How many words start before `offset`: one past the last word a span up to there touches. */
export function wordsStartedBefore(words: PassageWords, offset: number): number {
  if (!words.startedBefore) return words.tokens.filter((t) => t.start < offset).length;
  const o = Math.ceil(offset);
  return words.startedBefore[o <= words.from ? 0 : o >= words.to ? words.to - words.from : o - words.from]!;
}

/** The words a span touches (any character of a word counts), as `overlaps` decides word by word. */
export function wordsTouched(words: PassageWords, span: Span): WordRange {
  return { first: wordsEndedBy(words, span.start), last: wordsStartedBefore(words, span.end) - 1 };
}

function cut(text: string, passage: Span): PassageWords {
  const tokens = Object.freeze(tokenize(text, passage));
  const from = Math.max(0, passage.start);
  const to = Math.max(from, Math.min(text.length, passage.end));
  if (!Number.isInteger(from) || !Number.isInteger(to)) {
    return { tokens, from, to, endedBy: null, startedBefore: null, wholeWords: false };
  }
  const endedBy = new Int32Array(to - from + 1);
  const startedBefore = new Int32Array(to - from + 1);
  let ended = 0;
  let started = 0;
  for (let o = from; o <= to; o += 1) {
    while (ended < tokens.length && tokens[ended]!.end <= o) ended += 1;
    while (started < tokens.length && tokens[started]!.start < o) started += 1;
    endedBy[o - from] = ended;
    startedBefore[o - from] = started;
  }
  return {
    tokens,
    from,
    to,
    endedBy,
    startedBefore,
    wholeWords: (from === 0 || isBetweenWords(text[from - 1]!)) && (to === text.length || isBetweenWords(text[to]!)),
  };
}

// What separates words in ./words.ts.
function isBetweenWords(character: string): boolean {
  return /[\s\u2013\u2014]/u.test(character);
}

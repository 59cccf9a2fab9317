/**
 * What each word of a Spot passage is to its key: required (inside an answer's span), allowed
 * (inside an answer's extent or a borderline item) or wrong. It depends on the key and the text
 * only, so it is worked out once per key and kept while the key lives; scoring a selection then
 * reads it instead of walking every word of the passage again.
 */
import type { Span } from '../corpus/types';
import { passageWords, wordsTouched, type PassageWords, type WordRange } from './passage-words';
import type { GoldItem, SpotKey } from './spot-key';

export const WRONG = 0;
export const ALLOWED = 1;
export const REQUIRED = 2;

export interface SpotLayout {
  readonly words: PassageWords;
  /** The items a student must find, in the key's order, with the words of each. */
  readonly required: readonly GoldItem[];
  readonly needs: readonly WordRange[];
  /** Per required item, the words that may be selected with it: its span and allowed extent. */
  readonly rooms: readonly WordRange[];
  /** One byte a word: WRONG, ALLOWED or REQUIRED. */
  readonly roles: Uint8Array;
  /** Prefix counts: how many required (wrong) words come before word i. */
  readonly requiredBefore: Int32Array;
  readonly wrongBefore: Int32Array;
}

/** An empty range is always 0 to −1, so that it touches nothing. */
export const NO_WORDS: WordRange = { first: 0, last: -1 };

// Keys are immutable (every field readonly) and built once per exercise, so the key object
// itself identifies its layout; the passage's words tell whether the text is still the same.
const layouts = new WeakMap<SpotKey, SpotLayout>();

export function spotLayout(text: string, key: SpotKey): SpotLayout {
  const words = passageWords(text, key.passage);
  const known = layouts.get(key);
  if (known?.words === words) return known;
  const layout = lay(words, key);
  layouts.set(key, layout);
  return layout;
}

/** The words of the passage a span touches; NO_WORDS when none. */
export function wordRange(words: PassageWords, span: Span): WordRange {
  const range = wordsTouched(words, span);
  return range.last < range.first ? NO_WORDS : range;
}

/** How many words of `range` have the role counted by `before`. */
export function wordsIn(before: Int32Array, range: WordRange): number {
  return range.last < range.first ? 0 : before[range.last + 1]! - before[range.first]!;
}

function lay(words: PassageWords, key: SpotKey): SpotLayout {
  const wordCount = words.tokens.length;
  const required = key.gold.filter((g) => !g.borderline);
  const needs = required.map((item) => wordRange(words, item.span));
  const roles = new Uint8Array(wordCount);
  for (const item of key.gold) {
    for (const { first, last } of [wordRange(words, item.extent), wordRange(words, item.span)]) {
      roles.fill(ALLOWED, first, last + 1);
    }
  }
  for (const { first, last } of needs) roles.fill(REQUIRED, first, last + 1);
  const requiredBefore = new Int32Array(wordCount + 1);
  const wrongBefore = new Int32Array(wordCount + 1);
  for (let i = 0; i < wordCount; i++) {
    requiredBefore[i + 1] = requiredBefore[i]! + (roles[i] === REQUIRED ? 1 : 0);
    wrongBefore[i + 1] = wrongBefore[i]! + (roles[i] === WRONG ? 1 : 0);
  }
  const rooms = required.map(({ span, extent }) =>
    wordRange(words, { start: Math.min(span.start, extent.start), end: Math.max(span.end, extent.end) }),
  );
  return { words, required, needs, rooms, roles, requiredBefore, wrongBefore };
}

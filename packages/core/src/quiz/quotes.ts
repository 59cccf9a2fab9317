/**
 * Short quotes of a passage for feedback and hints, in whole words. Apart from ./words.ts so that
 * an exercise on the page, which needs the words, does not carry what only the judging code uses.
 */
import type { Span } from '../corpus/types';
import { tokenize, type Token } from './words';

/**
 * The words of `span` as a short quote for feedback, without quote marks: long passages keep
 * their first and last words (“Russian ground troops are leading … slow down that effort”).
 */
export function shortQuote(text: string, span: Span, maxWords = 12): string {
  return quoteOfWords(text, tokenize(text, span), maxWords) ?? text.slice(span.start, span.end).trim();
}

/** `shortQuote` of words already cut (scoring has the passage's); null when there are none. */
export function quoteOfWords(text: string, words: readonly Token[], maxWords = 12): string | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  if (words.length <= maxWords) return text.slice(first.start, last.end);
  const head = words[Math.max(0, maxWords - 4)];
  const tail = words[words.length - 3];
  return `${text.slice(first.start, head?.end)} … ${text.slice(tail?.start, last.end)}`;
}

/** The first `n` words of `span`, for “the sentence that begins …”. */
export function firstWords(text: string, span: Span, n: number): string {
  const words = tokenize(text, span).slice(0, n);
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

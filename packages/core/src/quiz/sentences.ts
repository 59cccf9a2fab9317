/**
 * Sentences inside a block, for hints (“look in the sentence that begins …”) and for the sentence
 * a Rewrite exercise shows. Good enough for news prose, not a general sentence splitter.
 */
import type { Block, Span } from '../corpus/types';
import { blockAt } from './spans';

// A full stop, question or exclamation mark (optionally followed by a closing quote) ends a
// sentence when the next word starts with a capital or an opening quote — unless the word it
// ends is an abbreviation or initial (“U.S. Defense”, “Lloyd J. Austin”).
const BOUNDARY = /[.!?][”"’']?\s+(?=[\p{Lu}“"‘])/gu;
const ENDS_WITH_ABBREVIATION = /(?:^|[\s(“"])(?:\p{L}\.)+$|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|Lt|Col|Gov|Sgt)\.$/u;

/** The sentences of a block, as spans without surrounding spaces. */
export function sentencesOf(text: string, block: Span): Span[] {
  const body = text.slice(block.start, block.end);
  const spans: Span[] = [];
  let start = 0;
  for (const match of body.matchAll(BOUNDARY)) {
    const stop = (match.index ?? 0) + match[0].trimEnd().length;
    if (ENDS_WITH_ABBREVIATION.test(body.slice(start, (match.index ?? 0) + 1))) continue;
    spans.push({ start: block.start + start, end: block.start + stop });
    start = (match.index ?? 0) + match[0].length;
  }
  if (start < body.length) spans.push({ start: block.start + start, end: block.end });
  return spans;
}

/** The sentence around `offset` within its block; the whole block if it cannot tell. */
export function sentenceAt(text: string, blocks: readonly Block[], offset: number): Span | undefined {
  const block = blockAt(blocks, offset);
  if (!block) return undefined;
  return sentencesOf(text, block).find((s) => s.start <= offset && offset < s.end) ?? block;
}

/**
 * A passage cut into the pieces the pickers and the feedback view draw: per block, its words
 * (numbered across the whole passage) and the text between them, so that the page shows the
 * article byte for byte while every word stays one selectable element.
 */
import type { Block } from '@sayswho/core';
import { tokenize, type Token } from '@sayswho/core/quiz';

export interface PassageLike {
  readonly text: string;
  readonly blocks: readonly Block[];
}

export type Piece = { readonly word: number } | { readonly gap: string };

export interface BlockWords {
  readonly block: Block;
  readonly pieces: readonly Piece[];
}

export interface PassageWords {
  /** Every word of the passage, in reading order; piece `word` indexes into it. */
  readonly words: readonly Token[];
  readonly blocks: readonly BlockWords[];
}

export function passageWords(passage: PassageLike): PassageWords {
  const words: Token[] = [];
  const blocks = passage.blocks.map((block): BlockWords => {
    const pieces: Piece[] = [];
    let at = block.start;
    for (const token of tokenize(passage.text, block)) {
      if (token.start > at) pieces.push({ gap: passage.text.slice(at, token.start) });
      pieces.push({ word: words.length });
      words.push(token);
      at = token.end;
    }
    if (block.end > at) pieces.push({ gap: passage.text.slice(at, block.end) });
    return { block, pieces };
  });
  return { words, blocks };
}

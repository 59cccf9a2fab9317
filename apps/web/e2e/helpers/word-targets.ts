/**
 * Which words of a passage a student marks to answer a Spot key. The key holds character offsets
 * into the article text; the page shows one element per word. The words are numbered exactly as
 * the app numbers them (its own `passageWords` over the corpus article), and `expectSameWords`
 * proves the numbering matches what the page shows before any word is marked.
 */
import { getArticle } from '@sayswho/core';
import type { SpotKey } from '@sayswho/core/quiz';
import { expect, type Locator } from '@playwright/test';
import {
  passageWords,
  type PassageWords,
} from '../../components/exercises/word-select/passage-words';

export interface WordRun {
  readonly first: number;
  readonly last: number;
  /** The words, for failure messages. */
  readonly text: string;
}

export interface PassageTargets {
  readonly words: PassageWords;
  /** Index of the first word of each block, for moving paragraph by paragraph. */
  readonly blockStarts: readonly number[];
  /** One run per answer a student must find (borderline items are optional and left out). */
  readonly runs: readonly WordRun[];
}

export function passageTargets(key: SpotKey): PassageTargets {
  const article = getArticle(key.articleId);
  if (!article)
    throw new Error(`The key names article “${key.articleId}”, which is not in the corpus.`);
  const blocks = article.blocks.filter(
    (b) => b.start >= key.passage.start && b.end <= key.passage.end,
  );
  const words = passageWords({ text: article.text, blocks });
  const blockStarts: number[] = [];
  let next = 0;
  for (const block of words.blocks) {
    blockStarts.push(next);
    next += block.pieces.filter((p) => 'word' in p).length;
  }
  const runs = key.gold
    .filter((g) => !g.borderline)
    .map((g) => {
      const inside = words.words.flatMap((w, i) =>
        w.start < g.span.end && g.span.start < w.end ? [i] : [],
      );
      if (inside.length === 0)
        throw new Error(`Answer “${g.label}” (${g.id}) covers no word of the passage.`);
      const first = inside[0]!;
      const last = inside[inside.length - 1]!;
      return {
        first,
        last,
        text: article.text.slice(words.words[first]!.start, words.words[last]!.end),
      };
    })
    .sort((a, b) => a.first - b.first);
  return { words, blockStarts, runs };
}

/** The page shows the same words, in the same order, as the numbering the runs use. */
export async function expectSameWords(listbox: Locator, targets: PassageTargets) {
  const shown = await listbox.locator('[data-w]').allTextContents();
  expect(shown, 'the words the page shows').toEqual(targets.words.words.map((w) => w.text));
}

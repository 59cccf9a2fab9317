/**
 * A two-paragraph passage and a class's marks on it, for the results components' tests: five
 * students answered; "slammed" (the key) was marked by four, "insisted" (borderline) by one, and
 * "plan" (outside the key) by two.
 */
import type { Block } from '@sayswho/core';
import type { SpotPassageResults } from '@sayswho/core/class-results';
import { tokenize, type GoldItem } from '@sayswho/core/quiz';
import type { PassageView } from '@sayswho/lessons';

const paragraphs = ['Officials slammed the plan on Monday.', 'Critics insisted it would fail.'];
const text = paragraphs.join('\n');
const spanOf = (quote: string) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};
const blocks: Block[] = paragraphs.map((p, index) => ({
  ...spanOf(p),
  index,
  role: 'paragraph',
  paragraph: index + 1,
}));

export const PASSAGE: PassageView = {
  articleId: 'test-article',
  outlet: 'The Daily Test',
  credit: 'The Daily Test, 1 May 2025',
  text,
  span: { start: 0, end: text.length },
  blocks,
};

const gold = (id: string, quote: string, borderline: boolean): GoldItem => ({
  id,
  span: spanOf(quote),
  extent: spanOf(quote),
  label: quote,
  explanation: '',
  borderline,
  hints: [],
  paragraph: quote === 'slammed' ? 1 : 2,
});

export const GOLD: readonly GoldItem[] = [
  gold('slammed', 'slammed', false),
  gold('insisted', 'insisted', true),
];

const tokens = tokenize(text);
const counts: Record<string, number> = { slammed: 4, insisted: 1, plan: 2 };

export const RESULTS: SpotPassageResults = {
  answered: 5,
  tokens,
  marked: tokens.map((t) => counts[t.text] ?? 0),
  missedItems: [{ goldId: 'slammed', label: 'slammed', missed: 1 }],
  wrongWords: [{ token: tokens.findIndex((t) => t.text === 'plan'), text: 'plan', marked: 2 }],
};

/**
 * A small annotated article for component tests, built like the corpus loader builds one (real
 * offsets into the text), so tests need no YAML or file system.
 */
import type { Annotation, Article, Block, Span } from '@sayswho/core';

const lines = [
  'Mines for Ukraine',
  'What You Need To Know',
  '• Austin says mines will help.',
  'KYIV, Ukraine — Civilians have been battered by drones, Austin said Wednesday.',
  'Officials say Russia has been stockpiling missiles, possibly for winter.',
  'Sign up for our newsletter',
];
const text = lines.join('\n');

function spanOf(quote: string, from = 0): Span {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`test data: “${quote}” is not in the text`);
  return { start, end: start + quote.length };
}

const roles: Block['role'][] = [
  'headline',
  'summary-heading',
  'summary-item',
  'paragraph',
  'paragraph',
  'boilerplate',
];
const numbers = [null, null, null, 1, 2, 3];
const blocks: Block[] = lines.map((line, index) => ({
  ...spanOf(line),
  index,
  role: roles[index]!,
  paragraph: numbers[index]!,
}));

const base = {
  articleId: 'test-article',
  teacherNote: null,
  distractors: [],
  borderline: false,
  location: { file: 'test.yaml', line: 1, column: 1 },
};
const hull = (...spans: Span[]) => ({
  start: Math.min(...spans.map((s) => s.start)),
  end: Math.max(...spans.map((s) => s.end)),
});

const austinSource = spanOf('Austin', text.indexOf('KYIV'));
const austinCue = spanOf('said', text.indexOf('KYIV'));
const austinContent = spanOf('Civilians have been battered by drones');
const officials = spanOf('Officials');
const officialsCue = spanOf('say Russia');
const stockpiling = spanOf('Russia has been stockpiling missiles, possibly for winter');

const annotations: Annotation[] = [
  {
    ...base,
    id: 'test-headline',
    kind: 'headline',
    span: blocks[0]!,
    extent: blocks[0]!,
    explanation: 'The title.',
  },
  {
    ...base,
    id: 'test-summary',
    kind: 'summary',
    span: hull(blocks[1]!, blocks[2]!),
    extent: hull(blocks[1]!, blocks[2]!),
    explanation: 'A box the outlet added.',
  },
  {
    ...base,
    id: 'test-austin',
    kind: 'attribution',
    span: hull(austinSource, austinCue, austinContent),
    extent: hull(austinSource, austinCue, austinContent),
    source: austinSource,
    cue: austinCue,
    content: austinContent,
    sourceType: 'named-official',
    refersTo: null,
    explanation: 'Austin is named.',
  },
  {
    ...base,
    id: 'test-battered',
    kind: 'loaded-wording',
    span: spanOf('battered'),
    extent: spanOf('battered'),
    alternatives: ['hit', 'struck'],
    explanation: '“Battered” suggests repeated blows.',
  },
  {
    ...base,
    id: 'test-officials',
    kind: 'attribution',
    span: hull(officials, stockpiling),
    extent: hull(officials, stockpiling),
    source: officials,
    cue: { start: officialsCue.start, end: officialsCue.start + 3 },
    content: stockpiling,
    sourceType: 'anonymous-officials',
    refersTo: null,
    explanation: 'Nobody is named.',
  },
  {
    ...base,
    id: 'test-stockpiling',
    kind: 'unverified-claim',
    span: stockpiling,
    extent: stockpiling,
    status: 'anonymous-source',
    statuses: ['anonymous-source'],
    restsOn: 'unnamed officials',
    attributionId: 'test-officials',
    explanation: 'It rests on unnamed officials.',
    borderline: true,
  },
  {
    ...base,
    id: 'test-signup',
    kind: 'boilerplate',
    span: blocks[5]!,
    extent: blocks[5]!,
    explanation: 'A sign-up box.',
  },
];

export const testArticle: Article = {
  id: 'test-article',
  storyId: 'test-story',
  outlet: 'Test Gazette',
  wire: 'Associated Press',
  published: '2024-11-20',
  headline: lines[0]!,
  byline: 'Test Reporter, Associated Press',
  dateline: 'KYIV, Ukraine',
  credit: 'Associated Press story as published by the Test Gazette.',
  url: null,
  text,
  blocks,
  annotations,
};

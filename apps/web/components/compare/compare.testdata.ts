/** Two tiny versions of one story and their comparison, shaped like the core's output. */
import type { Article, Block, StoryComparison, VersionDifference } from '@sayswho/core';

function article(id: string, outlet: string, lines: string[], roles: Block['role'][]): Article {
  const text = lines.join('\n');
  let at = 0;
  let paragraph = 0;
  const blocks = lines.map((line, index): Block => {
    const block = {
      start: at,
      end: at + line.length,
      index,
      role: roles[index]!,
      paragraph: roles[index] === 'paragraph' ? ++paragraph : null,
    };
    at += line.length + 1;
    return block;
  });
  return {
    id,
    storyId: 'test-story',
    outlet,
    wire: 'Associated Press',
    published: '2024-11-20',
    headline: null,
    byline: 'AP',
    dateline: null,
    credit: `AP story as published by ${outlet}.`,
    url: null,
    text,
    blocks,
    annotations: [],
  };
}

export const fromArticle = article(
  'test-from',
  'The Daily',
  ['Civilians were battered by drones.', 'Only the Daily kept this.'],
  ['paragraph', 'paragraph'],
);
export const toArticle = article(
  'test-to',
  'The Courier',
  ['Key points', 'Civilians were clobbered by drones.'],
  ['summary-heading', 'paragraph'],
);

const [f1, f2] = fromArticle.blocks as [Block, Block];
const [t1, t2] = toArticle.blocks as [Block, Block];
const base = {
  teacherNote: null,
  borderline: false,
  location: { file: 'differences.yaml', line: 1, column: 1 },
};

const differences: VersionDifference[] = [
  {
    ...base,
    id: 'box-added',
    kind: 'added',
    from: null,
    to: t1,
    explanation: 'The Courier adds a box.',
  },
  {
    ...base,
    id: 'battered-clobbered',
    kind: 'reworded',
    from: { start: 15, end: 23 },
    to: { start: t2.start + 15, end: t2.start + 24 },
    explanation: 'Two strong words.',
  },
  {
    ...base,
    id: 'para-removed',
    kind: 'removed',
    from: f2,
    to: null,
    explanation: 'Only the Daily kept this.',
  },
  {
    ...base,
    id: 'auto-punctuation-1',
    kind: 'punctuation',
    from: { start: 33, end: 34 },
    to: { start: t2.start + 34, end: t2.start + 35 },
    explanation: 'Computed.',
    location: null,
  },
];

export const testComparison: StoryComparison = {
  fromArticleId: fromArticle.id,
  toArticleId: toArticle.id,
  alignment: [
    { from: null, to: t1, parts: [{ op: 'added', text: 'Key points', span: t1 }] },
    {
      from: f1,
      to: t2,
      parts: [
        { op: 'same', text: 'Civilians were ', span: { start: 0, end: 15 } },
        { op: 'removed', text: 'battered', span: { start: 15, end: 23 } },
        { op: 'added', text: 'clobbered', span: { start: t2.start + 15, end: t2.start + 24 } },
        { op: 'same', text: ' by drones.', span: { start: 23, end: 34 } },
      ],
    },
    { from: f2, to: null, parts: [{ op: 'removed', text: 'Only the Daily kept this.', span: f2 }] },
  ],
  differences,
};

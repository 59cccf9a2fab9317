import path from 'node:path';
import { compareVersions } from './compare-versions';
import { loadCorpus } from './load-corpus';
import type { Article, VersionDifference } from './types';

const { corpus } = loadCorpus(path.join(__dirname, 'fixtures', 'valid-story'));
const from = corpus.articles.find((a) => a.id === 'demo-a')!;
const to = corpus.articles.find((a) => a.id === 'demo-b')!;
const comparison = corpus.stories[0]!.comparison!;
const quoted = (article: Article, span: { start: number; end: number } | null) =>
  span && article.text.slice(span.start, span.end);
const block = (article: Article, paragraph: number) =>
  article.blocks.find((b) => b.paragraph === paragraph)!;

test('paragraphs pair up by their words; page boilerplate takes no part', () => {
  expect(
    comparison.alignment.map((row) => [
      row.from?.paragraph ?? row.from?.role ?? null,
      row.to?.paragraph ?? null,
    ]),
  ).toEqual([
    ['headline', null],
    [1, 1],
    [2, 2],
    [3, null],
    [4, 3],
  ]);
});

test('an aligned pair carries a word diff whose spans point into each version', () => {
  const parts = comparison.alignment.find((row) => row.from?.paragraph === 4)!.parts;
  expect(parts.map((p) => `${p.op}:${p.text}`)).toEqual([
    'same:The bridge was ',
    'removed:battered',
    'added:clobbered',
    'same: by storms, and the bridge stayed closed.',
  ]);
  for (const p of parts) expect(quoted(p.op === 'added' ? to : from, p.span)).toBe(p.text);
});

test('dash and quote-mark changes are derived as punctuation differences', () => {
  const punctuation = comparison.differences.filter((d) => d.kind === 'punctuation');
  expect(punctuation.map((d) => [quoted(from, d.from), quoted(to, d.to)])).toEqual([
    ['—', '--'],
    ['“', '"'],
    ['”', '"'],
  ]);
  expect(punctuation[0]!.explanation).toBe(
    'Only punctuation or capital letters differ here: the Demo Gazette version has — where the Demo Times version has --.',
  );
});

test('words and paragraphs only one version has are derived as removed or added', () => {
  const removed = comparison.differences
    .filter((d) => d.kind === 'removed')
    .map((d) => quoted(from, d.from));
  expect(removed).toEqual([
    'Minister says bridge will reopen',
    ', according to the city’s engineers',
    'It wasn’t possible to independently verify the claims.',
  ]);
});

test('a curated difference replaces the derived one on the same text', () => {
  const start = from.text.indexOf(', according');
  const curated: VersionDifference = {
    id: 'engineers-cut',
    kind: 'meaning-changed',
    from: { start, end: start + 35 },
    to: null,
    explanation: 'Without the engineers, the second version does not say who reported the repairs.',
    teacherNote: null,
    borderline: false,
    location: null,
  };
  const { comparison: withCurated } = compareVersions(from, to, [], [curated]);
  const aboutEngineers = withCurated.differences.filter(
    (d) => d.from && d.from.start < start + 35 && start < d.from.end,
  );
  expect(aboutEngineers).toEqual([curated]);
});

test('a pinned pair overrides the automatic alignment', () => {
  const pinned = [
    {
      from: block(from, 4).index,
      to: null,
      location: { file: 'differences.yaml', line: 4, column: 5 },
    },
  ];
  const { comparison: overridden, diagnostics } = compareVersions(from, to, pinned, []);
  expect(diagnostics).toEqual([]);
  const rows = overridden.alignment.map((row) => [
    row.from?.paragraph ?? null,
    row.to?.paragraph ?? null,
  ]);
  expect(rows).toContainEqual([4, null]);
  expect(rows).toContainEqual([null, 3]);
});

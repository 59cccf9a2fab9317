/**
 * @jest-environment node
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findCorpusDir, loadCorpus } from '@sayswho/core';
import { checkLessons, corpusFirst, findLessonsDir, readLessonSources } from '@sayswho/lessons';
import { keepLastGood, SHOWN_AS_LAST_LOADED } from './keep-last-good';

let dir: string;
const latimes = () => path.join(dir, 'ap-landmines-2024', 'ap-landmines-latimes.yaml');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sayswho-last-good-'));
  cpSync(findCorpusDir(), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A teacher's slip in the article's details: a colon in the byline, which YAML cannot read. */
function slipInTheDetails() {
  const text = readFileSync(latimes(), 'utf8');
  writeFileSync(
    latimes(),
    text.replace('byline: Kullab and Novikov,', 'byline: By: Kullab and Novikov,'),
  );
}

test('a YAML slip in an article’s details keeps the article, its story and its lessons in the preview, with the slip listed once', () => {
  const good = loadCorpus(dir);
  slipInTheDetails();
  const slipped = loadCorpus(dir);
  expect(slipped.corpus.articles.map((a) => a.id)).not.toContain('ap-landmines-latimes');

  const shown = keepLastGood(slipped, good.corpus);
  expect(shown.corpus.articles.find((a) => a.id === 'ap-landmines-latimes')).toEqual(
    good.corpus.articles.find((a) => a.id === 'ap-landmines-latimes'),
  );
  expect(shown.corpus.stories.find((s) => s.id === 'ap-landmines-2024')!.comparison).not.toBeNull();
  expect(shown.corpus.leftOut).toEqual([]);

  // The lessons check as before; the one problem listed is the slip, saying what the preview shows.
  const checked = checkLessons(readLessonSources(findLessonsDir()), shown.corpus);
  const listed = corpusFirst(shown.diagnostics, checked.diagnostics).filter(
    (d) => d.severity === 'error',
  );
  expect(listed).toHaveLength(1);
  expect(listed[0]!.file).toMatch(/ap-landmines-latimes\.yaml$/);
  expect(listed[0]!.message).toMatch(/contains “: ”.*as it last loaded\.$/);
  expect(listed[0]!.message.endsWith(SHOWN_AS_LAST_LOADED)).toBe(true);
});

test('with nothing left out, the loaded corpus is shown as it is', () => {
  const good = loadCorpus(dir);
  expect(keepLastGood(good, good.corpus)).toBe(good);
});

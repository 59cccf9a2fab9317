import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getArticle, getCorpus, getStory } from './get-corpus';
import { findCorpusDir } from './load-corpus';

const REPO = path.resolve(__dirname, '../../../..');

test('the corpus folder is found from the web app’s folder, as Next runs it', () => {
  expect(findCorpusDir(path.join(REPO, 'apps', 'web'))).toBe(
    path.join(REPO, 'packages', 'core', 'corpus'),
  );
});

test('outside the repository the search fails with a message saying where to run it', () => {
  expect(() => findCorpusDir('/')).toThrow(
    /No packages\/core\/corpus folder found in \/ or any folder above it/,
  );
});

test('the app gets one corpus and looks articles and stories up by id', () => {
  expect(getCorpus()).toBe(getCorpus());
  expect(getArticle('ap-landmines-spectrum')?.outlet).toBe('Spectrum News');
  expect(getStory('ap-landmines-2024')?.articleIds).toEqual([
    'ap-landmines-latimes',
    'ap-landmines-spectrum',
  ]);
  expect(getArticle('no-such-article')).toBeUndefined();
});

test('under next dev, a teacher’s saved edit shows up on the next load', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'sayswho-repo-'));
  const cwd = process.cwd();
  try {
    cpSync(
      path.join(__dirname, 'fixtures', 'valid-story'),
      path.join(repo, 'packages', 'core', 'corpus'),
      { recursive: true },
    );
    process.chdir(repo);
    const before = getCorpus();
    expect(getCorpus()).toBe(before);
    appendFileSync(path.join(repo, 'packages/core/corpus/demo/demo-b.txt'), 'A new paragraph.\n');
    const after = getCorpus();
    expect(after).not.toBe(before);
    expect(after.articles.find((a) => a.id === 'demo-b')!.text).toMatch(/A new paragraph\.\n$/);
  } finally {
    process.chdir(cwd);
    rmSync(repo, { recursive: true });
  }
});

import { hasErrors } from '../diagnostics';
import { loadCorpus } from './load-corpus';
import {
  annotationsInLayer,
  annotationsOfKind,
  blocksInRange,
  findArticle,
  textOf,
} from './query-corpus';

// The real corpus in packages/core/corpus: what the app and the lessons are built on.
const { corpus, diagnostics } = loadCorpus();
const latimes = findArticle(corpus, 'ap-landmines-latimes')!;
const spectrum = findArticle(corpus, 'ap-landmines-spectrum')!;
const story = corpus.stories.find((s) => s.id === 'ap-landmines-2024')!;

test('both seed articles load without a single error', () => {
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(hasErrors(diagnostics)).toBe(false);
  expect(story.articleIds).toEqual(['ap-landmines-latimes', 'ap-landmines-spectrum']);
});

test('the LA Times version is annotated as thoroughly as issue 3 asks', () => {
  expect(annotationsOfKind(latimes, 'attribution').length).toBeGreaterThanOrEqual(25);
  expect(annotationsOfKind(latimes, 'loaded-wording').length).toBeGreaterThanOrEqual(12);
  expect(annotationsOfKind(latimes, 'unverified-claim').length).toBeGreaterThan(0);
  expect(annotationsOfKind(latimes, 'boilerplate').map((a) => textOf(latimes, a.span))).toContain(
    'More to Read',
  );
});

test('both versions have attributions, claims and loaded wording', () => {
  for (const article of [latimes, spectrum]) {
    for (const layer of ['attribution', 'claims', 'loaded-wording', 'structure'] as const) {
      expect(annotationsInLayer(article, layer).length).toBeGreaterThan(0);
    }
  }
});

test('the LA Times headline and the Spectrum summary box become blocks without paragraph numbers', () => {
  expect(latimes.headline).toBe(
    'U.S. will allow Ukraine to use American antipersonnel land mines against Russian forces',
  );
  expect(latimes.blocks[0]).toMatchObject({ role: 'headline', paragraph: null });
  expect(spectrum.headline).toBeNull();
  const box = blocksInRange(spectrum, 'summary');
  expect(box.map((b) => b.role)).toEqual([
    'summary-heading',
    'summary-item',
    'summary-item',
    'summary-item',
    'summary-item',
  ]);
  expect(textOf(spectrum, box[0]!)).toBe('What You Need To Know');
  expect(blocksInRange(spectrum, 1)[0]).toMatchObject({ role: 'paragraph', paragraph: 1 });
});

test('every attribution’s source, cue and content lie inside its span', () => {
  for (const article of corpus.articles) {
    for (const a of annotationsOfKind(article, 'attribution')) {
      for (const part of [a.source, a.cue, a.content]) {
        if (part) expect(part.start >= a.span.start && part.end <= a.span.end).toBe(true);
      }
    }
  }
});

test('the comparison pairs “battered” with “clobbered” and keeps the curated explanations', () => {
  const comparison = story.comparison!;
  const pair = comparison.alignment.find(
    (row) => row.from && textOf(latimes, row.from).includes('battered'),
  )!;
  expect(pair.to && textOf(spectrum, pair.to)).toContain('clobbered');
  expect(pair.parts.filter((p) => p.op !== 'same').map((p) => p.text)).toEqual(
    expect.arrayContaining(['battered', 'clobbered']),
  );
  const curated = comparison.differences.filter((d) => d.location !== null);
  expect(curated.length).toBeGreaterThan(0);
  expect(new Set(comparison.differences.map((d) => d.kind))).toEqual(
    new Set(['added', 'removed', 'reworded', 'meaning-changed', 'name-form', 'punctuation']),
  );
});

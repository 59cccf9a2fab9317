import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareVersions } from './compare-versions';
import { putDifference } from './edit-annotation-file';
import { loadCorpus } from './load-corpus';
import { differencesToReview } from './review-differences';
import { selectorForSpan } from './select-quote';
import type { Article, Span } from './types';

const { corpus } = loadCorpus(path.join(__dirname, 'fixtures', 'valid-story'));
const from = corpus.articles.find((a) => a.id === 'demo-a')!;
const to = corpus.articles.find((a) => a.id === 'demo-b')!;
const written = corpus.stories[0]!.comparison!;
const quoted = (article: Article, span: Span | null) =>
  span && article.text.slice(span.start, span.end);

describe('the differences a teacher reviews on Compare versions', () => {
  it('offers a rewording nobody has written yet as reworded, with both versions’ words, while students still do not see it', () => {
    const { comparison: unwritten } = compareVersions(from, to, [], []);
    const review = differencesToReview(from, to, unwritten);
    const reworded = review.filter((d) => d.kind === 'reworded');
    expect(reworded.map((d) => [quoted(from, d.from), quoted(to, d.to)])).toEqual([
      ['battered', 'clobbered'],
    ]);
    expect(reworded[0]!.explanation).toBe(
      'The Demo Gazette version has “battered” where the Demo Times version has “clobbered”.',
    );
    expect(unwritten.differences.some((d) => d.kind === 'reworded')).toBe(false);
  });

  it('lists a difference already written once, in its reading place, with where the file has it', () => {
    const review = differencesToReview(from, to, written);
    expect(review.filter((d) => quoted(to, d.to) === 'clobbered')).toEqual([
      expect.objectContaining({
        id: 'battered-clobbered',
        location: expect.objectContaining({ line: 6 }),
      }),
    ]);
    // The headline (only in the first version) comes first; the last paragraph pair last.
    expect(quoted(from, review[0]!.from)).toBe('Minister says bridge will reopen');
    expect(review.at(-1)!.id).toBe('battered-clobbered');
  });
});

/** `article` with `words` replaced by `by`, its paragraphs moved to fit (annotations left out). */
function edited(article: Article, words: string, by: string): Article {
  const at = article.text.indexOf(words);
  const move = (n: number) => (n > at ? n + by.length - words.length : n);
  return {
    ...article,
    text: article.text.slice(0, at) + by + article.text.slice(at + words.length),
    blocks: article.blocks.map((b) => ({ ...b, start: move(b.start), end: move(b.end) })),
    annotations: [],
  };
}

describe('a rewording the word diff splits is one difference to review', () => {
  it('offers “will reopen” → “reopens” as one reworded difference, not a change and a removal', () => {
    const reopens = edited(to, 'will reopen', 'reopens');
    const { comparison } = compareVersions(from, reopens, [], []);
    const review = differencesToReview(from, reopens, comparison);
    const paragraph1 = review.filter((d) => d.from && d.from.start < from.text.indexOf('next'));
    expect(
      paragraph1
        .filter((d) => d.kind !== 'removed')
        .map((d) => [d.kind, quoted(from, d.from), quoted(reopens, d.to), d.id]),
    ).toEqual([
      ['punctuation', '—', '--', 'punctuation'],
      ['reworded', 'will reopen', 'reopens', 'will-reopen-reopens'],
    ]);
    expect(
      review.find((d) => d.kind === 'reworded' && quoted(from, d.from) === 'will reopen'),
    ).toMatchObject({
      explanation:
        'The Demo Gazette version has “will reopen” where the Demo Times version has “reopens”.',
    });
    // Students are not told that “reopen” was simply cut.
    expect(comparison.differences.map((d) => quoted(from, d.from))).not.toContain('reopen');
  });

  it('keeps a pure removal a removal: words cut between shared ones stay on their own', () => {
    const { comparison } = compareVersions(from, to, [], []);
    const review = differencesToReview(from, to, comparison);
    expect(
      review.filter((d) => d.kind === 'removed').map((d) => [quoted(from, d.from), d.id]),
    ).toEqual([
      ['Minister says bridge will reopen', 'minister-says-bridge-removed'],
      [', according to the city’s engineers', 'according-to-the-removed'],
      ['It wasn’t possible to independently verify the claims.', 'it-wasnt-possible-removed'],
    ]);
  });
});

describe('the seed story (LA Times and Spectrum) on Compare versions', () => {
  const seed = loadCorpus().corpus;
  const story = seed.stories.find((s) => s.id === 'ap-landmines-2024')!;
  const [latimes, spectrum] = story.articleIds.map((id) => seed.articles.find((a) => a.id === id)!);
  const unwritten = compareVersions(latimes!, spectrum!, [], []).comparison;

  it('finds 44 differences with nothing written (45 before rewordings were kept whole): “, which” → “and which” is one', () => {
    const review = differencesToReview(latimes!, spectrum!, unwritten);
    expect(review).toHaveLength(44);
    expect(
      review
        .filter((d) => d.kind === 'reworded')
        .map((d) => [quoted(latimes!, d.from), quoted(spectrum!, d.to), d.id]),
    ).toEqual([
      ['back', 'backward', 'back-backward'],
      ['battered', 'clobbered', 'battered-clobbered'],
      ['that', 'which', 'that-which'],
      [',', 'and', 'and-reworded'],
    ]);
    expect(
      review.filter((d) => d.kind === 'added').map((d) => quoted(spectrum!, d.to)),
    ).not.toContain('and');
  });

  it('shows every entry of the seed’s differences.yaml as written, and leaves found only the curly apostrophes no entry covers', () => {
    const review = differencesToReview(latimes!, spectrum!, story.comparison!);
    const written = story.comparison!.differences.filter((d) => d.location !== null);
    expect(written).toHaveLength(30);
    expect(review.filter((d) => d.location !== null)).toEqual(expect.arrayContaining(written));
    expect(
      review
        .filter((d) => d.location === null)
        .map((d) => [d.kind, quoted(latimes!, d.from), quoted(spectrum!, d.to)]),
    ).toEqual(Array(8).fill(['punctuation', expect.stringMatching(/^[’“”]$/), expect.any(String)]));
  });

  it('saves every difference it finds, with the id and quotes it suggests, so that the check passes and reads each back on the same words', () => {
    const review = differencesToReview(latimes!, spectrum!, unwritten);
    const dir = mkdtempSync(path.join(tmpdir(), 'sayswho-review-'));
    try {
      cpSync(path.join(__dirname, '..', '..', 'corpus'), dir, { recursive: true });
      let file = 'from: ap-landmines-latimes\nto: ap-landmines-spectrum\ndifferences:\n';
      for (const d of review) {
        const quote = (article: Article, s: Span | null) =>
          s ? selectorForSpan(article.text, article.blocks, s) : undefined;
        const fields = {
          id: d.id,
          kind: d.kind,
          from: quote(latimes!, d.from),
          to: quote(spectrum!, d.to),
          explanation: d.explanation,
        };
        file = putDifference(file, fields, ['kind', 'from', 'to', 'explanation']);
      }
      writeFileSync(path.join(dir, 'ap-landmines-2024', 'differences.yaml'), file);
      const { corpus, diagnostics } = loadCorpus(dir);
      expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
      const saved = corpus.stories[0]!.comparison!.differences;
      expect(saved.map((d) => [d.id, d.kind, d.from, d.to])).toEqual(
        review.map((d) => [d.id, d.kind, d.from, d.to]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

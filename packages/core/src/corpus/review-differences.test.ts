import path from 'node:path';
import { compareVersions } from './compare-versions';
import { loadCorpus } from './load-corpus';
import { differencesToReview } from './review-differences';
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

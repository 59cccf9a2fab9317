/** The real seed story, loaded once for the tests that check the quiz against real annotations. */
// Tests run in Node and check the quiz against the real corpus; the quiz source itself never loads it.
import { loadCorpus } from '../corpus/load-corpus';
import type { Article, StoryComparison } from '../corpus/types';

const { corpus, diagnostics } = loadCorpus();

function article(id: string): Article {
  const found = corpus.articles.find((a) => a.id === id);
  if (!found) throw new Error(`The seed corpus has no article ${id}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return found;
}

export const LATIMES = article('ap-landmines-latimes');
export const SPECTRUM = article('ap-landmines-spectrum');

export const COMPARISON: StoryComparison = (() => {
  const comparison = corpus.stories.find((s) => s.id === 'ap-landmines-2024')?.comparison;
  if (!comparison) throw new Error('The seed story ap-landmines-2024 has no comparison.');
  return comparison;
})();

/** The span of the `occurrence`-th `quote` in an article, for tests that read as words. */
export function quoteIn(a: Article, quote: string, occurrence = 1): { start: number; end: number } {
  let from = -1;
  for (let i = 0; i < occurrence; i += 1) {
    from = a.text.indexOf(quote, from + 1);
    if (from < 0) throw new Error(`${a.id} does not contain “${quote}” (#${occurrence})`);
  }
  return { start: from, end: from + quote.length };
}

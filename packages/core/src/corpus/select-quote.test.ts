import { anchorQuote } from './anchor-quote';
import { deriveBlocks, rangeOfParagraph } from './derive-blocks';
import { selectorForSpan } from './select-quote';

const TEXT = [
  'He said the bridge will reopen',
  'The mayor said the bridge is safe, and he said so twice.',
  'Critics said nothing.',
].join('\n');
const headline = { start: 0, end: TEXT.indexOf('\n') };
const blocks = deriveBlocks(TEXT, { headline: [headline], summary: [], boilerplate: [] });
const spanOf = (words: string, from = 0) => {
  const start = TEXT.indexOf(words, from);
  return { start, end: start + words.length };
};
/** Where the selector leads the loader: the paragraph's range, then the quote in it. */
const found = (selector: ReturnType<typeof selectorForSpan>) =>
  anchorQuote(TEXT, selector, rangeOfParagraph(blocks, selector.paragraph)!);

describe('selectorForSpan: picked words as the selector that finds them again', () => {
  it('writes words that appear once in their paragraph as the quote alone', () => {
    const span = spanOf('The mayor');
    expect(selectorForSpan(TEXT, blocks, span)).toEqual({ quote: 'The mayor', paragraph: 1 });
  });

  it('adds the occurrence when the words appear more than once in the paragraph', () => {
    const second = spanOf('said', spanOf('he said').start);
    const selector = selectorForSpan(TEXT, blocks, second);
    expect(selector).toEqual({ quote: 'said', paragraph: 1, occurrence: 2 });
    expect(found(selector)).toEqual({ ok: true, span: second });
  });

  it('names the headline as its place, and counts only its own words', () => {
    const span = spanOf('said');
    const selector = selectorForSpan(TEXT, blocks, span);
    expect(selector).toEqual({ quote: 'said', paragraph: 'headline' });
    expect(found(selector)).toEqual({ ok: true, span });
  });

  it('refuses words that run into the next paragraph', () => {
    const span = { start: spanOf('twice').start, end: spanOf('Critics').end };
    expect(() => selectorForSpan(TEXT, blocks, span)).toThrow(/past the end of its paragraph/);
  });
});

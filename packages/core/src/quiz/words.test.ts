import { quoteSpans, tokenize } from './words';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  test.each([
    ['drops edge punctuation and quote marks', '“It was,” she said.', ['It', 'was', 'she', 'said']],
    ['keeps hyphens and apostrophes inside a word', 'American-supplied mines slow Russia’s army', ['American-supplied', 'mines', 'slow', 'Russia’s', 'army']],
    ['keeps the full stop of an abbreviation or initial', 'U.S. Defense Secretary Lloyd J. Austin', ['U.S.', 'Defense', 'Secretary', 'Lloyd', 'J.', 'Austin']],
    ['treats dashes between words as spaces', 'KYIV, Ukraine — The war--and more', ['KYIV', 'Ukraine', 'The', 'war--and', 'more']],
    ['ignores bullets and lone marks', '  • The U.S. defense chief says -- ', ['The', 'U.S.', 'defense', 'chief', 'says']],
    ['keeps numbers with their separators', 'more than $2.7 billion, 1,000-day', ['more', 'than', '2.7', 'billion', '1,000-day']],
  ])('%s', (_rule, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('gives offsets into the full text, also inside a range', () => {
    const text = 'one two three';
    const [two] = tokenize(text, { start: 4, end: 13 });
    expect(two).toEqual({ text: 'two', start: 4, end: 7 });
  });
});

describe('quoteSpans', () => {
  test('quotes each span of whole words, in order, for a hand-in', () => {
    const text = 'Russia has already been using land mines in Ukraine.';
    const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
    expect(quoteSpans(text, [at('Russia'), at('land mines')])).toBe('“Russia”, “land mines”');
    expect(quoteSpans(text, [])).toBe('');
  });
});

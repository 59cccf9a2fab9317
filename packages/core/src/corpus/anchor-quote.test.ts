import { anchorQuote, foldForMatching } from './anchor-quote';

const TEXT =
  'Austin said “it’s a need” — and he said it twice.\nKovalenko said the factory was hit.';

test('folding keeps every offset: one character in, one character out', () => {
  expect(foldForMatching(TEXT)).toHaveLength(TEXT.length);
  expect(foldForMatching('“it’s” — – ‐')).toBe('"it\'s" - - -');
});

test('a quote typed with straight quotes and a hyphen anchors on curly quotes and a dash', () => {
  const result = anchorQuote(TEXT, { quote: '"it\'s a need" -' });
  expect(result).toEqual({ ok: true, span: { start: 12, end: 27 } });
  expect(TEXT.slice(12, 27)).toBe('“it’s a need” —');
});

test('a quote found more than once is ambiguous and lists every place', () => {
  const result = anchorQuote(TEXT, { quote: 'said' });
  expect(result).toMatchObject({ ok: false, reason: 'ambiguous' });
  expect(result.ok === false && 'occurrences' in result && result.occurrences.length).toBe(3);
});

test('occurrence, prefix, suffix and a range each pick one match', () => {
  const second = TEXT.indexOf('said', 10);
  expect(anchorQuote(TEXT, { quote: 'said', occurrence: 2 })).toEqual({
    ok: true,
    span: { start: second, end: second + 4 },
  });
  expect(anchorQuote(TEXT, { quote: 'said', prefix: 'he ' })).toEqual({
    ok: true,
    span: { start: second, end: second + 4 },
  });
  expect(anchorQuote(TEXT, { quote: 'said', suffix: ' the factory' })).toMatchObject({ ok: true });
  const line2 = TEXT.indexOf('\n') + 1;
  expect(anchorQuote(TEXT, { quote: 'said' }, { start: line2, end: TEXT.length })).toEqual({
    ok: true,
    span: { start: line2 + 10, end: line2 + 14 },
  });
});

test('a quote that runs past the end of its range is not found there', () => {
  const end = TEXT.indexOf('twice') + 2;
  expect(anchorQuote(TEXT, { quote: 'twice' }, { start: 0, end })).toMatchObject({
    ok: false,
    reason: 'not-found',
  });
});

test('a near miss offers the closest whole words as a did-you-mean', () => {
  const result = anchorQuote(TEXT, { quote: 'Kovalenko sayd the factory' });
  expect(result.ok).toBe(false);
  if (result.ok || result.reason !== 'not-found') throw new Error('expected not-found');
  expect(TEXT.slice(result.nearest!.start, result.nearest!.end)).toBe('Kovalenko said the factory');
});

test('nothing close at all gives no did-you-mean', () => {
  expect(anchorQuote(TEXT, { quote: 'zebra crossing' })).toEqual({
    ok: false,
    reason: 'not-found',
    nearest: null,
  });
});

test('a quote typed with a separate accent mark matches the composed letter in the text', () => {
  expect(anchorQuote('Le café ouvre.', { quote: 'cafe\u0301' })).toEqual({ ok: true, span: { start: 3, end: 7 } });
});

describe('a quote matches whole words only', () => {
  const SENTENCE = 'When the branches fell, he said the rest.';
  const he = SENTENCE.indexOf(' he ') + 1;

  test('“he” does not match inside “the”, “when” or “branches”, so it is found once', () => {
    expect(anchorQuote(SENTENCE, { quote: 'he' })).toEqual({ ok: true, span: { start: he, end: he + 2 } });
  });

  test('“he” is not found inside “the” alone', () => {
    expect(anchorQuote('See the car.', { quote: 'he' })).toMatchObject({ ok: false, reason: 'not-found' });
  });

  test('“he” is not found at the start of “when”’s neighbour “whence” nor at the end of “branches”', () => {
    expect(anchorQuote('whence branches', { quote: 'he' })).toMatchObject({ ok: false, reason: 'not-found' });
  });

  test('a capitalised “He” at the start of a line and before a comma still matches', () => {
    expect(anchorQuote('He left.\nThen he,', { quote: 'He' })).toEqual({ ok: true, span: { start: 0, end: 2 } });
    expect(anchorQuote('He left.\nThen he,', { quote: 'he' })).toEqual({ ok: true, span: { start: 14, end: 16 } });
  });

  test('a quote that starts or ends with punctuation matches beside a word', () => {
    expect(anchorQuote('the “repairs” were', { quote: '"repairs"' })).toEqual({ ok: true, span: { start: 4, end: 13 } });
    expect(anchorQuote('it’s done', { quote: "it's" })).toEqual({ ok: true, span: { start: 0, end: 4 } });
  });

  test('counting occurrences skips the matches inside other words', () => {
    expect(anchorQuote(SENTENCE, { quote: 'he', occurrence: 1 })).toEqual({ ok: true, span: { start: he, end: he + 2 } });
    expect(anchorQuote(SENTENCE, { quote: 'he', occurrence: 2 })).toMatchObject({ ok: false, reason: 'occurrence-out-of-range' });
  });
});

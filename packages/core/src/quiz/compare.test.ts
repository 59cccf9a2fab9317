import { buildCompareKey, scoreCompare, validateCompareKey } from './compare';
import { COMPARISON, LATIMES, SPECTRUM, quoteIn } from './seed.testdata';

const texts = { from: LATIMES.text, to: SPECTRUM.text };
const spot = buildCompareKey(COMPARISON, LATIMES, SPECTRUM, { mode: 'spot', fromParagraphs: [2, 4], toParagraphs: [2, 4] });
if (spot.mode !== 'spot') throw new Error('expected a spot key');
const required = (side: 'from' | 'to') => spot[side].gold.filter((g) => !g.borderline);

describe('Compare by spotting on both versions (LA Times 2–4 and Spectrum 2–4)', () => {
  test('asks for the curated word differences and leaves punctuation borderline', () => {
    expect(required('from').map((g) => g.label)).toEqual(['back', 'battered', 'Lloyd J. Austin III']);
    expect(required('to').map((g) => g.label)).toEqual(['backward', 'clobbered', 'Lloyd Austin']);
    expect(spot.from.gold.filter((g) => g.borderline).length).toBeGreaterThan(0);
    expect(validateCompareKey(spot, texts)).toBeNull();
  });

  test.each<[string, { from: { start: number; end: number }[]; to: { start: number; end: number }[] }, number]>([
    ['both sides exactly score 1', { from: required('from').map((g) => g.span), to: required('to').map((g) => g.span) }, 1],
    ['one side only earns half', { from: required('from').map((g) => g.span), to: [] }, 0.5],
    ['nothing scores 0', { from: [], to: [] }, 0],
  ])('%s', (_rule, answer, expected) => {
    expect(scoreCompare(spot, texts, answer).score).toBeCloseTo(expected, 10);
  });

  test('a wrong pick on either side costs the same and is named', () => {
    const all = { from: required('from').map((g) => g.span), to: required('to').map((g) => g.span) };
    const wrongFrom = scoreCompare(spot, texts, { ...all, from: [...all.from, quoteIn(LATIMES, 'slowly')] });
    const wrongTo = scoreCompare(spot, texts, { ...all, to: [...all.to, quoteIn(SPECTRUM, 'slowly', 2)] });
    expect(wrongFrom.score).toBeLessThan(1);
    expect(wrongFrom.score).toBeCloseTo(wrongTo.score, 2);
    expect(wrongFrom.summary).toBe(`You found 6 of 6 differences across both versions; 1 of your selections is not a difference. Score: ${Math.round(wrongFrom.score * 100)}%.`);
  });
});

describe('Compare by naming the kind of a difference', () => {
  const key = buildCompareKey(COMPARISON, LATIMES, SPECTRUM, { mode: 'kind', differenceId: 'battered-clobbered', kinds: ['reworded', 'meaning-changed', 'name-form'] });

  test('offers the kinds asked for, with the corpus explanation on the right one', () => {
    const result = scoreCompare(key, texts, { kind: ['reworded'] });
    expect(result).toMatchObject({ mode: 'kind', score: 1 });
    if (result.mode === 'kind') expect(result.choice.options[0]?.feedback).toMatch(/^Yes: reworded\. The same fact/);
  });

  test('explains a wrong kind by its definition', () => {
    const result = scoreCompare(key, texts, { kind: ['name-form'] });
    expect(result.score).toBe(0);
    if (result.mode === 'kind') {
      expect(result.choice.options.find((o) => o.id === 'name-form')?.feedback).toBe(
        'Not “Name form”: that means the same person or thing named in a longer or shorter way.',
      );
    }
  });

  test('always offers the right kind, even when the lesson forgot it', () => {
    const forgot = buildCompareKey(COMPARISON, LATIMES, SPECTRUM, { mode: 'kind', differenceId: 'battered-clobbered', kinds: ['added', 'removed'] });
    expect(forgot.mode === 'kind' && forgot.choice.options.map((o) => o.id)).toEqual(['added', 'removed', 'reworded']);
  });

  test('names the curated differences when the id is wrong', () => {
    expect(() => buildCompareKey(COMPARISON, LATIMES, SPECTRUM, { mode: 'kind', differenceId: 'batered' })).toThrow(/Curated differences: .*battered-clobbered/);
  });
});

import { buildSourceClassifyKey, scoreClassify, validateClassify, validateClassifyKey } from './classify';
import { ARTICLE } from './quiz.testdata';
import { LATIMES } from './seed.testdata';

describe('buildSourceClassifyKey', () => {
  test('lists each source of the article with its source type from the corpus', () => {
    const key = buildSourceClassifyKey(ARTICLE, {});
    expect(key.items.map((i) => [i.text, i.category])).toEqual([
      ['Mayor Ivan Petrov', 'named-official'],
      ['the regional governor', 'government-body'],
      ['Analysts', 'anonymous-officials'],
    ]);
    expect(key.categories.map((c) => c.id)).not.toContain('unattributed');
  });

  test('keeps to the paragraphs and source types asked for', () => {
    const key = buildSourceClassifyKey(ARTICLE, { paragraphs: [2, 3], sourceTypes: ['government-body', 'anonymous-officials'] });
    expect(key.items.map((i) => i.text)).toEqual(['the regional governor', 'Analysts']);
    expect(key.categories).toEqual([
      { id: 'government-body', label: 'Government or military body' },
      { id: 'anonymous-officials', label: 'Anonymous officials' },
    ]);
  });

  test('lists a source quoted twice in the same words once (LA Times: “Austin”)', () => {
    const key = buildSourceClassifyKey(LATIMES, {});
    expect(key.items.filter((i) => i.text === 'Austin')).toHaveLength(1);
    expect(validateClassifyKey(key)).toBeNull();
  });

  test('shows who a pronoun source refers to (LA Times: “He (Andrii Kovalenko)”, “It (South Korea)”)', () => {
    const key = buildSourceClassifyKey(LATIMES, { paragraphs: [25, 27] });
    expect(key.items.map((i) => [i.text, i.category])).toEqual([
      ['South Korea', 'government-body'],
      ['It (South Korea)', 'government-body'],
      ['Andrii Kovalenko', 'named-official'],
      ['He (Andrii Kovalenko)', 'named-official'],
    ]);
  });

  test('sorts an unnamed group outside government into its own type (LA Times: “charities and activists”)', () => {
    const key = buildSourceClassifyKey(LATIMES, { paragraphs: [7, 7], sourceTypes: ['organisation', 'unnamed-group'] });
    expect(key.items.map((i) => [i.text, i.category])).toEqual([['charities and activists', 'unnamed-group']]);
  });
});

describe('scoreClassify', () => {
  const key = buildSourceClassifyKey(ARTICLE, {});
  const [mayor, governor, analysts] = key.items.map((i) => i.id);

  test.each<[string, Record<string, string>, number]>([
    ['every item in its category scores 1', { [mayor!]: 'named-official', [governor!]: 'government-body', [analysts!]: 'anonymous-officials' }, 1],
    ['each right item earns its share', { [mayor!]: 'named-official', [governor!]: 'organisation' }, 1 / 3],
    ['nothing placed scores 0', {}, 0],
  ])('%s', (_rule, placed, expected) => {
    expect(scoreClassify(key, placed).score).toBeCloseTo(expected, 10);
  });

  test('explains a right placement with the corpus and a wrong one without giving the answer', () => {
    const result = scoreClassify(key, { [mayor!]: 'named-official', [analysts!]: 'named-person' });
    expect(result.items.map((i) => i.feedback)).toEqual([
      'Right: “Mayor Ivan Petrov” is Named official. The mayor is named, with his job.',
      'You did not place “the regional governor” yet.',
      '“Analysts” is not Named person. Think again about who exactly is speaking.',
    ]);
    expect(result.summary).toBe('1 of 3 placed correctly.');
  });

  test('needs at least one item placed before it counts as an attempt', () => {
    expect(validateClassify(key, {}).ok).toBe(false);
    expect(validateClassify(key, { [mayor!]: 'no-such-category' }).ok).toBe(false);
    expect(validateClassify(key, { [mayor!]: 'organisation' }).ok).toBe(true);
  });
});

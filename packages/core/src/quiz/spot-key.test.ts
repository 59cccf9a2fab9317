import { ARTICLE, TEXT, at } from './quiz.testdata';
import { LATIMES } from './seed.testdata';
import { buildSpotKey, passageSpan, validateSpotKey, type SpotKey } from './spot-key';

const words = (span: { start: number; end: number }) => TEXT.slice(span.start, span.end);

describe('passageSpan', () => {
  test('covers the chosen paragraphs only', () => {
    expect(words(passageSpan(ARTICLE, { paragraphs: [2, 2] }))).toBe(
      'The attack killed three people, according to the regional governor. Rescue crews worked through the night.',
    );
  });

  test('leaves the headline out unless asked for it', () => {
    expect(words(passageSpan(ARTICLE, {}))).toMatch(/^KYIV/);
    expect(words(passageSpan(ARTICLE, { includeHeadline: true }))).toMatch(/^Officials warn/);
  });

  test('names the paragraphs the article has when the range is outside it', () => {
    expect(() => passageSpan(ARTICLE, { paragraphs: [7, 9] })).toThrow('it has paragraphs 1–3');
  });
});

describe('buildSpotKey', () => {
  const gold = (key: SpotKey) => key.gold.map((g) => [g.id, words(g.span), words(g.extent), g.borderline]);

  test('asks for each cue, allowing the source and the words around it', () => {
    expect(gold(buildSpotKey(ARTICLE, { kinds: ['attribution'], role: 'cue' }))).toEqual([
      ['mayor-said', 'said', ', Mayor Ivan Petrov said on Tuesday', false],
      ['governor-according', 'according to', ', according to the regional governor', false],
      ['analysts-say', 'say', 'Analysts say ', false],
    ]);
  });

  test('asks for each whole relation by default', () => {
    const key = buildSpotKey(ARTICLE, { layer: 'attribution', paragraphs: [1, 1] });
    expect(gold(key)).toEqual([
      ['mayor-said', 'Russia battered the city overnight, Mayor Ivan Petrov said', 'Russia battered the city overnight, Mayor Ivan Petrov said on Tuesday', false],
    ]);
    expect(key.noun).toEqual({ one: 'attribution', many: 'attributions' });
  });

  test('turns the relations left out by a source-type filter into distractors that say why', () => {
    const key = buildSpotKey(ARTICLE, { kinds: ['attribution'], role: 'source', sourceTypes: ['anonymous-officials'] });
    expect(key.gold.map((g) => g.id)).toEqual(['analysts-say']);
    const note = key.distractors.find((d) => words(d.span) === 'Mayor Ivan Petrov')?.note;
    expect(note).toContain('Its source type is “Named official”, not “Anonymous officials”.');
  });

  test('adds the content of each relation as a distractor when cues are asked for', () => {
    const key = buildSpotKey(ARTICLE, { kinds: ['attribution'], role: 'cue' });
    expect(key.distractors.find((d) => words(d.span) === 'the strikes could continue')?.note).toBe(
      'That is what is being attributed (the content), not the cue: the cue is the word or words that signal that someone is speaking.',
    );
  });

  test('keeps borderline items and the corpus distractors of the layer', () => {
    const key = buildSpotKey(ARTICLE, { layer: 'loaded-wording', includeHeadline: true });
    expect(gold(key)).toEqual([
      ['warn', 'warn', 'warn', true],
      ['battered', 'battered', 'battered', false],
    ]);
    expect(key.distractors.map((d) => words(d.span))).toEqual(['strikes']);
  });

  test('makes an item only partly inside the passage borderline', () => {
    // Paragraph 2 made to start at “killed”, so the governor's relation begins outside the passage.
    const rebuilt = buildSpotKey(
      { ...ARTICLE, blocks: ARTICLE.blocks.map((b) => (b.paragraph === 2 ? { ...b, start: at('killed').start } : b)) },
      { kinds: ['attribution'], paragraphs: [2, 3] },
    );
    expect(rebuilt.gold.find((g) => g.id === 'governor-according')?.borderline).toBe(true);
  });

  test('gives each item hints from its paragraph to its cue word', () => {
    const key = buildSpotKey(ARTICLE, { kinds: ['attribution'], role: 'source' });
    expect(key.gold[1]!.hints).toEqual([
      'There is a source in paragraph 2.',
      'Look in the sentence that begins “The attack killed three …”.',
      'The cue word is “according to”.',
    ]);
  });

  test('refuses a target with no kinds', () => {
    expect(() => buildSpotKey(ARTICLE, {})).toThrow('needs `kinds` or `layer`');
  });
});

describe('validateSpotKey', () => {
  test.each([
    ['accepts cues spread over the article', { kinds: ['attribution'], role: 'cue' }, null],
    ['rejects a passage with nothing to find', { layer: 'loaded-wording', paragraphs: [2, 2] }, 'nothing to find'],
    ['rejects answers that cover nearly the whole passage', { kinds: ['attribution'], paragraphs: [1, 1] }, 'cover 85% of the passage'],
  ] as const)('%s', (_rule, target, problem) => {
    const result = validateSpotKey(buildSpotKey(ARTICLE, target), TEXT);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });
});

describe('disclaimers and claims with several statuses (LA Times, paragraphs 25–28)', () => {
  const quote = (span: { start: number; end: number }) => LATIMES.text.slice(span.start, span.end);
  const DISCLAIMER = 'It wasn’t possible to independently verify the claims.';

  test('a Spot on the claims layer offers the disclaimer as a wrong answer that says what it is', () => {
    const key = buildSpotKey(LATIMES, { layer: 'claims', paragraphs: [25, 28] });
    expect(key.gold.map((g) => quote(g.span))).not.toContain(DISCLAIMER);
    const note = key.distractors.find((d) => quote(d.span) === DISCLAIMER)?.note;
    expect(note).toMatch(/^This sentence is not a claim: it is the reporters’ warning/);
  });

  test('a Spot for disclaimers asks for the reporters’ own warning', () => {
    const key = buildSpotKey(LATIMES, { kinds: ['disclaimer'], paragraphs: [24, 28] });
    expect(key.gold.map((g) => quote(g.span))).toEqual([DISCLAIMER]);
  });

  test('a claim with several statuses counts for each of them', () => {
    const oneSide = buildSpotKey(LATIMES, { layer: 'claims', statuses: ['one-side'], paragraphs: [26, 27] });
    const notVerified = buildSpotKey(LATIMES, { layer: 'claims', statuses: ['not-verified'], paragraphs: [26, 27] });
    expect(oneSide.gold.map((g) => g.id)).toEqual(notVerified.gold.map((g) => g.id));
    expect(oneSide.gold).toHaveLength(3);
    const speculation = buildSpotKey(LATIMES, { layer: 'claims', statuses: ['speculation'], paragraphs: [26, 27] });
    expect(speculation.distractors.map((d) => d.note)).toContain(
      'It is unverified for another reason (“Not independently verified” and “One side’s word”), not “Speculation”.',
    );
  });
});

import { ARTICLE, TEXT, at } from './quiz.testdata';
import { scoreSpot, validateSpot } from './score-spot';
import { buildSpotKey } from './spot-key';

const cues = buildSpotKey(ARTICLE, { kinds: ['attribution'], role: 'cue' });
const loaded = buildSpotKey(ARTICLE, { layer: 'loaded-wording', includeHeadline: true });
const EXACT_CUES = [at('said'), at('according to'), at('say')];
const score = (selections: { start: number; end: number }[], key = cues) => scoreSpot(TEXT, key, selections);

describe('scoreSpot: the rules of the score', () => {
  test.each([
    ['the exact answer scores 1', EXACT_CUES, 1],
    ['the exact answer in another order scores 1', [at('say'), at('said'), at('according to')], 1],
    ['the source with the cue (“Petrov said”) counts as the cue', [at('Petrov said'), at('according to'), at('say')], 1],
    ['everything the extent allows (“Mayor Ivan Petrov said on Tuesday”) costs nothing', [at('Mayor Ivan Petrov said on Tuesday'), at('according to'), at('say')], 1],
    ['spaces and punctuation around a selection do not matter', [at(', Mayor Ivan Petrov said on Tuesday.'), at(', according to'), at('Analysts say ')], 1],
    ['two of three cues with nothing wrong score two thirds', [at('said'), at('say')], 2 / 3],
    ['half of a two-word cue earns half of that cue', [at('said'), at('according'), at('say')], (1 + 0.5 + 1) / 3],
    ['no selection scores 0', [], 0],
    ['selecting the whole passage scores 0', [cues.passage], 0],
  ])('%s', (_rule, selections, expected) => {
    expect(score(selections).score).toBeCloseTo(expected, 10);
  });

  test('a wrong word costs less than a missed cue, and more wrong words cost more', () => {
    const oneWrong = score([...EXACT_CUES, at('Rescue')]).score;
    const twoWrong = score([...EXACT_CUES, at('Rescue crews')]).score;
    expect(oneWrong).toBeGreaterThan(2 / 3);
    expect(oneWrong).toBeLessThan(1);
    expect(twoWrong).toBeLessThan(oneWrong);
  });

  test('a borderline item is neither required nor penalised', () => {
    expect(score([at('battered')], loaded).score).toBe(1);
    expect(score([at('battered'), at('warn')], loaded).score).toBe(1);
  });

  test('reports the SemEval-style precision, recall and F1 beside the score', () => {
    const result = score([at('said'), at('Rescue')]);
    expect(result.recall).toBeCloseTo(1 / 3);
    expect(result.precision).toBeCloseTo(1 / 2);
    expect(result.f1).toBeCloseTo(0.4);
  });
});

describe('scoreSpot: feedback', () => {
  const item = (selections: { start: number; end: number }[], id: string) =>
    score(selections).items.find((i) => i.goldId === id);

  test('says an item was found, quoting it', () => {
    expect(item([at('Petrov said')], 'mayor-said')).toMatchObject({ status: 'found', message: 'You found “said”.' });
  });

  test('says a boundary is too short, and at which end', () => {
    expect(item([at('according')], 'governor-according')).toMatchObject({
      status: 'boundary',
      boundary: 'too-short',
      side: 'end',
      message: 'Right cue, wrong boundary: your selection leaves out words at its end. Select the whole cue.',
    });
  });

  test('says a boundary is too long, and at which end', () => {
    expect(item([at('say the strikes')], 'analysts-say')).toMatchObject({ status: 'boundary', boundary: 'too-long', side: 'end' });
  });

  test('says when only the words next to an item were selected, without naming the item', () => {
    expect(item([at('Mayor Ivan Petrov')], 'mayor-said')).toMatchObject({
      status: 'boundary',
      message: 'You selected words next to a cue in paragraph 1, but not the cue itself.',
      marks: [at('Mayor Ivan Petrov')],
    });
  });

  test('marks a boundary on the words the student selected, not on the answer', () => {
    expect(item([at('according')], 'governor-according')?.marks).toEqual([at('according')]);
    expect(item([at('Petrov said')], 'mayor-said')?.marks).toEqual([at('said')]);
  });

  test('says an item was missed without giving its words away', () => {
    const missed = item([at('said')], 'analysts-say');
    expect(missed).toMatchObject({ status: 'missed', message: 'You missed a cue in paragraph 3.' });
    expect(missed?.explanation).toBe('We are not told which analysts.');
  });

  test('explains a wrong selection with the distractor note when there is one', () => {
    expect(score([at('the strikes could continue')]).extras).toEqual([
      {
        span: at('the strikes could continue'),
        status: 'not-an-instance',
        note: '“the strikes could continue”: That is what is being attributed (the content), not the cue: the cue is the word or words that signal that someone is speaking.',
        marks: [at('the strikes could continue')],
      },
    ]);
  });

  test('says plainly that a wrong selection with no distractor is not an instance', () => {
    expect(score([at('Rescue crews')]).extras[0]?.note).toBe('“Rescue crews” is not a cue.');
  });

  test('marks a borderline selection as debatable rather than wrong', () => {
    expect(score([at('warn')], loaded).extras).toEqual([
      expect.objectContaining({ status: 'borderline', note: expect.stringContaining('is debatable') }),
    ]);
  });

  test('sums up and points to the paragraph to look at next', () => {
    const result = score([at('said'), at('Rescue')]);
    expect(result.summary).toBe('You found 1 of 3 cues. 1 of your selections is not a cue. Score: 14%.');
    expect(result.nextStep).toBe('Look again in paragraphs 2 and 3: there are 2 cues you have not found yet.');
  });

  test('once everything is found, points to boundaries, then to wrong selections', () => {
    expect(score([at('said'), at('according'), at('say')]).nextStep).toMatch(/^Check where your selection in paragraph 2 starts and ends/);
    expect(score([...EXACT_CUES, at('Rescue')]).nextStep).toBe('Read the note on “Rescue” and think about why it does not count.');
    expect(score(EXACT_CUES).nextStep).toBe('You found every cue with nothing extra. Move on to the next exercise.');
  });

  test('tells a student who selected everything why that scores nothing, in one message', () => {
    const result = score([cues.passage]);
    expect(result.summary).toBe('You found 0 of 3 cues. 1 of your selections takes in too much to count. Score: 0%.');
    expect(result.items.map((i) => [i.status, i.marks])).toEqual(Array(3).fill(['too-much', []]));
    expect(result.extras).toEqual([expect.objectContaining({ status: 'too-much', marks: [] })]);
    expect(result.nextStep).toBe('Select less: mark only the cues, each on its own, not the sentences around them.');
  });
});

describe('validateSpot', () => {
  test.each([
    ['an empty answer is not an attempt', [], false],
    ['a selection of only punctuation is not an attempt', [at('—')], false],
    ['a selection outside the passage is not an attempt', [at('Officials warn')], false],
    ['one word is an attempt', [at('Rescue')], true],
  ])('%s', (_rule, selections, ok) => {
    expect(validateSpot(TEXT, cues, selections).ok).toBe(ok);
  });
});

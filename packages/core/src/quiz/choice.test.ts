import { scoreChoice, validateChoice, validateChoiceKey, type ChoiceKey } from './choice';

const single: ChoiceKey = {
  multiple: false,
  options: [
    { id: 'austin', correct: true, feedback: 'Yes: he is named, with his job.' },
    { id: 'officials', correct: false, feedback: 'They are not named.' },
    { id: 'kremlin', correct: false, feedback: 'The Kremlin speaks as an institution.' },
  ],
};
const multiple: ChoiceKey = {
  multiple: true,
  options: [
    { id: 'a', correct: true, feedback: 'a is right' },
    { id: 'b', correct: true, feedback: 'b is right' },
    { id: 'c', correct: false, feedback: 'c is wrong' },
    { id: 'd', correct: false, feedback: 'd is wrong' },
  ],
};

describe('scoreChoice', () => {
  test.each<[string, ChoiceKey, string[], number]>([
    ['a single right answer scores 1', single, ['austin'], 1],
    ['a single wrong answer scores 0', single, ['officials'], 0],
    ['all the right answers of a multiple choice score 1', multiple, ['b', 'a'], 1],
    ['half the right answers and nothing wrong score one half', multiple, ['a'], 0.5],
    ['every option of a multiple choice scores 0', multiple, ['a', 'b', 'c', 'd'], 0],
    ['one right and one wrong is no better than chance', multiple, ['a', 'c'], 0],
    ['both right and one wrong earns partial credit', multiple, ['a', 'b', 'c'], 1 / 3],
  ])('%s', (_rule, key, chosen, expected) => {
    expect(scoreChoice(key, chosen).score).toBeCloseTo(expected, 10);
  });

  test('gives the feedback of each chosen option and of each right one that was missed', () => {
    const result = scoreChoice(multiple, ['a', 'c']);
    expect(result.options).toEqual([
      { id: 'a', chosen: true, correct: true, feedback: 'a is right' },
      { id: 'b', chosen: false, correct: true, feedback: 'b is right' },
      { id: 'c', chosen: true, correct: false, feedback: 'c is wrong' },
    ]);
    expect(result.summary).toBe('You chose 1 of the 2 correct answers and 1 wrong one. Read the feedback on each.');
  });
});

describe('validateChoice and validateChoiceKey', () => {
  test.each<[string, ChoiceKey, string[], boolean]>([
    ['nothing chosen is not an attempt', single, [], false],
    ['an unknown option is not an attempt', single, ['nobody'], false],
    ['two answers to a single choice are not an attempt', single, ['austin', 'kremlin'], false],
    ['one answer is an attempt', single, ['kremlin'], true],
  ])('%s', (_rule, key, chosen, ok) => {
    expect(validateChoice(key, chosen).ok).toBe(ok);
  });

  test.each<[string, ChoiceKey, string | null]>([
    ['accepts a well-formed key', multiple, null],
    ['rejects a key with no right option', { multiple: false, options: single.options.map((o) => ({ ...o, correct: false })) }, 'No option is marked correct'],
    ['rejects a single choice with two right options', { ...multiple, multiple: false }, '2 options are marked correct'],
    ['rejects a key where every option is right', { multiple: true, options: multiple.options.map((o) => ({ ...o, correct: true })) }, 'Every option is marked correct'],
    ['rejects repeated option ids', { multiple: false, options: [single.options[0]!, single.options[0]!] }, 'Two options have the id “austin”'],
  ])('%s', (_rule, key, problem) => {
    const result = validateChoiceKey(key);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });
});

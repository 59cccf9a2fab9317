import { canAttempt, canShowAnswer, hintSteps, type ExercisePolicy } from './hints';
import { ARTICLE } from './quiz.testdata';
import { buildSpotKey } from './spot-key';

const cues = buildSpotKey(ARTICLE, { kinds: ['attribution'], role: 'cue' });

describe('hintSteps', () => {
  test('starts with where to look, then gives each item’s own hints', () => {
    expect(hintSteps(cues)).toEqual([
      'Look for 3 cues in paragraphs 1, 2 and 3.',
      'Look for the word that signals speech next to “Mayor Ivan Petrov”.',
      'Look in the sentence that begins “The attack killed three …”.',
      'Look for the word that signals speech next to “the regional governor”.',
      'Look in the sentence that begins “Analysts say the strikes …”.',
      'Look for the word that signals speech next to “Analysts”.',
    ]);
  });

  test('after an attempt, hints only about what is still missing', () => {
    expect(hintSteps(cues, ['analysts-say'])).toEqual([
      'Look for a cue in paragraph 3.',
      'Look in the sentence that begins “Analysts say the strikes …”.',
      'Look for the word that signals speech next to “Analysts”.',
    ]);
    expect(hintSteps(cues, [])).toEqual([]);
  });
});

describe('attempts and the answer', () => {
  const policy = (p: Partial<ExercisePolicy>): ExercisePolicy => ({ maxAttempts: null, showAnswerAfterAttempts: 1, hints: true, ...p });

  test.each<[string, Partial<ExercisePolicy>, number, boolean]>([
    ['the answer is never offered before a real attempt', { showAnswerAfterAttempts: 0 }, 0, false],
    ['the answer is offered after the first attempt by default', {}, 1, true],
    ['a teacher can hold the answer back for more attempts', { showAnswerAfterAttempts: 3 }, 2, false],
    ['the answer is offered once the attempts are used up', { maxAttempts: 2, showAnswerAfterAttempts: 5 }, 2, true],
  ])('%s', (_rule, p, attempts, expected) => {
    expect(canShowAnswer(policy(p), attempts)).toBe(expected);
  });

  test.each<[string, Partial<ExercisePolicy>, number, boolean]>([
    ['unlimited attempts never run out', {}, 99, true],
    ['limited attempts run out', { maxAttempts: 2 }, 2, false],
    ['limited attempts allow the last one', { maxAttempts: 2 }, 1, true],
  ])('%s', (_rule, p, attempts, expected) => {
    expect(canAttempt(policy(p), attempts)).toBe(expected);
  });
});

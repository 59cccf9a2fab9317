import { DEFAULT_POLICY, canAttempt, canShowAnswer, passed, type ExercisePolicy } from './policy';

const policy = (p: Partial<ExercisePolicy>): ExercisePolicy => ({ ...DEFAULT_POLICY, ...p });

describe('attempts and the answer', () => {
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

describe('the pass mark', () => {
  test.each<[string, Partial<ExercisePolicy>, number, boolean]>([
    ['80% passes by default', {}, 0.8, true],
    ['79% does not pass by default', {}, 0.79, false],
    ['a teacher can set a lower pass mark', { passMark: 0.6 }, 0.6, true],
    ['a teacher can ask for every answer', { passMark: 1 }, 0.99, false],
  ])('%s', (_rule, p, score, expected) => {
    expect(passed(policy(p), score)).toBe(expected);
  });
});

import { canAttempt, canShowAnswer, type ExercisePolicy } from './policy';

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

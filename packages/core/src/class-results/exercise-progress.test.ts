import type { StoredAnswer } from '../quiz/progress';
import {
  activeTimeMs,
  exerciseProgress,
  IDLE_GAP_MS,
  type RecordedEvent,
} from './exercise-progress';

const at = new Date('2025-03-10T09:00:00Z');
const choose = (id: string): StoredAnswer => ({ type: 'choice', chosen: [id] });
const answer = (a: StoredAnswer): RecordedEvent => ({
  kind: 'answer',
  at,
  answer: a,
  attempt: null,
});
const check = (a: StoredAnswer, score: number | null, counted = true): RecordedEvent => ({
  kind: 'check',
  at,
  answer: a,
  attempt: counted ? { score } : null,
});
const hint: RecordedEvent = { kind: 'hint', at, answer: null, attempt: null };
const shown: RecordedEvent = { kind: 'show-answer', at, answer: null, attempt: null };

describe('exerciseProgress', () => {
  test('an exercise with no events is not started', () => {
    expect(exerciseProgress([])).toEqual({
      status: 'not-started',
      attempts: 0,
      hints: 0,
      bestScore: null,
      answerShown: false,
      lastAnswer: null,
    });
  });

  test('answers and hints without a Check that counted are work in progress', () => {
    const progress = exerciseProgress([answer(choose('a')), hint, check(choose('a'), null, false)]);
    expect(progress).toMatchObject({ status: 'working', attempts: 0, hints: 1, bestScore: null });
  });

  test('a checked exercise keeps the best score, not the last, and the latest answer', () => {
    const progress = exerciseProgress([
      check(choose('a'), 0.5),
      check(choose('b'), 1),
      check(choose('c'), 0),
      answer(choose('d')),
    ]);
    expect(progress).toMatchObject({
      status: 'checked',
      attempts: 3,
      bestScore: 1,
      lastAnswer: choose('d'),
    });
  });

  test('a rewrite is checked with no score', () => {
    const rewrite: StoredAnswer = { type: 'rewrite', text: 'Plain.' };
    expect(exerciseProgress([check(rewrite, null)])).toMatchObject({
      status: 'checked',
      attempts: 1,
      bestScore: null,
    });
  });

  test('a shown answer says so whatever came before', () => {
    expect(exerciseProgress([check(choose('a'), 0.5), shown])).toMatchObject({
      status: 'answer-shown',
      answerShown: true,
      bestScore: 0.5,
    });
  });
});

describe('activeTimeMs', () => {
  const minutes = (...m: number[]) => m.map((n) => new Date(at.getTime() + n * 60_000));

  test('adds up the gaps between events, in time order', () => {
    expect(activeTimeMs(minutes(3, 0, 1))).toBe(3 * 60_000);
  });

  test('leaves out a pause over five minutes, and keeps one of exactly five', () => {
    expect(activeTimeMs(minutes(0, 5, 20, 21))).toBe(5 * 60_000 + 60_000);
    expect(IDLE_GAP_MS).toBe(5 * 60_000);
  });

  test('is zero for one event or none', () => {
    expect(activeTimeMs(minutes(4))).toBe(0);
    expect(activeTimeMs([])).toBe(0);
  });
});

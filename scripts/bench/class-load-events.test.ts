import type { ClassLesson } from '@sayswho/classroom';
import { lessonEvents, seededRandom } from './class-load-events';

const passage = { span: { start: 100, end: 900 } };
const policy = (hints: boolean) => ({
  maxAttempts: null,
  showAnswerAfterAttempts: 1,
  hints,
  passMark: 0.8,
});

/** A lesson with a Spot that offers hints and a Choice that does not. */
const lesson = {
  slug: 'who-says-so',
  fingerprint: 'f1',
  exercises: [
    { public: { type: 'spot', id: 'find-cues', policy: policy(true), passage } },
    {
      public: {
        type: 'choice',
        id: 'pick-one',
        policy: policy(false),
        options: [{ id: 'a' }, { id: 'b' }],
      },
    },
  ],
} as unknown as ClassLesson;

describe('a simulated student’s lesson of events', () => {
  const events = lessonEvents(lesson, 300, seededRandom(1));

  test('mostly answers, with Checks and a few hints, like a student working through a lesson', () => {
    const share = (kind: string) => events.filter((e) => e.kind === kind).length / events.length;
    expect(share('answer')).toBeGreaterThan(0.5);
    expect(share('check')).toBeGreaterThan(0.2);
    expect(share('hint')).toBeGreaterThan(0);
    expect(share('hint')).toBeLessThan(0.15);
  });

  test('hints only where the lesson offers them; answers and Checks always carry an answer', () => {
    expect(events.filter((e) => e.kind === 'hint').map((e) => e.exerciseId)).not.toContain(
      'pick-one',
    );
    for (const event of events.filter((e) => e.kind !== 'hint')) expect(event.answer).toBeDefined();
  });

  test('Spot selections lie inside the passage, and choices are the exercise’s own options', () => {
    for (const { answer } of events) {
      if (answer?.type === 'spot')
        for (const span of answer.spans) {
          expect(span.start).toBeGreaterThanOrEqual(passage.span.start);
          expect(span.end).toBeLessThanOrEqual(passage.span.end);
          expect(span.end).toBeGreaterThan(span.start);
        }
      if (answer?.type === 'choice')
        expect(['a', 'b']).toEqual(expect.arrayContaining([...answer.chosen]));
    }
  });

  test('every event has an id of its own, made on the device, and names the lesson version', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events[0]!.lesson).toEqual({ slug: 'who-says-so', fingerprint: 'f1' });
  });
});

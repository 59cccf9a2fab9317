import type { ExercisePolicy } from '@sayswho/core/quiz';
import type { ExerciseSpec } from '@sayswho/lessons';
import type { ClassLesson } from '../classroom';
import { eventsOfClass } from '../db/queries/events';
import type { Database } from '../db/open-database';
import { LESSON_CHANGED, NO_ATTEMPTS_LEFT } from '../events/judge-check';
import {
  aClass,
  aStudent,
  aTeacher,
  anEvent,
  batch,
  exerciseOf,
  value,
  type JoinedStudent,
} from '../testing/fixtures';
import { kitLessons, testClassroom, type TestClassroom } from '../testing/test-classroom';
import { useTestDatabase } from '../testing/use-test-database';
import { lockExercise, unlockExercise } from './locks';
import { recordEvents } from './sync';
import type { Teacher } from '../access';
import type { ClassView } from './teacher-classes';

let database: Database;
let classroom: TestClassroom;
let teacher: Teacher;
let klass: ClassView;
let sam: JoinedStudent;

const lesson = (): ClassLesson => kitLessons().find((l) => l.slug === 'who-says-so')!;
const spot = () => exerciseOf(lesson(), 'spot');
const choice = () => lesson().exercises.find((e) => e.id === 'according-to-south-korea')!;
function goldSpans() {
  const key = spot().key;
  if (key.type !== 'spot') throw new Error('expected a Spot key');
  return key.key.gold.filter((g) => !g.borderline).map((g) => g.span);
}

useTestDatabase((opened) => (database = opened));
beforeEach(async () => {
  classroom = testClassroom(database);
  teacher = await aTeacher(classroom);
  klass = await aClass(classroom, teacher);
  sam = await aStudent(classroom, klass, 'Sam');
});

const send = async (...events: unknown[]) =>
  value(await recordEvents(classroom, sam.student, batch(...events))).results;

describe('recording', () => {
  test('answers, checks, hints and "show answer" are recorded once each, with the server’s score', async () => {
    const events = [
      anEvent(lesson(), spot(), 'answer', { type: 'spot', spans: goldSpans() }),
      anEvent(lesson(), spot(), 'check', { type: 'spot', spans: goldSpans() }),
      anEvent(lesson(), spot(), 'hint'),
      anEvent(lesson(), spot(), 'show-answer', undefined, { imported: true }),
    ];
    const results = await send(...events);
    expect(results.map((r) => [r.id, r.status])).toEqual(events.map((e) => [e.id, 'recorded']));
    expect(results[1]).toMatchObject({
      late: false,
      judgement: { ok: true, type: 'spot', score: 1 },
    });
    const stored = await eventsOfClass(database.db, klass.id);
    expect(stored.map((e) => [e.kind, e.score, e.imported, e.lessonFingerprint])).toEqual([
      ['answer', null, false, lesson().fingerprint],
      ['check', 1, false, lesson().fingerprint],
      ['hint', null, false, lesson().fingerprint],
      ['show-answer', null, true, lesson().fingerprint],
    ]);
    expect(stored[1]!.deviceAt).toEqual(new Date(events[1]!.at));
  });

  test('a retry is recorded once and answered "duplicate", with the judgement of the first time', async () => {
    const check = anEvent(lesson(), spot(), 'check', { type: 'spot', spans: goldSpans() });
    const first = await send(check);
    const again = await send(check, check);
    expect(again).toEqual([
      { ...first[0], status: 'duplicate' },
      { ...first[0], status: 'duplicate' },
    ]);
    expect(await eventsOfClass(database.db, klass.id)).toHaveLength(1);
  });

  test('a device’s score is never taken: the server scores the answer it receives', async () => {
    const wrong = anEvent(lesson(), choice(), 'check', { type: 'choice', chosen: ['option-1'] });
    const [result] = await send({ ...wrong, score: 1 });
    // An event with fields the format does not have is refused whole, not half-read.
    expect(result).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/score/) });
    const [scored] = await send(wrong);
    expect(scored).toMatchObject({ status: 'recorded', judgement: { ok: true, score: 0 } });
  });

  test('the judgement sent back does not give away the answers the student has not found', async () => {
    const [found, ...missed] = goldSpans();
    const [result] = await send(
      anEvent(lesson(), spot(), 'check', { type: 'spot', spans: [found!] }),
    );
    const judgement = result!.judgement as unknown as {
      ok: true;
      result: { items: Record<string, unknown>[] };
    };
    const missedItems = judgement.result.items.filter((i) => i.status === 'missed');
    expect(missedItems).toHaveLength(missed.length);
    for (const item of missedItems)
      expect(item).toEqual({
        status: 'missed',
        message: expect.any(String),
        paragraph: expect.any(Number),
        marks: [],
      });
    // Below the pass mark, no explanation: the corpus's may quote the answers still missed.
    expect(judgement.result.items.filter((i) => 'explanation' in i)).toEqual([]);
    const [chosen] = await send(
      anEvent(lesson(), choice(), 'check', { type: 'choice', chosen: ['option-1'] }),
    );
    expect(
      (
        chosen!.judgement as unknown as { result: { options: { id: string }[] } }
      ).result.options.map((o) => o.id),
    ).toEqual(['option-1']);
    // The teacher's copy keeps the whole judgement.
    const stored = (await eventsOfClass(database.db, klass.id)).find(
      (e) => e.exerciseId === choice().id,
    )!;
    expect(
      (stored.judgement as unknown as { result: { options: unknown[] } }).result.options.length,
    ).toBeGreaterThan(1);
  });

  test('a check that reaches the pass mark gets the explanations, as on the student’s own device', async () => {
    const [result] = await send(
      anEvent(lesson(), spot(), 'check', { type: 'spot', spans: goldSpans() }),
    );
    const items = (result!.judgement as unknown as { result: { items: Record<string, unknown>[] } })
      .result.items;
    expect(items).toHaveLength(goldSpans().length);
    for (const item of items)
      expect(item).toMatchObject({ status: 'found', explanation: expect.any(String) });
  });

  test('a selection that takes in too much says so, and gives away none of the answers inside it', async () => {
    const exercise = spot().public;
    if (exercise.type !== 'spot') throw new Error('expected a Spot exercise');
    const whole = exercise.passage.span;
    const [result] = await send(
      anEvent(lesson(), spot(), 'check', { type: 'spot', spans: [whole] }),
    );
    const spotResult = (
      result!.judgement as unknown as {
        result: { items: Record<string, unknown>[]; extras: Record<string, unknown>[] };
      }
    ).result;
    expect(spotResult.extras).toContainEqual(
      expect.objectContaining({ status: 'too-much', marks: [] }),
    );
    for (const item of spotResult.items.filter((i) => i.status === 'too-much'))
      expect(item).toEqual({
        status: 'too-much',
        message: expect.any(String),
        paragraph: expect.anything(),
        marks: [],
      });
    expect(spotResult.items.some((i) => i.status === 'too-much')).toBe(true);
  });

  test('a Check made against an earlier version of the lesson is kept, unscored, and says why', async () => {
    const old = anEvent(
      lesson(),
      spot(),
      'check',
      { type: 'spot', spans: goldSpans() },
      {
        lesson: { slug: 'who-says-so', fingerprint: '0123456789abcdef' },
      },
    );
    const [result] = await send(old);
    expect(result).toMatchObject({
      status: 'recorded',
      judgement: { ok: false, reason: LESSON_CHANGED },
    });
    const [stored] = await eventsOfClass(database.db, klass.id);
    expect([stored!.lessonFingerprint, stored!.score]).toEqual(['0123456789abcdef', null]);
  });

  test('Checks past the lesson’s attempt limit are kept but not scored', async () => {
    const check = withAttemptLimit(1);
    const results = await send(check(), check());
    expect(results.map((r) => r.judgement)).toMatchObject([
      { ok: true },
      { ok: false, reason: NO_ATTEMPTS_LEFT },
    ]);
  });

  test('a Check sent again with a new one counts once against the attempt limit', async () => {
    const check = withAttemptLimit(2);
    const first = check();
    await send(first);
    // The device did not hear the first answer, so it sends the Check again with the next one.
    const [again, second, third] = await send(first, check(), check());
    expect([again!.status, second!.status, third!.status]).toEqual([
      'duplicate',
      'recorded',
      'recorded',
    ]);
    expect([second!.judgement, third!.judgement]).toMatchObject([
      { ok: true },
      { ok: false, reason: NO_ATTEMPTS_LEFT },
    ]);
  });
});

describe('locks', () => {
  test('a Check received while its exercise is locked is recorded and flagged late, not dropped', async () => {
    const ref = { lessonSlug: 'who-says-so', exerciseId: spot().id };
    value(await lockExercise(classroom, teacher, klass.id, ref));
    // Made offline before the lock (device time), received after it.
    const offline = anEvent(
      lesson(),
      spot(),
      'check',
      { type: 'spot', spans: goldSpans() },
      { at: '2025-03-10T08:00:00Z' },
    );
    const [late] = await send(
      offline,
      anEvent(lesson(), spot(), 'answer', { type: 'spot', spans: [] }),
    );
    expect(late).toMatchObject({
      status: 'recorded',
      late: true,
      judgement: { ok: true, score: 1 },
    });
    value(await unlockExercise(classroom, teacher, klass.id, ref));
    const [onTime] = await send(
      anEvent(lesson(), spot(), 'check', { type: 'spot', spans: goldSpans() }),
    );
    expect(onTime).toMatchObject({ late: false });
    const stored = await eventsOfClass(database.db, klass.id);
    expect(stored.map((e) => [e.kind, e.late])).toEqual([
      ['check', true],
      ['answer', false],
      ['check', false],
    ]);
  });
});

describe('rejected events stay on the device, each with its reason', () => {
  const otherLesson = () => kitLessons().find((l) => l.slug === 'battered-or-clobbered')!;

  test.each<[string, () => unknown, string | RegExp]>([
    [
      'a newer format',
      () => ({ ...anEvent(lesson(), spot(), 'hint'), v: 2 }),
      'it is in format 2, and this class server reads format 1: the server needs an update',
    ],
    [
      'an id that is not a UUID',
      () => ({ ...anEvent(lesson(), spot(), 'hint'), id: '42' }),
      'id: the event id is not a UUID',
    ],
    [
      'a lesson not in the class',
      () => anEvent(otherLesson(), exerciseOf(otherLesson(), 'spot'), 'hint'),
      'the lesson “battered-or-clobbered” is not one of this class’s lessons',
    ],
    [
      'an unknown exercise',
      () => ({ ...anEvent(lesson(), spot(), 'hint'), exerciseId: 'find-kues' }),
      'the lesson “who-says-so” has no exercise “find-kues”',
    ],
    [
      'an answer of another type',
      () => anEvent(lesson(), spot(), 'check', { type: 'rewrite', text: 'x' }),
      'the answer is a rewrite answer, but “find-cues” is a spot exercise',
    ],
    [
      'a selection past the article',
      () =>
        anEvent(lesson(), spot(), 'answer', { type: 'spot', spans: [{ start: 10, end: 999_999 }] }),
      /^a selection \(10–999999\) runs past the end of the article \(\d+ characters\)$/,
    ],
    [
      'a selection that ends before it starts',
      () => anEvent(lesson(), spot(), 'answer', { type: 'spot', spans: [{ start: 10, end: 5 }] }),
      'answer.spans.0: a selection ends before it starts',
    ],
    [
      'too many selections',
      () =>
        anEvent(lesson(), spot(), 'answer', {
          type: 'spot',
          spans: Array.from({ length: 201 }, (_, i) => ({ start: i, end: i + 1 })),
        }),
      'answer.spans: too many selections (at most 200)',
    ],
    [
      'a rewrite that is too long',
      () =>
        anEvent(otherLesson(), exerciseOf(otherLesson(), 'rewrite'), 'answer', {
          type: 'rewrite',
          text: 'x'.repeat(2001),
        }),
      'answer.text: the rewrite is longer than 2000 characters',
    ],
    [
      'an option the exercise does not have',
      () => anEvent(lesson(), choice(), 'check', { type: 'choice', chosen: ['option-9'] }),
      'the exercise has no option “option-9”',
    ],
    [
      'a Check without an answer',
      () => anEvent(lesson(), spot(), 'check'),
      'answer: an answer or a check carries an answer, a hint or "show answer" none',
    ],
    [
      'a time that is not one',
      () => ({ ...anEvent(lesson(), spot(), 'hint'), at: 'yesterday' }),
      'at: the time is not an ISO date and time',
    ],
  ])('%s', async (_, make, reason) => {
    const good = anEvent(lesson(), spot(), 'hint');
    const [rejected, recorded] = await send(make(), good);
    expect(rejected).toMatchObject({
      status: 'rejected',
      reason: typeof reason === 'string' ? reason : expect.stringMatching(reason),
    });
    expect(recorded).toMatchObject({ id: good.id, status: 'recorded' });
    expect(await eventsOfClass(database.db, klass.id)).toHaveLength(1);
  });

  test('an event id another student used is not theirs to retry', async () => {
    const ana = await aStudent(classroom, klass, 'Ana');
    const event = anEvent(lesson(), spot(), 'hint');
    await send(event);
    const results = value(await recordEvents(classroom, ana.student, batch(event))).results;
    expect(results).toEqual([
      { id: event.id, status: 'rejected', reason: 'another event already has this id' },
    ]);
  });
});

describe('a whole request is refused, and nothing recorded, when', () => {
  test.each<[string, () => string, number, string]>([
    [
      'it is not JSON',
      () => '{"events": [',
      400,
      'The request is not JSON: send { "events": [ … ] }.',
    ],
    [
      'it has no list of events',
      () => '{"event": {}}',
      400,
      'The request has no list of events: send { "events": [ … ] }.',
    ],
    [
      'it has more than 100 events',
      () => batch(...Array.from({ length: 101 }, () => anEvent(lesson(), spot(), 'hint'))),
      400,
      'The request has 101 events; send at most 100 at a time.',
    ],
    [
      'it is larger than 256 kB',
      () =>
        batch(anEvent(lesson(), spot(), 'answer', { type: 'rewrite', text: 'x'.repeat(300_000) })),
      413,
      'The request is larger than 256 kB: send fewer events at a time.',
    ],
  ])('%s', async (_, body, status, reason) => {
    expect(await recordEvents(classroom, sam.student, body())).toMatchObject({
      ok: false,
      status,
      reason,
    });
    expect(await eventsOfClass(database.db, klass.id)).toEqual([]);
  });
});

/** Serves "who-says-so" with `maxAttempts` Checks an exercise; returns a maker of right Checks. */
function withAttemptLimit(maxAttempts: number) {
  const limited = limitedLesson({ maxAttempts });
  classroom = testClassroom(database, {
    lessons: [limited, ...kitLessons().filter((l) => l.slug !== limited.slug)],
  });
  const exercise = exerciseOf(limited, 'spot');
  return () => anEvent(limited, exercise, 'check', { type: 'spot', spans: goldSpans() });
}

/** "who-says-so" with its exercises' policy changed as given. */
function limitedLesson(change: Partial<ExercisePolicy>): ClassLesson {
  const base = lesson();
  return {
    ...base,
    exercises: base.exercises.map(
      (e) =>
        ({
          ...e,
          public: { ...e.public, policy: { ...e.public.policy, ...change } },
        }) as ExerciseSpec,
    ),
  };
}

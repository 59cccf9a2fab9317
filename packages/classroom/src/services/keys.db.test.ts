import type { ExercisePolicy } from '@sayswho/core/quiz';
import type { ExerciseSpec } from '@sayswho/lessons';
import type { ClassLesson } from '../classroom';
import type { Database } from '../db/open-database';
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
import {
  emptyTables,
  kitLessons,
  openTestDatabase,
  testClassroom,
  type TestClassroom,
} from '../testing/test-classroom';
import { automaticHintsForStudent, exerciseKeyForStudent } from './keys';
import { recordEvents } from './sync';

let database: Database;
let classroom: TestClassroom;
let sam: JoinedStudent;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** The class uses a copy of "who-says-so" whose exercises' policy is changed as given. */
async function inClass(change?: Partial<ExercisePolicy>) {
  await emptyTables(database);
  const base = kitLessons().find((l) => l.slug === 'who-says-so')!;
  const lesson: ClassLesson = change
    ? {
        ...base,
        exercises: base.exercises.map(
          (e) =>
            ({
              ...e,
              public: { ...e.public, policy: { ...e.public.policy, ...change } },
            }) as ExerciseSpec,
        ),
      }
    : base;
  classroom = testClassroom(database, {
    lessons: [lesson, ...kitLessons().filter((l) => l !== base)],
  });
  const klass = await aClass(classroom, await aTeacher(classroom));
  sam = await aStudent(classroom, klass, 'Sam');
  const spot = exerciseOf(lesson, 'spot');
  return { lesson, spot, ref: { lessonSlug: lesson.slug, exerciseId: spot.id } };
}

function anyAnswer(spot: ExerciseSpec) {
  if (spot.key.type !== 'spot') throw new Error('expected a Spot key');
  return { type: 'spot' as const, spans: [spot.key.key.gold[0]!.span] };
}

describe('the answer key in a class', () => {
  test('is withheld until the student has checked an answer, then served', async () => {
    const { lesson, spot, ref } = await inClass();
    expect(await exerciseKeyForStudent(classroom, sam.student, ref)).toMatchObject({
      ok: false,
      status: 403,
      reason: 'Check your answer first: the answer is shown after a check.',
    });
    // A Check with nothing selected is not a real attempt.
    value(
      await recordEvents(
        classroom,
        sam.student,
        batch(anEvent(lesson, spot, 'check', { type: 'spot', spans: [] })),
      ),
    );
    expect(await exerciseKeyForStudent(classroom, sam.student, ref)).toMatchObject({
      ok: false,
      status: 403,
    });
    value(
      await recordEvents(
        classroom,
        sam.student,
        batch(anEvent(lesson, spot, 'check', anyAnswer(spot))),
      ),
    );
    expect(value(await exerciseKeyForStudent(classroom, sam.student, ref))).toEqual(spot.key);
  });

  const afterTwoChecks = { maxAttempts: null, showAnswerAfterAttempts: 2 };

  test('follows a stricter policy: shown after two checks', async () => {
    const { lesson, spot, ref } = await inClass(afterTwoChecks);
    value(
      await recordEvents(
        classroom,
        sam.student,
        batch(anEvent(lesson, spot, 'check', anyAnswer(spot))),
      ),
    );
    expect(await exerciseKeyForStudent(classroom, sam.student, ref)).toMatchObject({
      status: 403,
      reason: 'The answer is shown after 2 checks; you have made 1.',
    });
    value(
      await recordEvents(
        classroom,
        sam.student,
        batch(anEvent(lesson, spot, 'check', anyAnswer(spot))),
      ),
    );
    expect(await exerciseKeyForStudent(classroom, sam.student, ref)).toMatchObject({ ok: true });
  });

  test('a check that reaches the pass mark opens it at once: its explanation is the student’s now', async () => {
    const { lesson, spot, ref } = await inClass(afterTwoChecks);
    if (spot.key.type !== 'spot') throw new Error('expected a Spot key');
    const all = spot.key.key.gold.filter((g) => !g.borderline).map((g) => g.span);
    value(
      await recordEvents(
        classroom,
        sam.student,
        batch(anEvent(lesson, spot, 'check', { type: 'spot', spans: all })),
      ),
    );
    expect(value(await exerciseKeyForStudent(classroom, sam.student, ref))).toEqual(spot.key);
  });

  test('another student’s checks do not open it', async () => {
    const { lesson, spot, ref } = await inClass();
    const klass = await aClass(classroom, await aTeacher(classroom, 'Mr Okafor'));
    const other = await aStudent(classroom, klass, 'Lee');
    value(
      await recordEvents(
        classroom,
        other.student,
        batch(anEvent(lesson, spot, 'check', anyAnswer(spot))),
      ),
    );
    expect(await exerciseKeyForStudent(classroom, sam.student, ref)).toMatchObject({ status: 403 });
  });

  test('an exercise of a lesson the class does not have is not found', async () => {
    await inClass();
    expect(
      await exerciseKeyForStudent(classroom, sam.student, {
        lessonSlug: 'battered-or-clobbered',
        exerciseId: 'find-loaded',
      }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(
      await exerciseKeyForStudent(classroom, sam.student, {
        lessonSlug: 'who-says-so',
        exerciseId: 'nope',
      }),
    ).toMatchObject({ ok: false, status: 404 });
  });
});

describe('automatic hints in a class', () => {
  test('come one at a time, as the student asks (after the lesson’s own hints)', async () => {
    const { lesson, spot, ref } = await inClass();
    const authored = spot.public.hintsHtml.length;
    const hints = async () => value(await automaticHintsForStudent(classroom, sam.student, ref));
    const before = await hints();
    expect(before.hints).toEqual([]);
    expect(before.total).toBeGreaterThanOrEqual(2);
    const asked = Array.from({ length: authored + 2 }, () => anEvent(lesson, spot, 'hint'));
    value(await recordEvents(classroom, sam.student, batch(...asked)));
    const given = await hints();
    expect(given.hints).toHaveLength(2);
    expect(given.hints[0]).toMatch(/^Look for /);
    expect(given.total).toBe(before.total);
  });

  test('are none when the lesson turns them off', async () => {
    const { lesson, spot, ref } = await inClass({ hints: false });
    value(
      await recordEvents(
        classroom,
        sam.student,
        batch(...Array.from({ length: 5 }, () => anEvent(lesson, spot, 'hint'))),
      ),
    );
    expect(value(await automaticHintsForStudent(classroom, sam.student, ref))).toEqual({
      hints: [],
      total: 0,
    });
  });
});

import type { Teacher } from '../access';
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
import { kitLessons, testClassroom, type TestClassroom } from '../testing/test-classroom';
import { useTestDatabase } from '../testing/use-test-database';
import { lockExercise, unlockExercise } from './locks';
import { reviewRewrite } from './reviews';
import { studentState } from './student-state';
import { recordEvents } from './sync';
import type { ClassView } from './teacher-classes';

let database: Database;
let classroom: TestClassroom;
let teacher: Teacher;
let klass: ClassView;
let sam: JoinedStudent;
let ana: JoinedStudent;

const lesson = () => kitLessons().find((l) => l.slug === 'battered-or-clobbered')!;
const rewrite = () => exerciseOf(lesson(), 'rewrite');
const ref = () => ({ lessonSlug: lesson().slug, exerciseId: rewrite().id });

useTestDatabase((opened) => (database = opened));
beforeEach(async () => {
  classroom = testClassroom(database);
  teacher = await aTeacher(classroom);
  klass = await aClass(classroom, teacher, ['battered-or-clobbered']);
  sam = await aStudent(classroom, klass, 'Sam');
  ana = await aStudent(classroom, klass, 'Ana');
});

async function aRewrite(student: JoinedStudent, text: string): Promise<string> {
  const event = anEvent(lesson(), rewrite(), 'check', { type: 'rewrite', text });
  value(await recordEvents(classroom, student.student, batch(event)));
  return event.id;
}

test('a student’s state has their name, the class’s lessons and locks, and reviews of their own rewrites only', async () => {
  value(await lockExercise(classroom, teacher, klass.id, ref()));
  const mine = await aRewrite(sam, 'The Ukrainians were hit hard.');
  const hers = await aRewrite(ana, 'Something else.');
  value(
    await reviewRewrite(classroom, teacher, {
      classId: klass.id,
      eventId: mine,
      verdict: 'try-again',
      comment: 'Closer: what does “hit hard” mean?',
    }),
  );
  value(
    await reviewRewrite(classroom, teacher, {
      classId: klass.id,
      eventId: hers,
      verdict: 'fair',
      comment: 'Private to Ana.',
    }),
  );
  const state = value(await studentState(classroom, sam.student));
  expect(state.student).toEqual({ id: sam.student.id, name: 'Sam' });
  expect(state.class).toMatchObject({
    id: klass.id,
    lessons: [{ slug: 'battered-or-clobbered' }],
    endsOn: '2025-06-30',
  });
  expect(state.locks.map((l) => [l.lessonSlug, l.exerciseId])).toEqual([
    [lesson().slug, rewrite().id],
  ]);
  expect(state.reviews).toMatchObject([
    { eventId: mine, verdict: 'try-again', comment: 'Closer: what does “hit hard” mean?' },
  ]);
  expect(JSON.stringify(state)).not.toContain('Ana');
});

test('a second review of one rewrite replaces the first; unlocking removes the lock', async () => {
  const mine = await aRewrite(sam, 'Plain.');
  value(
    await reviewRewrite(classroom, teacher, {
      classId: klass.id,
      eventId: mine,
      verdict: 'try-again',
      comment: 'a',
    }),
  );
  value(
    await reviewRewrite(classroom, teacher, {
      classId: klass.id,
      eventId: mine,
      verdict: 'fair',
      comment: ' b ',
    }),
  );
  value(await lockExercise(classroom, teacher, klass.id, ref()));
  value(await unlockExercise(classroom, teacher, klass.id, ref()));
  const state = value(await studentState(classroom, sam.student));
  expect(state.reviews.map((r) => [r.verdict, r.comment])).toEqual([['fair', 'b']]);
  expect(state.locks).toEqual([]);
});

describe('refusals', () => {
  test('a teacher of another class can neither lock its exercises nor review its rewrites', async () => {
    const okafor = await aTeacher(classroom, 'Mr Okafor');
    const mine = await aRewrite(sam, 'Plain.');
    expect(await lockExercise(classroom, okafor, klass.id, ref())).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(
      await reviewRewrite(classroom, okafor, {
        classId: klass.id,
        eventId: mine,
        verdict: 'fair',
        comment: '',
      }),
    ).toMatchObject({ ok: false, status: 404 });
  });

  test('a review must be of a rewrite of this class, with a known verdict and a comment of reasonable length', async () => {
    const mine = await aRewrite(sam, 'Plain.');
    const otherClass = await aClass(classroom, teacher, ['battered-or-clobbered']);
    const lee = await aStudent(classroom, otherClass, 'Lee');
    const leesRewrite = await aRewrite(lee, 'Elsewhere.');
    const hint = anEvent(lesson(), rewrite(), 'hint');
    value(await recordEvents(classroom, sam.student, batch(hint)));
    const review = (change: object) =>
      reviewRewrite(classroom, teacher, {
        classId: klass.id,
        eventId: mine,
        verdict: 'fair',
        comment: '',
        ...change,
      });
    expect(await review({ eventId: leesRewrite })).toMatchObject({
      status: 404,
      reason: 'There is no such rewrite in this class.',
    });
    expect(await review({ eventId: hint.id })).toMatchObject({ status: 404 });
    expect(await review({ verdict: 'great' })).toMatchObject({ status: 400 });
    expect(await review({ comment: 'x'.repeat(1001) })).toMatchObject({ status: 400 });
  });

  test('an exercise the class does not have cannot be locked', async () => {
    expect(
      await lockExercise(classroom, teacher, klass.id, {
        lessonSlug: 'who-says-so',
        exerciseId: 'find-cues',
      }),
    ).toMatchObject({ ok: false, status: 404, reason: 'This class has no such exercise.' });
  });
});

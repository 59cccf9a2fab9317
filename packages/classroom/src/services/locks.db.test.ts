import type { Database } from '../db/open-database';
import { aClass, aTeacher, exerciseOf, value } from '../testing/fixtures';
import { kitLessons, testClassroom, type TestClassroom } from '../testing/test-classroom';
import { useTestDatabase } from '../testing/use-test-database';
import { exerciseLocks, lockExercise, unlockExercise } from './locks';

let database: Database;
let classroom: TestClassroom;

useTestDatabase((opened) => (database = opened));
beforeEach(() => {
  classroom = testClassroom(database);
});

test('the teacher reads which exercises are locked; another teacher learns nothing', async () => {
  const teacher = await aTeacher(classroom, 'Ms Rivera');
  const klass = await aClass(classroom, teacher, ['battered-or-clobbered']);
  const lesson = kitLessons().find((l) => l.slug === 'battered-or-clobbered')!;
  const [spot, choice] = [exerciseOf(lesson, 'spot'), exerciseOf(lesson, 'choice')];
  const ref = (id: string) => ({ lessonSlug: lesson.slug, exerciseId: id });
  value(await lockExercise(classroom, teacher, klass.id, ref(spot.id)));
  value(await lockExercise(classroom, teacher, klass.id, ref(choice.id)));
  value(await unlockExercise(classroom, teacher, klass.id, ref(spot.id)));

  expect(value(await exerciseLocks(classroom, teacher, klass.id))).toEqual([ref(choice.id)]);
  const stranger = await aTeacher(classroom, 'Mr Okafor');
  expect(await exerciseLocks(classroom, stranger, klass.id)).toMatchObject({
    ok: false,
    code: 'not-found',
  });
});

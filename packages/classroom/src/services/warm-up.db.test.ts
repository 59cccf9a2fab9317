import { sql } from 'drizzle-orm';
import type { ClassView } from './teacher-classes';
import type { Database } from '../db/open-database';
import { aClass, aStudent, aTeacher, anEvent, batch, exerciseOf, value } from '../testing/fixtures';
import { kitLessons, testClassroom, type TestClassroom } from '../testing/test-classroom';
import { useTestDatabase } from '../testing/use-test-database';
import { heldClasses } from './class-events';
import { recordEvents } from './sync';
import { teacherFromSession } from '../access';
import { WARM_AT_MOST, warmUp } from './warm-up';

let database: Database;
let classroom: TestClassroom;
useTestDatabase((opened) => (database = opened));
beforeEach(() => {
  classroom = testClassroom(database);
});

const lesson = () => kitLessons().find((l) => l.slug === 'who-says-so')!;

/** A class with one student who asked for a hint `hoursAgo` hours ago. */
async function aClassActive(hoursAgo: number, name = `Sam ${hoursAgo}`): Promise<ClassView> {
  const klass = await aClass(classroom, await aTeacher(classroom, `Teacher ${name}`));
  const { student } = await aStudent(classroom, klass, name);
  const hint = anEvent(lesson(), exerciseOf(lesson(), 'spot'), 'hint');
  value(await recordEvents(classroom, student, batch(hint)));
  // The server stamps events with the database's clock; the test's clock is another day.
  const receivedAt = new Date(classroom.now().getTime() - hoursAgo * 3_600_000);
  await database.db.execute(
    sql`update events set received_at = ${receivedAt.toISOString()}::timestamptz
        where class_id = ${klass.id}`,
  );
  return klass;
}

test('a restarted server reads ahead the classes active in the last hours, and no others', async () => {
  const thisMorning = await aClassActive(1);
  const yesterday = await aClassActive(20);
  const neverUsed = await aClass(classroom, await aTeacher(classroom, 'Mr Okafor'));

  const warmed = await warmUp(classroom);

  expect(warmed?.classIds).toEqual([thisMorning.id]);
  const held = heldClasses(database);
  expect(held.get(thisMorning.id)).toBe(1);
  expect(held.has(yesterday.id)).toBe(false);
  expect(held.has(neverUsed.id)).toBe(false);
  expect(warmed?.lessons).toBe(kitLessons().length);
  expect(classroom.logged).toEqual([
    expect.stringMatching(
      /^Says Who class mode: warmed up in [\d.]+ s \(the lessons, and 1 class active in the last 4 hours: 1 event\)\.$/,
    ),
  ]);
});

test('it reads at most a bounded number of classes, the most recently active, the latest last', async () => {
  const classes: ClassView[] = [];
  // Minutes apart, the first the most recent.
  for (let n = 0; n <= WARM_AT_MOST; n += 1) classes.push(await aClassActive(n / 60, `Sam ${n}`));

  const warmed = await warmUp(classroom);

  const mostRecent = classes.slice(0, WARM_AT_MOST).map((c) => c.id);
  expect(warmed?.classIds).toEqual([...mostRecent].reverse());
  expect(heldClasses(database).has(classes[WARM_AT_MOST]!.id)).toBe(false);
});

test('then it renders the latest class’s page once as its teacher, with a session that ends with it', async () => {
  await aClassActive(2, 'Earlier');
  const latest = await aClassActive(1, 'Latest');
  const asked: { classId: string; teacher: string | null }[] = [];
  let token = '';

  await warmUp(classroom, async ({ classId, sessionToken }) => {
    token = sessionToken;
    const teacher = await teacherFromSession(classroom, sessionToken);
    asked.push({ classId, teacher: teacher.ok ? teacher.value.name : null });
  });

  expect(asked).toEqual([{ classId: latest.id, teacher: 'Teacher Latest' }]);
  // Nobody can sign in with it afterwards, even had it left the server.
  expect((await teacherFromSession(classroom, token)).ok).toBe(false);
});

test('a failure while warming up is one line in the log, and the server carries on', async () => {
  await aClassActive(1);
  const broken = {
    ...classroom,
    lessons: {
      lesson: () => undefined,
      lessons: () => {
        throw new Error('lessons/who-says-so.mdx:12:3: <Spot> needs an article');
      },
    },
  };

  await expect(warmUp(broken)).resolves.toBeNull();

  expect(classroom.logged).toEqual([
    'Says Who class mode: warming up failed (lessons/who-says-so.mdx:12:3: <Spot> needs an article); ' +
      'each class page reads its class when first opened instead.',
  ]);
});

import { countRows } from '../db/queries/transfer';
import type { Database } from '../db/open-database';
import { EXPORTED_TABLES } from '../transfer/export-data';
import { aClass, aStudent, aTeacher, anEvent, batch, exerciseOf, value } from '../testing/fixtures';
import { kitLessons, testClassroom, type TestClassroom } from '../testing/test-classroom';
import { useTestDatabase } from '../testing/use-test-database';
import { joinClass } from './join';
import { lockExercise } from './locks';
import { removeStudent } from './roster';
import { reviewRewrite } from './reviews';
import { recordEvents } from './sync';
import {
  createClass,
  deleteClass,
  exportClass,
  getClass,
  joinLink,
  listClasses,
  rotateJoinCode,
  setEndDate,
} from './teacher-classes';

let database: Database;
let classroom: TestClassroom;
useTestDatabase((opened) => (database = opened));
beforeEach(async () => {
  classroom = testClassroom(database); // today: 2025-03-10 in Europe/London
});

describe('creating a class', () => {
  test('gives a six-character join code without look-alike characters, and the lessons’ titles', async () => {
    const teacher = await aTeacher(classroom);
    const klass = value(
      await createClass(classroom, teacher, {
        name: '8B Media',
        lessons: ['who-says-so', 'battered-or-clobbered'],
        endsOn: '2025-06-30',
      }),
    );
    expect(klass.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(klass.lessons.map((l) => l.slug)).toEqual(['who-says-so', 'battered-or-clobbered']);
    expect(klass.lessons[0]!.title).toBe(
      kitLessons().find((l) => l.slug === 'who-says-so')!.frontmatter!.title,
    );
    expect(klass.deletesOn).toBe('2025-07-31'); // 30 full days after 30 June
    expect(joinLink(classroom, 'http://192.168.1.20:3000', klass.joinCode)).toBe(
      `http://192.168.1.20:3000/join?code=${klass.joinCode}`,
    );
  });

  test.each([
    [{ lessons: [] }, 'Choose at least one lesson for the class.'],
    [{ lessons: ['who-say-so'] }, /^There is no lesson “who-say-so” in the kit; the lessons are: /],
    [{ endsOn: '2025-03-09' }, 'The end date 2025-03-09 has passed (today is 2025-03-10).'],
    [{ endsOn: '2026-06-30' }, /is more than a year away/],
    [{ endsOn: '30/06/2025' }, 'The end date is not a date: write it as YYYY-MM-DD.'],
    [{ name: '' }, 'The class name is empty: write at least one letter.'],
  ])('refuses %j with a reason', async (change, reason) => {
    const teacher = await aTeacher(classroom);
    const result = await createClass(classroom, teacher, {
      name: '8B',
      lessons: ['who-says-so'],
      endsOn: '2025-06-30',
      ...change,
    });
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(!result.ok && result.reason).toEqual(
      typeof reason === 'string' ? reason : expect.stringMatching(reason),
    );
  });
});

describe('a teacher sees and changes only their own classes', () => {
  test('lists their classes with how many students joined', async () => {
    const rivera = await aTeacher(classroom, 'Ms Rivera');
    const okafor = await aTeacher(classroom, 'Mr Okafor');
    const klass = await aClass(classroom, rivera);
    await aClass(classroom, okafor);
    await aStudent(classroom, klass, 'Sam');
    const mine = value(await listClasses(classroom, rivera));
    expect(mine.map((c) => [c.id, c.students])).toEqual([[klass.id, 1]]);
  });

  test('another teacher’s class is "not found" for get, end date, join code, export and delete', async () => {
    const rivera = await aTeacher(classroom, 'Ms Rivera');
    const okafor = await aTeacher(classroom, 'Mr Okafor');
    const klass = await aClass(classroom, rivera);
    const notFound = { ok: false, status: 404, reason: 'There is no such class among yours.' };
    expect(await getClass(classroom, okafor, klass.id)).toMatchObject(notFound);
    expect(await setEndDate(classroom, okafor, klass.id, '2025-05-01')).toMatchObject(notFound);
    expect(await rotateJoinCode(classroom, okafor, klass.id)).toMatchObject(notFound);
    expect(await exportClass(classroom, okafor, klass.id, () => {})).toMatchObject(notFound);
    expect(await deleteClass(classroom, okafor, klass.id)).toMatchObject(notFound);
    expect(await getClass(classroom, okafor, 'not-a-uuid')).toMatchObject(notFound);
    expect(value(await getClass(classroom, rivera, klass.id)).joinCode).toBe(klass.joinCode);
  });

  test('moving the end date moves the automatic deletion', async () => {
    const teacher = await aTeacher(classroom);
    const klass = await aClass(classroom, teacher);
    const moved = value(await setEndDate(classroom, teacher, klass.id, '2025-04-01'));
    expect([moved.endsOn, moved.deletesOn]).toEqual(['2025-04-01', '2025-05-02']);
  });

  test('a new join code lets new students in with it, not with the old one', async () => {
    const teacher = await aTeacher(classroom);
    const klass = await aClass(classroom, teacher);
    const rotated = value(await rotateJoinCode(classroom, teacher, klass.id));
    expect(rotated.joinCode).not.toBe(klass.joinCode);
    const address = '198.51.100.1';
    expect(
      await joinClass(classroom, { code: klass.joinCode, name: 'Ana', address }),
    ).toMatchObject({ status: 404 });
    expect(
      await joinClass(classroom, { code: rotated.joinCode, name: 'Ana', address }),
    ).toMatchObject({ ok: true });
  });
});

describe('deleting a class', () => {
  test('leaves no row of it in any table, and touches no other class', async () => {
    const teacher = await aTeacher(classroom);
    const klass = await aClass(classroom, teacher, ['battered-or-clobbered']);
    const other = await aClass(classroom, teacher, ['who-says-so']);
    await aStudent(classroom, other, 'Kept');
    const lesson = kitLessons().find((l) => l.slug === 'battered-or-clobbered')!;
    const rewrite = exerciseOf(lesson, 'rewrite');
    const sam = await aStudent(classroom, klass, 'Sam');
    const removed = await aStudent(classroom, klass, 'Ana');
    const check = anEvent(lesson, rewrite, 'check', { type: 'rewrite', text: 'A plain sentence.' });
    value(
      await recordEvents(classroom, sam.student, batch(check, anEvent(lesson, rewrite, 'hint'))),
    );
    value(
      await reviewRewrite(classroom, teacher, {
        classId: klass.id,
        eventId: check.id,
        verdict: 'fair',
        comment: 'Good.',
      }),
    );
    value(
      await lockExercise(classroom, teacher, klass.id, {
        lessonSlug: lesson.slug,
        exerciseId: rewrite.id,
      }),
    );
    value(
      await removeStudent(classroom, teacher, { classId: klass.id, studentId: removed.student.id }),
    );
    const before = await rowCounts();

    expect(value(await deleteClass(classroom, teacher, klass.id))).toEqual({
      id: klass.id,
      name: '8B Media',
    });

    const after = await rowCounts();
    expect(after).toEqual({
      ...before,
      classes: 1,
      students: 1,
      student_devices: 1,
      removed_devices: 0,
      events: 0,
      exercise_locks: 0,
      rewrite_reviews: 0,
    });
    expect(before).toMatchObject({
      events: 2,
      exercise_locks: 1,
      rewrite_reviews: 1,
      removed_devices: 1,
    });
    expect(value(await getClass(classroom, teacher, other.id)).id).toBe(other.id);
  });

  test('can be exported first: the class, its students, events and reviews as JSON lines', async () => {
    const teacher = await aTeacher(classroom);
    const klass = await aClass(classroom, teacher);
    const lesson = kitLessons().find((l) => l.slug === 'who-says-so')!;
    const sam = await aStudent(classroom, klass, 'Sam');
    value(
      await recordEvents(
        classroom,
        sam.student,
        batch(anEvent(lesson, exerciseOf(lesson, 'spot'), 'hint')),
      ),
    );
    const lines: string[] = [];
    expect(
      value(await exportClass(classroom, teacher, klass.id, (l) => void lines.push(l))),
    ).toEqual({ rows: 3 });
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed[0]).toMatchObject({ format: 'sayswho-class-data', scope: 'class' });
    expect(parsed.slice(1, -1).map((p) => p.table)).toEqual(['classes', 'students', 'events']);
    expect(JSON.stringify(parsed)).not.toContain('token_hash');
    expect(parsed.at(-1)).toEqual({ end: true, rows: 3 });
  });
});

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of EXPORTED_TABLES) counts[table] = await countRows(database.db, table);
  return counts;
}

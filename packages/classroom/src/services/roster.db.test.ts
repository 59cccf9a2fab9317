import { studentFromDevice } from '../access';
import { eventsOfClass } from '../db/queries/events';
import type { Database } from '../db/open-database';
import { aClass, aStudent, aTeacher, anEvent, batch, exerciseOf, value } from '../testing/fixtures';
import { kitLessons, testClassroom, type TestClassroom } from '../testing/test-classroom';
import { useTestDatabase } from '../testing/use-test-database';
import { getRoster, labelled, mergeStudents, removeStudent, renameStudent } from './roster';
import { studentState } from './student-state';
import { recordEvents } from './sync';

let database: Database;
let classroom: TestClassroom;
useTestDatabase((opened) => (database = opened));
beforeEach(async () => {
  classroom = testClassroom(database);
});

const lesson = () => kitLessons().find((l) => l.slug === 'who-says-so')!;

async function aClassWithTwo() {
  const teacher = await aTeacher(classroom);
  const klass = await aClass(classroom, teacher);
  const sam = await aStudent(classroom, klass, 'Sam');
  const ana = await aStudent(classroom, klass, 'Ana');
  return { teacher, klass, sam, ana };
}

test('the roster shows each student’s rejoin code and devices, in join order', async () => {
  const { teacher, klass } = await aClassWithTwo();
  const roster = value(await getRoster(classroom, teacher, klass.id));
  expect(roster.map((s) => [s.name, s.joinOrder, s.devices])).toEqual([
    ['Sam', 1, 1],
    ['Ana', 2, 1],
  ]);
  expect(roster[0]!.rejoinCode).toMatch(/^[A-Z2-9]{6}$/);
  expect(roster[0]!.rejoinCode).not.toBe(roster[1]!.rejoinCode);
});

test('a renamed student’s device shows the new name', async () => {
  const { teacher, klass, sam } = await aClassWithTwo();
  value(
    await renameStudent(classroom, teacher, {
      classId: klass.id,
      studentId: sam.student.id,
      name: 'Samira',
    }),
  );
  const device = value(await studentFromDevice(classroom, sam.token));
  expect(value(await studentState(classroom, device)).student).toEqual({
    id: sam.student.id,
    name: 'Samira',
  });
});

test('merging moves every event and device to the other student; the first record is gone', async () => {
  const { teacher, klass, sam, ana } = await aClassWithTwo();
  const spot = exerciseOf(lesson(), 'spot');
  value(await recordEvents(classroom, sam.student, batch(anEvent(lesson(), spot, 'hint'))));
  value(await recordEvents(classroom, ana.student, batch(anEvent(lesson(), spot, 'hint'))));
  value(
    await mergeStudents(classroom, teacher, {
      classId: klass.id,
      fromStudentId: sam.student.id,
      intoStudentId: ana.student.id,
    }),
  );
  const events = await eventsOfClass(database.db, klass.id);
  expect(events.map((e) => e.studentId)).toEqual([ana.student.id, ana.student.id]);
  // Sam's device now belongs to Ana: its next sync shows her id and name.
  expect(value(await studentFromDevice(classroom, sam.token))).toMatchObject({
    id: ana.student.id,
    name: 'Ana',
  });
  expect(
    value(await getRoster(classroom, teacher, klass.id)).map((s) => [s.name, s.devices]),
  ).toEqual([['Ana', 2]]);
});

test('a removed student’s events are deleted, and their device is told it was removed', async () => {
  const { teacher, klass, sam } = await aClassWithTwo();
  value(
    await recordEvents(
      classroom,
      sam.student,
      batch(anEvent(lesson(), exerciseOf(lesson(), 'spot'), 'hint')),
    ),
  );
  value(await removeStudent(classroom, teacher, { classId: klass.id, studentId: sam.student.id }));
  expect(await eventsOfClass(database.db, klass.id)).toEqual([]);
  expect(await studentFromDevice(classroom, sam.token)).toMatchObject({
    ok: false,
    status: 410,
    code: 'removed',
    reason: 'Your teacher removed you from this class. Your work stays on this device.',
  });
});

describe('refusals', () => {
  test('a teacher of another class cannot see or change this roster', async () => {
    const { klass, sam, ana } = await aClassWithTwo();
    const okafor = await aTeacher(classroom, 'Mr Okafor');
    const notFound = { ok: false, status: 404 };
    expect(await getRoster(classroom, okafor, klass.id)).toMatchObject(notFound);
    expect(
      await renameStudent(classroom, okafor, {
        classId: klass.id,
        studentId: sam.student.id,
        name: 'X',
      }),
    ).toMatchObject(notFound);
    expect(
      await mergeStudents(classroom, okafor, {
        classId: klass.id,
        fromStudentId: sam.student.id,
        intoStudentId: ana.student.id,
      }),
    ).toMatchObject(notFound);
    expect(
      await removeStudent(classroom, okafor, { classId: klass.id, studentId: sam.student.id }),
    ).toMatchObject(notFound);
    expect(value(await studentFromDevice(classroom, sam.token)).name).toBe('Sam');
  });

  test('a student of another class cannot be renamed, merged or removed through this one', async () => {
    const { teacher, klass, sam } = await aClassWithTwo();
    const otherClass = await aClass(classroom, teacher);
    const stranger = await aStudent(classroom, otherClass, 'Lee');
    const noSuchStudent = {
      ok: false,
      status: 404,
      reason: 'There is no such student in this class.',
    };
    expect(
      await renameStudent(classroom, teacher, {
        classId: klass.id,
        studentId: stranger.student.id,
        name: 'X',
      }),
    ).toMatchObject(noSuchStudent);
    expect(
      await mergeStudents(classroom, teacher, {
        classId: klass.id,
        fromStudentId: stranger.student.id,
        intoStudentId: sam.student.id,
      }),
    ).toMatchObject(noSuchStudent);
    expect(
      await removeStudent(classroom, teacher, { classId: klass.id, studentId: 'nonsense' }),
    ).toMatchObject(noSuchStudent);
  });

  test('a student cannot be merged into themselves', async () => {
    const { teacher, klass, sam } = await aClassWithTwo();
    expect(
      await mergeStudents(classroom, teacher, {
        classId: klass.id,
        fromStudentId: sam.student.id,
        intoStudentId: sam.student.id,
      }),
    ).toMatchObject({ ok: false, status: 400 });
  });
});

test('labels tell apart students of one name, in join order, whatever the list order', () => {
  const students = [
    { name: 'Sam', joinOrder: 3 },
    { name: 'Ana', joinOrder: 1 },
    { name: 'Sam', joinOrder: 2 },
  ];
  expect(labelled(students).map((s) => s.label)).toEqual(['Sam (2)', 'Ana', 'Sam']);
});

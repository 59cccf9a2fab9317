import { teacherFromSession } from '../access';
import { aClass, aTeacher, value } from '../testing/fixtures';
import { testClassroom, type TestClassroom } from '../testing/test-classroom';
import { useTestDatabase } from '../testing/use-test-database';
import type { Database } from '../db/open-database';
import {
  addTeacher,
  issueSignInLink,
  listTeachers,
  removeTeacher,
  signIn,
  signOut,
} from './teachers';

let database: Database;
let classroom: TestClassroom;
useTestDatabase((opened) => (database = opened));
beforeEach(async () => {
  classroom = testClassroom(database);
});

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

describe('adding a teacher', () => {
  test('prints a single-use sign-in link on the kit’s own address', async () => {
    const link = value(
      await addTeacher(classroom, { name: '  Ms   Rivera ', origin: 'http://localhost:3000' }),
    );
    expect(link.teacher.name).toBe('Ms Rivera');
    expect(link.url).toMatch(
      /^http:\/\/localhost:3000\/api\/class\/teacher\/sign-in\?token=[\w-]{43}$/,
    );
    expect(link.expiresAt).toEqual(new Date('2025-03-17T09:00:00Z'));
  });

  test('the link points at PUBLIC_URL when it is set (behind a reverse proxy)', async () => {
    classroom = testClassroom(database, { config: { publicUrl: 'https://kit.school.example' } });
    const link = value(
      await addTeacher(classroom, { name: 'Ms Rivera', origin: 'http://127.0.0.1:3000' }),
    );
    expect(link.url.startsWith('https://kit.school.example/api/class/teacher/sign-in?token=')).toBe(
      true,
    );
  });

  test('a name already taken, or an empty one, is refused', async () => {
    await aTeacher(classroom, 'Ms Rivera');
    expect(await addTeacher(classroom, { name: 'Ms Rivera', origin: 'http://x' })).toMatchObject({
      ok: false,
      status: 409,
      reason: 'There is already a teacher called “Ms Rivera”.',
    });
    expect(await addTeacher(classroom, { name: '   ', origin: 'http://x' })).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});

describe('signing in', () => {
  test('the link gives a session that is known across a restart, and works once only', async () => {
    const link = value(await addTeacher(classroom, { name: 'Ms Rivera', origin: 'http://x' }));
    const session = value(await signIn(classroom, { token: tokenOf(link.url) }));
    expect(session.teacher.name).toBe('Ms Rivera');
    // A "restart": a new classroom on the same database.
    const restarted = testClassroom(database);
    expect(value(await teacherFromSession(restarted, session.sessionToken))).toEqual(
      session.teacher,
    );
    expect(await signIn(classroom, { token: tokenOf(link.url) })).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  test('an expired link is refused', async () => {
    const link = value(await addTeacher(classroom, { name: 'Ms Rivera', origin: 'http://x' }));
    classroom.setNow('2025-03-17T09:00:01Z');
    expect(await signIn(classroom, { token: tokenOf(link.url) })).toMatchObject({
      ok: false,
      code: 'signed-out',
    });
  });

  test('a new link makes the older unused one stop working', async () => {
    const first = value(await addTeacher(classroom, { name: 'Ms Rivera', origin: 'http://x' }));
    const second = value(
      await issueSignInLink(classroom, { name: 'Ms Rivera', origin: 'http://x' }),
    );
    expect(await signIn(classroom, { token: tokenOf(first.url) })).toMatchObject({ ok: false });
    expect(await signIn(classroom, { token: tokenOf(second.url) })).toMatchObject({ ok: true });
  });

  test('a session lasts 30 days from its last use, and signing out ends it', async () => {
    const link = value(await addTeacher(classroom, { name: 'Ms Rivera', origin: 'http://x' }));
    const { sessionToken } = value(await signIn(classroom, { token: tokenOf(link.url) }));
    classroom.setNow('2025-04-05T09:00:00Z'); // 26 days on: still valid, and extended
    expect(await teacherFromSession(classroom, sessionToken)).toMatchObject({ ok: true });
    classroom.setNow('2025-05-01T09:00:00Z'); // 52 days after sign-in, 26 after the last use
    expect(await teacherFromSession(classroom, sessionToken)).toMatchObject({ ok: true });
    value(await signOut(classroom, sessionToken));
    expect(await teacherFromSession(classroom, sessionToken)).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  test('a stranger (no cookie, or a made-up one) is refused', async () => {
    expect(await teacherFromSession(classroom, undefined)).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(await teacherFromSession(classroom, 'x'.repeat(43))).toMatchObject({
      ok: false,
      status: 401,
    });
  });
});

describe('listing and removing teachers', () => {
  test('lists each teacher with their number of classes', async () => {
    const rivera = await aTeacher(classroom, 'Ms Rivera');
    await aTeacher(classroom, 'Mr Okafor');
    await aClass(classroom, rivera);
    const listed = value(await listTeachers(classroom)).map((t) => [t.name, t.classes]);
    expect(listed).toEqual([
      ['Mr Okafor', 0],
      ['Ms Rivera', 1],
    ]);
  });

  test('a teacher with classes is removed only with --with-classes, which deletes the classes too', async () => {
    const rivera = await aTeacher(classroom, 'Ms Rivera');
    await aClass(classroom, rivera);
    const refused = await removeTeacher(classroom, { name: 'Ms Rivera' });
    expect(refused).toMatchObject({ ok: false, status: 409 });
    expect(!refused.ok && refused.reason).toMatch(/has 1 class \(8B Media\): export them first/);
    expect(
      value(await removeTeacher(classroom, { name: 'Ms Rivera', withClasses: true })),
    ).toMatchObject({
      classesDeleted: 1,
    });
    expect(value(await listTeachers(classroom))).toEqual([]);
  });

  test('an unknown name says how to list the teachers', async () => {
    expect(await removeTeacher(classroom, { name: 'Nobody' })).toMatchObject({
      ok: false,
      status: 404,
      reason: 'There is no teacher called “Nobody” (npm run class -- list-teachers shows them).',
    });
  });
});

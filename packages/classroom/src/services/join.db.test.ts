import { studentFromDevice } from '../access';
import { rateLimits } from '../db/schema';
import { openPostgres, type Database } from '../db/open-database';
import { aClass, aTeacher, value } from '../testing/fixtures';
import {
  createTestDatabase,
  emptyTables,
  engine,
  openTestDatabase,
  testClassroom,
  type TestClassroom,
} from '../testing/test-classroom';
import { joinClass, rejoinClass } from './join';
import { JOIN_RULES } from './rate-limits';
import { getRoster } from './roster';

let database: Database;
/** A second connection to the same database: another app instance. */
let other: Database;
let classroom: TestClassroom;
let instanceB: TestClassroom;
const opened: Database[] = [];

beforeAll(async () => {
  if (engine === 'postgres') {
    const url = await createTestDatabase('sayswho_migrated');
    database = await openPostgres(url, { log: () => {} });
    other = await openPostgres(url, { log: () => {} });
    opened.push(database, other);
  } else {
    // PGlite serves one process: both "instances" share it.
    database = other = await openTestDatabase();
    opened.push(database);
  }
});
afterAll(() => Promise.all(opened.map((d) => d.close())));
beforeEach(async () => {
  await emptyTables(database);
  classroom = testClassroom(database);
  instanceB = testClassroom(other);
});

const NAT = '203.0.113.50';

describe('joining with the class code', () => {
  test('gives a device token that finds the student again, and the class’s lessons', async () => {
    const klass = await aClass(classroom, await aTeacher(classroom));
    const joined = value(
      await joinClass(classroom, {
        code: klass.joinCode.toLowerCase(),
        name: ' Sam ',
        address: NAT,
      }),
    );
    expect(joined.student.name).toBe('Sam');
    expect(joined.class).toMatchObject({
      id: klass.id,
      name: '8B Media',
      lessons: [{ slug: 'who-says-so' }],
    });
    expect(value(await studentFromDevice(classroom, `Bearer ${joined.deviceToken}`))).toEqual({
      id: joined.student.id,
      classId: klass.id,
      name: 'Sam',
      classLessons: ['who-says-so'],
    });
  });

  test('two students may share a name; the roster tells them apart by join order', async () => {
    const teacher = await aTeacher(classroom);
    const klass = await aClass(classroom, teacher);
    for (const name of ['Sam', 'Ana', 'sam'])
      value(await joinClass(classroom, { code: klass.joinCode, name, address: NAT }));
    const roster = value(await getRoster(classroom, teacher, klass.id));
    expect(roster.map((s) => s.label)).toEqual(['Sam', 'Ana', 'sam (2)']);
  });

  test.each([
    ['', 'Your name is empty: write at least one letter.'],
    ['x'.repeat(41), 'Your name is longer than 40 characters.'],
    ['Sam\u0000', 'Your name holds a character that cannot be shown.'],
  ])('a name like %j is refused with a reason', async (name, reason) => {
    const klass = await aClass(classroom, await aTeacher(classroom));
    expect(await joinClass(classroom, { code: klass.joinCode, name, address: NAT })).toMatchObject({
      ok: false,
      status: 400,
      reason,
    });
  });

  test('a wrong code says so, the same way whatever the code, without naming any class', async () => {
    await aClass(classroom, await aTeacher(classroom));
    const refusals = await Promise.all(
      ['ZZZZZZ', 'abc', '<script>'].map((code) =>
        joinClass(classroom, { code, name: 'Sam', address: NAT }),
      ),
    );
    for (const r of refusals) {
      expect(r).toMatchObject({ ok: false, status: 404 });
      expect(!r.ok && r.reason).toMatch(
        /^No class has the code “.*”\. Check the code your teacher shows\.$/,
      );
      expect(!r.ok && r.reason).not.toContain('8B');
    }
  });

  test('a class whose end date has passed takes no one', async () => {
    const klass = await aClass(classroom, await aTeacher(classroom), ['who-says-so'], '2025-03-10');
    classroom.setNow('2025-03-11T09:00:00Z');
    expect(
      await joinClass(classroom, { code: klass.joinCode, name: 'Sam', address: NAT }),
    ).toMatchObject({
      ok: false,
      status: 403,
      reason: 'This class ended on 2025-03-10.',
    });
  });
});

describe('joining again from another device', () => {
  test('the rejoin code gives a new device token for the same student, and then changes', async () => {
    const teacher = await aTeacher(classroom);
    const klass = await aClass(classroom, teacher);
    const first = value(
      await joinClass(classroom, { code: klass.joinCode, name: 'Sam', address: NAT }),
    );
    const code = value(await getRoster(classroom, teacher, klass.id))[0]!.rejoinCode;
    const again = value(
      await rejoinClass(classroom, {
        code: klass.joinCode,
        rejoinCode: code.toLowerCase(),
        address: NAT,
      }),
    );
    expect(again.student).toEqual(first.student);
    expect(again.deviceToken).not.toBe(first.deviceToken);
    expect(value(await studentFromDevice(classroom, first.deviceToken)).id).toBe(first.student.id);
    const roster = value(await getRoster(classroom, teacher, klass.id));
    expect(roster[0]!.devices).toBe(2);
    expect(roster[0]!.rejoinCode).not.toBe(code);
    expect(
      await rejoinClass(classroom, { code: klass.joinCode, rejoinCode: code, address: NAT }),
    ).toMatchObject({
      ok: false,
      status: 404,
      reason: 'That rejoin code is not one of this class’s: ask your teacher for yours.',
    });
  });

  test('a rejoin code of another class does not work here', async () => {
    const teacher = await aTeacher(classroom);
    const klass = await aClass(classroom, teacher);
    const otherClass = await aClass(classroom, teacher);
    value(await joinClass(classroom, { code: otherClass.joinCode, name: 'Sam', address: NAT }));
    const code = value(await getRoster(classroom, teacher, otherClass.id))[0]!.rejoinCode;
    expect(
      await rejoinClass(classroom, { code: klass.joinCode, rejoinCode: code, address: NAT }),
    ).toMatchObject({
      status: 404,
    });
  });
});

describe('rate limits, shared by every instance through the database', () => {
  test('a class of 30 joins from one school address through two instances', async () => {
    const teacher = await aTeacher(classroom);
    const klass = await aClass(classroom, teacher);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        joinClass(i % 2 ? instanceB : classroom, {
          code: klass.joinCode,
          name: `Student ${i + 1}`,
          address: NAT,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(30);
    expect(value(await getRoster(classroom, teacher, klass.id)).map((s) => s.joinOrder)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
  });

  test('wrong codes from one address are stopped across instances, and only for that address', async () => {
    const klass = await aClass(classroom, await aTeacher(classroom));
    const { max } = JOIN_RULES.wrongCodesPerAddress;
    for (let i = 0; i < max; i++) {
      const result = await joinClass(i % 2 ? instanceB : classroom, {
        code: 'QQQQQQ',
        name: 'X',
        address: NAT,
      });
      expect(result).toMatchObject({ status: 404 });
    }
    // Even the right code is refused now: a guess must not be judged once the limit is reached.
    const blocked = await joinClass(instanceB, { code: klass.joinCode, name: 'Sam', address: NAT });
    expect(blocked).toMatchObject({ ok: false, status: 429, retryAfterSeconds: 600 });
    expect(!blocked.ok && blocked.reason).toBe(
      'Too many wrong codes from this network. Wait 10 minutes and try again.',
    );
    expect(
      await joinClass(classroom, { code: klass.joinCode, name: 'Sam', address: '198.51.100.9' }),
    ).toMatchObject({
      ok: true,
    });
    // The next window starts afresh, and the old window's row (with its address hash) is gone.
    classroom.setNow('2025-03-10T09:10:00Z');
    expect(
      await joinClass(classroom, { code: klass.joinCode, name: 'Sam', address: NAT }),
    ).toMatchObject({ ok: true });
    const windows = await database.db
      .select({ start: rateLimits.windowStart, bucket: rateLimits.bucket })
      .from(rateLimits);
    expect(windows.filter((w) => w.bucket.startsWith('wrong-code-address:'))).toEqual([]);
    expect(JSON.stringify(windows)).not.toContain(NAT);
  });

  test('wrong rejoin codes are limited per class, whatever the address', async () => {
    const klass = await aClass(classroom, await aTeacher(classroom));
    const { max } = JOIN_RULES.wrongRejoinCodesPerClass;
    for (let i = 0; i < max; i++) {
      const address = `198.51.100.${i}`;
      expect(
        await rejoinClass(classroom, { code: klass.joinCode, rejoinCode: 'AAAAAA', address }),
      ).toMatchObject({
        status: 404,
      });
    }
    expect(
      await rejoinClass(instanceB, {
        code: klass.joinCode,
        rejoinCode: 'AAAAAA',
        address: '192.0.2.1',
      }),
    ).toMatchObject({
      status: 429,
      reason: 'Too many wrong rejoin codes for this class. Wait 10 minutes and try again.',
    });
  });
});

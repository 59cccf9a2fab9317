/**
 * How many statements an events request costs. On PGlite every statement takes about a
 * millisecond on the one connection all requests share, so a class's throughput is set by this
 * count: a change that adds one per event or per request should show here first.
 */
import type { ClassLesson } from '../classroom';
import type { Database } from '../db/open-database';
import { studentFromDevice } from '../access';
import { aClass, aStudent, aTeacher, anEvent, batch, exerciseOf, value } from '../testing/fixtures';
import { kitLessons, testClassroom, type TestClassroom } from '../testing/test-classroom';
import { useTestDatabase } from '../testing/use-test-database';
import { recordEvents } from './sync';

let database: Database;
let classroom: TestClassroom;
let token: string;
let sent: string[] | null = null;

useTestDatabase((opened) => (database = opened), { logQuery: (query) => sent?.push(query) });
beforeEach(async () => {
  classroom = testClassroom(database);
  const klass = await aClass(classroom, await aTeacher(classroom));
  token = (await aStudent(classroom, klass)).token;
});

const lesson = (): ClassLesson => kitLessons().find((l) => l.slug === 'who-says-so')!;
const spot = () => exerciseOf(lesson(), 'spot');
const spans = [{ start: 0, end: 4 }];

/** The statements of one events request as the route makes it: who is asking, then the batch. */
async function statementsOfRequest(events: unknown[]): Promise<string[]> {
  sent = [];
  try {
    const student = value(await studentFromDevice(classroom, `Bearer ${token}`));
    const results = value(await recordEvents(classroom, student, batch(...events))).results;
    expect(results.every((r) => r.status === 'recorded')).toBe(true);
    // BEGIN and COMMIT are sent by PGlite itself, and by Drizzle on PostgreSQL: one transaction each time.
    return sent.filter((query) => !/^(begin|commit)\b/i.test(query.trim()));
  } finally {
    sent = null;
  }
}

test('a one-event request is the student with their class, the insert and the notification', async () => {
  expect(await statementsOfRequest([anEvent(lesson(), spot(), 'hint')])).toHaveLength(3);
});

test('a Check adds one statement for its lock and the attempts so far', async () => {
  const check = anEvent(lesson(), spot(), 'check', { type: 'spot', spans });
  expect(await statementsOfRequest([check])).toHaveLength(4);
});

test('a 20-event request costs no more statements than a single Check', async () => {
  const events = Array.from({ length: 20 }, (_, i) =>
    i % 5 === 4
      ? anEvent(lesson(), spot(), 'check', { type: 'spot', spans })
      : i % 5 === 3
        ? anEvent(lesson(), spot(), 'hint')
        : anEvent(lesson(), spot(), 'answer', { type: 'spot', spans }),
  );
  expect(await statementsOfRequest(events)).toHaveLength(4);
});

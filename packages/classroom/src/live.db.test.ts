import { sql } from 'drizzle-orm';
import { openPostgres, type Database } from './db/open-database';
import {
  concernsStudent,
  openLiveChannel,
  publish,
  type LiveChannel,
  type LiveMessage,
} from './live';
import { lockExercise } from './services/locks';
import { recordEvents } from './services/sync';
import { aClass, aStudent, aTeacher, anEvent, batch, exerciseOf, value } from './testing/fixtures';
import {
  createTestDatabase,
  engine,
  kitLessons,
  openTestDatabase,
  testClassroom,
  type TestClassroom,
} from './testing/test-classroom';

/** Instance A writes; instance B listens (two connections to one PostgreSQL; one PGlite). */
let writer: Database;
let listener: Database;
let a: TestClassroom;
let live: LiveChannel;
const opened: Database[] = [];

beforeAll(async () => {
  if (engine === 'postgres') {
    const url = await createTestDatabase('sayswho_migrated');
    writer = await openPostgres(url, { log: () => {} });
    listener = await openPostgres(url, { log: () => {} });
    opened.push(writer, listener);
  } else {
    writer = listener = await openTestDatabase();
    opened.push(writer);
  }
  a = testClassroom(writer);
  live = await openLiveChannel(listener, () => {});
});
afterAll(async () => {
  await live.close();
  await Promise.all(opened.map((d) => d.close()));
});

function collect(classId: string): {
  messages: LiveMessage[];
  next(): Promise<LiveMessage>;
  stop(): void;
} {
  const messages: LiveMessage[] = [];
  const waiting: ((m: LiveMessage) => void)[] = [];
  const stop = live.subscribe(classId, (m) => {
    messages.push(m);
    waiting.shift()?.(m);
  });
  return {
    messages,
    stop,
    next: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no live message within 5 s')), 5000);
        waiting.push((m) => {
          clearTimeout(timer);
          resolve(m);
        });
      }),
  };
}

test('a student’s events sent to one instance reach the teacher listening on another', async () => {
  const teacher = await aTeacher(a);
  const klass = await aClass(a, teacher);
  const otherClass = await aClass(a, teacher);
  const stream = collect(klass.id);
  const elsewhere = collect(otherClass.id);
  // The join is announced too, and reaches the other connection when it will: take it first, so
  // it cannot be mistaken for the answer to what follows.
  const joined = stream.next();
  const sam = await aStudent(a, klass, 'Sam');
  expect(await joined).toMatchObject({ kind: 'joined', studentId: sam.student.id });
  const lesson = kitLessons().find((l) => l.slug === 'who-says-so')!;
  const event = anEvent(lesson, exerciseOf(lesson, 'spot'), 'hint');
  const arrived = stream.next();
  value(await recordEvents(a, sam.student, batch(event)));
  expect(await arrived).toEqual({
    kind: 'events',
    classId: klass.id,
    studentId: sam.student.id,
    eventIds: [event.id],
  });
  const locked = stream.next();
  value(
    await lockExercise(a, teacher, klass.id, { lessonSlug: lesson.slug, exerciseId: 'find-cues' }),
  );
  expect(await locked).toMatchObject({ kind: 'locked', exerciseId: 'find-cues' });
  expect(elsewhere.messages).toEqual([]);
  stream.stop();
  elsewhere.stop();
});

test('a transaction that rolls back announces nothing', async () => {
  const classId = '00000000-0000-4000-8000-000000000001';
  const stream = collect(classId);
  await writer.db
    .transaction(async (tx) => {
      await publish(tx, { kind: 'class-changed', classId });
      throw new Error('changed my mind');
    })
    .catch(() => undefined);
  const after = stream.next();
  await writer.db.transaction((tx) => publish(tx, { kind: 'class-deleted', classId }));
  expect(await after).toEqual({ kind: 'class-deleted', classId });
  expect(stream.messages).toEqual([{ kind: 'class-deleted', classId }]);
  stream.stop();
});

// PGlite has no connection to lose: this is PostgreSQL's alone.
if (engine === 'postgres')
  test('after its connection drops, the listener reconnects and tells its streams to fetch afresh', async () => {
    const classId = '00000000-0000-4000-8000-000000000002';
    const stream = collect(classId);
    const resync = stream.next();
    await writer.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'LISTEN%' and datname = current_database()`,
    );
    expect(await resync).toEqual({ kind: 'resync', classId });
    const after = stream.next();
    await writer.db.transaction((tx) => publish(tx, { kind: 'class-changed', classId }));
    expect(await after).toEqual({ kind: 'class-changed', classId });
    stream.stop();
  });

test('a student’s stream hears their class’s locks and their own changes, not a classmate’s', () => {
  const classId = 'c';
  expect(
    concernsStudent({ kind: 'locked', classId, lessonSlug: 'l', exerciseId: 'e' }, 'sam'),
  ).toBe(true);
  expect(concernsStudent({ kind: 'renamed', classId, studentId: 'sam' }, 'sam')).toBe(true);
  expect(concernsStudent({ kind: 'renamed', classId, studentId: 'ana' }, 'sam')).toBe(false);
  expect(
    concernsStudent({ kind: 'reviewed', classId, studentId: 'ana', eventId: 'x' }, 'sam'),
  ).toBe(false);
  expect(concernsStudent({ kind: 'events', classId, studentId: 'sam', eventIds: [] }, 'sam')).toBe(
    false,
  );
});

/**
 * What a test starts from: every test and every test file gets an empty database numbering from
 * 1, even when (on PGlite) the Jest worker's files share one database in turn.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/open-database';
import { rowsOf } from '../db/rows';
import { TABLES_IN_ORDER } from '../db/schema';
import { recordEvents } from '../services/sync';
import {
  aBusyServer,
  aClass,
  anEvent,
  aStudent,
  aTeacher,
  batch,
  exerciseOf,
  value,
} from './fixtures';
import { emptyTables, engine, kitLessons, openTestDatabase, testClassroom } from './test-classroom';

/** Each test closes what it opened: on PGlite the next open then borrows the worker's again. */
async function withTestDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openTestDatabase();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function rowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of Object.keys(TABLES_IN_ORDER)) {
    const [row] = rowsOf<{ n: number }>(
      await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)),
    );
    counts[table] = row!.n;
  }
  return counts;
}

const emptyEverywhere = Object.fromEntries(Object.keys(TABLES_IN_ORDER).map((t) => [t, 0]));

/** The `seq` the server gives a student's next event. */
async function nextEventNumber(database: Database): Promise<number> {
  const classroom = testClassroom(database);
  const klass = await aClass(classroom, await aTeacher(classroom, 'Mr Next'));
  const { student } = await aStudent(classroom, klass, 'Nia');
  const lesson = kitLessons().find((l) => l.slug === 'who-says-so')!;
  const event = anEvent(lesson, exerciseOf(lesson, 'spot'), 'hint');
  value(await recordEvents(classroom, student, batch(event)));
  const [row] = rowsOf<{ seq: number | string }>(
    await database.db.execute(sql`select seq from events where id = ${event.id}`),
  );
  return Number(row!.seq);
}

test('emptying the tables leaves no row in any table, and events are numbered from 1 again', () =>
  withTestDatabase(async (database) => {
    await aBusyServer(testClassroom(database));
    const filled = await rowCounts(database);
    expect(Object.keys(filled).filter((table) => filled[table] === 0)).toEqual([]);

    await emptyTables(database);

    expect(await rowCounts(database)).toEqual(emptyEverywhere);
    expect(await nextEventNumber(database)).toBe(1);
  }));

test('the next test file’s database starts empty, numbering from 1, holding no lock of the last', async () => {
  const lastWhere = await withTestDatabase(async (last) => {
    await aBusyServer(testClassroom(last));
    // One connection (max 1 on PostgreSQL) so the lock and the setting stay in its session.
    await last.withConnection(async (db) => {
      await db.execute(sql`select pg_advisory_lock(42)`);
      await db.execute(sql`set statement_timeout = 1234`);
    });
    return last.where;
  });

  await withTestDatabase(async (next) => {
    // On PGlite the worker hands the same database on (pglite-environment.ts): this is its reset.
    expect(next.where === lastWhere).toBe(engine === 'pglite');
    expect(await rowCounts(next)).toEqual(emptyEverywhere);
    expect(await nextEventNumber(next)).toBe(1);
    const [session] = rowsOf<{ locks: number; timeout: string }>(
      await next.db.execute(
        sql`select (select count(*)::int from pg_locks where locktype = 'advisory'
                      and database = (select oid from pg_database where datname = current_database())) as locks,
                   current_setting('statement_timeout') as timeout`,
      ),
    );
    expect(session).toEqual({ locks: 0, timeout: '0' });
  });
});

test('rows come back as this file’s own objects, and its Dates go in as dates', async () => {
  const at = new Date('2025-03-10T09:00:00.000Z');
  const [row] = await withTestDatabase(async (database) =>
    rowsOf<{ same: boolean; doc: { marks: number[] } }>(
      await database.db.execute(
        sql`select ${at}::timestamptz = '2025-03-10T09:00:00Z' as same, '{"marks":[1,2]}'::jsonb as doc`,
      ),
    ),
  );
  // Jest's strict equality compares constructors: a row of another realm fails it.
  expect(row).toStrictEqual({ same: true, doc: { marks: [1, 2] } });
  expect(row!.doc.marks).toBeInstanceOf(Array);
});

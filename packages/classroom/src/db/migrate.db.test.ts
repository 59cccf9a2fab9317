import { sql } from 'drizzle-orm';
import { createTestDatabase, engine, openTestDatabase } from '../testing/test-classroom';
import { knownMigrations, migrateDatabase, migrationLevel } from './migrate';
import { openPostgres, type Database } from './open-database';
import { rowsOf } from './rows';

const opened: Database[] = [];
afterAll(() => Promise.all(opened.map((d) => d.close())));

async function emptyDatabase(): Promise<Database> {
  const database = await openTestDatabase({ migrated: false });
  opened.push(database);
  return database;
}

async function tables(database: Database): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(
    await database.db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
    ),
  );
  return rows.map((r) => r.name);
}

test('a fresh database gets every table from the committed migrations', async () => {
  const database = await emptyDatabase();
  expect(await migrationLevel(database.db)).toBe(0);
  const result = await migrateDatabase(database);
  expect(result).toEqual({ applied: knownMigrations().length, level: knownMigrations().length });
  expect(await tables(database)).toEqual(
    expect.arrayContaining([
      'teachers',
      'classes',
      'students',
      'events',
      'exercise_locks',
      'rewrite_reviews',
    ]),
  );
});

test('migrating again changes nothing', async () => {
  const database = await emptyDatabase();
  await migrateDatabase(database);
  const before = await tables(database);
  expect(await migrateDatabase(database)).toEqual({ applied: 0, level: knownMigrations().length });
  expect(await tables(database)).toEqual(before);
});

test('two instances migrating one empty database at the same moment both come up', async () => {
  let first: Database;
  let second: Database;
  if (engine === 'postgres') {
    // Two pools, as two app instances would have, on one new empty database.
    const url = await createTestDatabase('template0');
    first = await openPostgres(url, { log: () => {} });
    second = await openPostgres(url, { log: () => {} });
    opened.push(first, second);
  } else {
    // PGlite is one process: two start-ups racing in it (a dev server's reloads).
    first = second = await emptyDatabase();
  }
  const results = await Promise.all([migrateDatabase(first), migrateDatabase(second)]);
  const level = knownMigrations().length;
  expect(results.map((r) => r.level)).toEqual([level, level]);
  expect(results.map((r) => r.applied).sort()).toEqual([0, level]);
  expect(await tables(second)).toContain('events');
});

/**
 * What the class tests share: a database of the engine the Jest project runs (PGlite or a real
 * PostgreSQL: the same test files run against both), the real lesson kit, and a classroom with
 * a clock the test sets.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Classroom, ClassLesson, LessonCatalog } from '../classroom';
import type { ClassConfig } from '../config';
import type { PGlite, QueryOptions, Transaction } from '@electric-sql/pglite';
import { openPglite, openPostgres, pgliteDatabase, type Database } from '../db/open-database';
import { TABLES_IN_ORDER } from '../db/schema';
import { copyIntoThisRealm } from './copy-into-realm';
import type { BorrowedPglite, SharedPglite } from './pglite-environment';
import { pgliteDump, testDir, TEST_PGLITE_SETTINGS } from './pglite-dumps';
import { TEMPLATE_DATABASE, withDatabase } from './postgres-server';

declare global {
  var CLASSROOM_ENGINE: 'pglite' | 'postgres' | undefined;
  /** Set by `pglite-environment.ts`. */
  var classroomSharedPglite: SharedPglite | undefined;
}

export const engine = globalThis.CLASSROOM_ENGINE ?? 'pglite';

export { PGLITE_DUMPS } from './pglite-dumps';

export interface TestDatabaseOptions {
  /** Migrated (the default) or empty. */
  readonly migrated?: boolean;
  /** Called with each statement sent (see `openPglite`). */
  readonly logQuery?: (query: string) => void;
}

/**
 * A PGlite database in memory, migrated unless asked otherwise: the Jest worker's own, emptied,
 * when the project runs in `pglite-environment.ts` and no other database of the file holds it;
 * otherwise one loaded from the run's dump.
 */
export async function openTestPglite(options: TestDatabaseOptions = {}): Promise<Database> {
  const borrowed =
    options.migrated === false ? null : await globalThis.classroomSharedPglite?.borrow();
  if (borrowed) return borrowedDatabase(borrowed, options);
  return openPglite({
    loadDataDir: pgliteDump(options.migrated === false ? 'empty' : 'migrated'),
    logQuery: options.logQuery,
    settings: TEST_PGLITE_SETTINGS,
  });
}

/**
 * The worker's PGlite as this file's database: emptied and its session reset, as a new one would
 * be; closing it stops the file's listeners and hands it back, open.
 */
async function borrowedDatabase(
  borrowed: BorrowedPglite,
  options: TestDatabaseOptions,
): Promise<Database> {
  const { client, toWorker } = borrowed;
  const stops = new Set<() => Promise<void>>();
  const inThisRealm = <T>(work: () => Promise<T>): Promise<T> =>
    work().then(copyIntoThisRealm, (error: unknown) => Promise.reject(copyIntoThisRealm(error)));
  const wrap = (on: Pick<PGlite, 'query' | 'exec'>) => ({
    query: (query: string, params?: unknown[], queryOptions?: QueryOptions) =>
      inThisRealm(() => on.query(query, params && toWorker(params), queryOptions)),
    exec: (query: string, queryOptions?: QueryOptions) =>
      inThisRealm(() => on.exec(query, queryOptions)),
  });
  const adapted = {
    ...wrap(client),
    transaction: <T>(work: (tx: Transaction) => Promise<T>) =>
      inThisRealm(() =>
        client.transaction((tx) => work(Object.assign(Object.create(tx) as Transaction, wrap(tx)))),
      ),
    async listen(channel: string, onPayload: (payload: string) => void) {
      const stop = await client.listen(channel, onPayload);
      stops.add(stop);
      return async () => {
        stops.delete(stop);
        await stop();
      };
    },
  } as unknown as PGlite;
  const database = pgliteDatabase(adapted, {
    logQuery: options.logQuery,
    where: 'PGlite in memory (the Jest worker’s)',
    async close() {
      try {
        await Promise.all([...stops].map((stop) => stop()));
      } finally {
        borrowed.giveBack();
      }
    },
  });
  // Advisory locks and settings belong to the session, which the previous file shared.
  await client.exec('reset all; select pg_advisory_unlock_all()');
  await emptyTables(database);
  return database;
}

/** A database for one test file, of the project's engine: migrated unless asked otherwise. */
export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const migrated = options.migrated ?? true;
  if (engine === 'pglite') return openTestPglite(options);
  return openPostgres(await createTestDatabase(migrated ? TEMPLATE_DATABASE : 'template0'), {
    log: () => {},
    logQuery: options.logQuery,
  });
}

/** A new database on the test server (from the migrated template, or empty); its URL. */
export async function createTestDatabase(template: string): Promise<string> {
  const adminUrl = process.env.CLASSROOM_TEST_POSTGRES_ADMIN_URL!;
  const name = `t_${randomUUID().replace(/-/g, '')}`;
  const admin = await openPostgres(adminUrl, { max: 1 });
  await admin.db.execute(sql.raw(`create database ${name} template ${template}`));
  await admin.close();
  return withDatabase(adminUrl, name);
}

/**
 * Empties every table between tests (faster than a new database) and restarts their identity
 * sequences (events' `seq`), so a test numbers its events as on a new database.
 */
export async function emptyTables(database: Database): Promise<void> {
  const names = Object.keys(TABLES_IN_ORDER).join(', ');
  await database.db.execute(sql.raw(`truncate ${names} restart identity cascade`));
}

let kit: ClassLesson[] | null = null;

/** The real lessons of the kit, as the app's lesson kit gives them. */
export function kitLessons(): ClassLesson[] {
  kit ??= JSON.parse(readFileSync(path.join(testDir(), 'kit.json'), 'utf8')) as ClassLesson[];
  return kit;
}

export function catalogOf(lessons: readonly ClassLesson[]): LessonCatalog {
  return { lesson: (slug) => lessons.find((l) => l.slug === slug), lessons: () => lessons };
}

export function testConfig(change: Partial<ClassConfig> = {}): ClassConfig {
  return {
    databaseUrl: null,
    dataDir: '/nonexistent',
    publicUrl: null,
    trustProxy: 0,
    timeZone: 'Europe/London',
    retentionDays: 30,
    ...change,
  };
}

export interface TestClassroom extends Classroom {
  /** Sets the clock every service reads. */
  setNow(now: Date | string): void;
  readonly logged: string[];
}

export function testClassroom(
  database: Database,
  options: { config?: Partial<ClassConfig>; lessons?: readonly ClassLesson[]; now?: string } = {},
): TestClassroom {
  let now = new Date(options.now ?? '2025-03-10T09:00:00Z');
  const logged: string[] = [];
  return {
    database,
    config: testConfig(options.config),
    lessons: catalogOf(options.lessons ?? kitLessons()),
    now: () => now,
    log: (line) => void logged.push(line),
    logged,
    setNow(next) {
      now = new Date(next);
    },
  };
}

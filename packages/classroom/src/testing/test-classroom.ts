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
import { openPglite, openPostgres, type Database } from '../db/open-database';
import { TABLES_IN_ORDER } from '../db/schema';
import { TEMPLATE_DATABASE, withDatabase } from './postgres-server';

declare global {
  var CLASSROOM_ENGINE: 'pglite' | 'postgres' | undefined;
}

export const engine = globalThis.CLASSROOM_ENGINE ?? 'pglite';

function testDir(): string {
  const dir = process.env.CLASSROOM_TEST_DIR;
  if (!dir)
    throw new Error(
      'The class tests run through Jest’s global setup: run them with npx jest in packages/classroom.',
    );
  return dir;
}

/** PGlite data folders made once per run by the global setup (loading one skips initdb). */
export const PGLITE_DUMPS = { empty: 'pglite-empty.tar', migrated: 'pglite-migrated.tar' };

export interface TestDatabaseOptions {
  /** Migrated (the default) or empty. */
  readonly migrated?: boolean;
  /** Called with each statement sent (see `openPglite`). */
  readonly logQuery?: (query: string) => void;
}

/** A PGlite database in memory, from the run's dump (migrated unless asked otherwise). */
export async function openTestPglite(options: TestDatabaseOptions = {}): Promise<Database> {
  const dump = readFileSync(
    path.join(testDir(), PGLITE_DUMPS[options.migrated === false ? 'empty' : 'migrated']),
  );
  return openPglite({
    loadDataDir: new Blob([dump]),
    logQuery: options.logQuery,
    // PostgreSQL's default 128 MB of shared buffers is zeroed at each start: 0.65 of the 1.9 s of
    // CPU an open takes. A test database holds a few hundred rows.
    settings: ['shared_buffers = 16MB'],
  });
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

/** Empties every table between tests (faster than a new database). */
export async function emptyTables(database: Database): Promise<void> {
  const names = Object.keys(TABLES_IN_ORDER).join(', ');
  await database.db.execute(sql.raw(`truncate ${names} cascade`));
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

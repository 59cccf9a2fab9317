/**
 * Opens the database the settings name (PGlite in the data folder, taking its lock, or
 * PostgreSQL) and migrates it: what the server does at start and the CLI for each command.
 */
import path from 'node:path';
import type { ClassConfig } from './config';
import { findRepoRoot } from './config';
import type { Classroom, LessonCatalog } from './classroom';
import { migrateDatabase } from './db/migrate';
import type { LockHolder } from './db/folder-lock';
import { openPglite, openPostgres, type Database } from './db/open-database';

export interface OpenOptions {
  readonly config: ClassConfig;
  readonly lessons: LessonCatalog;
  /** Who takes the data folder's lock (PGlite): the server with its port, or the CLI. */
  readonly holder: Pick<LockHolder, 'port' | 'purpose'>;
  readonly log?: (line: string) => void;
  /** Whether to migrate on opening (the default; `npm run class -- migrate` does it itself). */
  readonly migrate?: boolean;
}

export async function openDatabaseOf(
  config: ClassConfig,
  holder: Pick<LockHolder, 'port' | 'purpose'>,
  log: (line: string) => void,
): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, { log });
  return openPglite({ dataDir: config.dataDir, holder, shownAs: shownPath(config.dataDir) });
}

export async function openClassroom(options: OpenOptions): Promise<Classroom> {
  const log = options.log ?? ((line: string) => console.error(line));
  const database = await openDatabaseOf(options.config, options.holder, log);
  try {
    if (options.migrate !== false) await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw new Error(`the migration of ${database.where} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { database, config: options.config, lessons: options.lessons, now: () => new Date(), log };
}

/** The data folder as a person finds it: relative to the repository when inside it. */
export function shownPath(dir: string): string {
  try {
    const relative = path.relative(findRepoRoot(), dir);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir;
  } catch {
    return dir;
  }
}

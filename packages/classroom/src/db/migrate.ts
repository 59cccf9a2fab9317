/**
 * Brings the database up to the committed migrations (src/db/migrations, written by
 * `drizzle-kit generate`), forward only. Drizzle's migrator takes no lock, so this holds a
 * PostgreSQL advisory lock around it: several instances started at once against one empty
 * database queue up, the first migrates, the others find nothing left to do.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { findRepoRoot } from '../config';
import type { Database, Db } from './open-database';
import { rowsOf } from './rows';

/** The advisory lock key of the migrator (any fixed number; "sayswho1" in ASCII). */
const MIGRATION_LOCK = 0x7361797377686f31n;

export function migrationsFolder(repoRoot: string = findRepoRoot()): string {
  return path.join(repoRoot, 'packages/classroom/src/db/migrations');
}

/** The migrations the code knows, oldest first (`0000_first-tables`, …). */
export function knownMigrations(folder: string = migrationsFolder()): string[] {
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((e) => e.tag);
}

/** Migrates; returns how many migrations were applied now and how many the database has. */
export async function migrateDatabase(
  database: Database,
  folder: string = migrationsFolder(),
): Promise<{ applied: number; level: number }> {
  return database.withConnection(async (db) => {
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      const before = await migrationLevel(db);
      // Both migrators run the same dialect code; they differ only in the client type they accept.
      if (database.engine === 'pglite')
        await migratePglite(db as never, { migrationsFolder: folder });
      else await migrateNodePg(db as never, { migrationsFolder: folder });
      const level = await migrationLevel(db);
      return { applied: level - before, level };
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  });
}

/** How many migrations the database has applied (0 when it has never been migrated). */
export async function migrationLevel(db: Db): Promise<number> {
  const table = rowsOf<{ exists: boolean }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`),
  );
  if (!table[0]?.exists) return 0;
  const rows = rowsOf<{ n: number | string }>(
    await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
  );
  return Number(rows[0]?.n ?? 0);
}

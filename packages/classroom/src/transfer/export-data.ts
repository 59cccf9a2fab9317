/**
 * Export: JSON lines, the backup and the way from PGlite to PostgreSQL. A header (format,
 * version, migration level), then every row of every table, parents before children, then a
 * trailer with the row count (so a cut-off file is noticed on import). Read in one snapshot
 * (a repeatable-read transaction), so a class working meanwhile cannot tear it.
 *
 * Rate-limit windows are not exported: they are address hashes of the last minutes, of no use
 * after a move and not worth a place in a backup.
 */
import { knownMigrations, migrationLevel } from '../db/migrate';
import type { Db } from '../db/open-database';
import { classRows, readRows, useUtc } from '../db/queries/transfer';
import { TABLES_IN_ORDER } from '../db/schema';

export const EXPORT_FORMAT = 'sayswho-class-data';
export const EXPORT_VERSION = 1;

export interface ExportHeader {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  /** `all`: the whole server (importable); `class`: one class, for its teacher's records. */
  readonly scope: 'all' | 'class';
  /** How many migrations the database had: an import needs the same. */
  readonly migrations: number;
  readonly lastMigration: string | null;
  readonly exportedAt: string;
}

export const EXPORTED_TABLES = Object.keys(TABLES_IN_ORDER).filter((t) => t !== 'rate_limits');

/** Writes the export line by line (without newlines); returns the number of rows. */
export async function exportData(
  db: Db,
  write: (line: string) => void | Promise<void>,
  options: { classId?: string; now?: Date } = {},
): Promise<number> {
  return db.transaction(
    async (tx) => {
      await useUtc(tx);
      const level = await migrationLevel(tx);
      const scope = options.classId ? classRows(options.classId) : null;
      const header: ExportHeader = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        scope: scope ? 'class' : 'all',
        migrations: level,
        lastMigration: knownMigrations()[level - 1] ?? null,
        exportedAt: (options.now ?? new Date()).toISOString(),
      };
      await write(JSON.stringify(header));
      let rows = 0;
      for (const table of EXPORTED_TABLES) {
        if (scope && !scope[table]) continue;
        for await (const row of readRows(tx, table, scope?.[table])) {
          await write(JSON.stringify({ table, row }));
          rows++;
        }
      }
      await write(JSON.stringify({ end: true, rows }));
      return rows;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

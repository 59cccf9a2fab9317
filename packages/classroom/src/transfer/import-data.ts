/**
 * Import: reads an export into an empty database at the same migration level, all in one
 * transaction (a bad line anywhere imports nothing). Refuses a database that already holds class
 * data — merging two servers' classes is not something to do by accident.
 */
import { migrationLevel } from '../db/migrate';
import type { Db } from '../db/open-database';
import { continueSequences, countRows, insertRows } from '../db/queries/transfer';
import { ok, refuse, type Result } from '../result';
import { EXPORT_FORMAT, EXPORT_VERSION, EXPORTED_TABLES, type ExportHeader } from './export-data';

const BATCH = 500;

class ImportProblem extends Error {}

/** Imports the lines of an export; `rows` per table on success, the line and the problem otherwise. */
export async function importData(
  db: Db,
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<Result<{ rows: Record<string, number> }>> {
  for (const table of EXPORTED_TABLES) {
    const n = await countRows(db, table);
    if (n > 0)
      return refuse(
        'conflict',
        `This database already holds class data (${n} row${n === 1 ? '' : 's'} in ${table}): import into an empty one.`,
      );
  }
  try {
    const rows = await db.transaction((tx) => readInto(tx, lines));
    return ok({ rows });
  } catch (error) {
    if (error instanceof ImportProblem) return refuse('invalid', error.message);
    throw error;
  }
}

async function readInto(
  tx: Db,
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(EXPORTED_TABLES.map((t) => [t, 0]));
  let number = 0;
  let header: ExportHeader | null = null;
  let ended = false;
  let tableIndex = 0;
  let pending: Record<string, unknown>[] = [];
  const flush = async () => {
    await insertRows(tx, EXPORTED_TABLES[tableIndex]!, pending);
    pending = [];
  };
  const problem = (message: string) =>
    new ImportProblem(`line ${number}: ${message}; nothing was imported`);

  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    if (ended) throw problem('there is more after the last line of the export');
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw problem('not JSON');
    }
    if (!header) {
      header = checkHeader(parsed, await migrationLevel(tx), problem);
      continue;
    }
    if (parsed.end === true) {
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      if (parsed.rows !== total)
        throw problem(`the export says ${String(parsed.rows)} rows, the file has ${total}`);
      ended = true;
      continue;
    }
    const table = parsed.table;
    const index = EXPORTED_TABLES.indexOf(table as string);
    if (index === -1 || typeof parsed.row !== 'object' || parsed.row === null)
      throw problem(`not a row of a known table`);
    // Rows come parents first; a table that comes back later would break the foreign keys.
    if (index < tableIndex)
      throw problem(`a row of ${String(table)} after rows of ${EXPORTED_TABLES[tableIndex]}`);
    if (index > tableIndex) {
      await flush();
      tableIndex = index;
    }
    pending.push(parsed.row as Record<string, unknown>);
    counts[table as string]!++;
    if (pending.length >= BATCH) await flush();
  }
  if (!header) throw new ImportProblem('the file is empty; nothing was imported');
  if (!ended)
    throw new ImportProblem(
      'the file ends before the export does (it was cut off); nothing was imported',
    );
  await flush();
  await continueSequences(tx);
  return counts;
}

function checkHeader(
  parsed: Record<string, unknown>,
  level: number,
  problem: (message: string) => ImportProblem,
): ExportHeader {
  if (parsed.format !== EXPORT_FORMAT)
    throw problem('this is not an export of Says Who class data');
  if (parsed.version !== EXPORT_VERSION)
    throw problem(
      `the export is in format ${String(parsed.version)}; this version of Says Who reads ${EXPORT_VERSION}`,
    );
  if (parsed.scope !== 'all')
    throw problem(
      'this is the export of one class, a record for its teacher; import takes a whole export (npm run class -- export FILE)',
    );
  if (parsed.migrations !== level)
    throw problem(
      `the export was made at migration level ${String(parsed.migrations)} and this database is at ${level}: ` +
        'import it with the version of Says Who that made it, then start this version (it migrates) and export again',
    );
  return parsed as unknown as ExportHeader;
}

/**
 * What the server holds after a load run, counted from the class data export (`npm run class --
 * export`: every row of every table, read in one snapshot), against the events the simulated
 * devices made. The export is what a school would move or restore, so an event missing from it
 * is lost whatever the server answered.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './bench-paths';

export interface EventCount {
  /** Events the devices made. */
  readonly made: number;
  /** Of those, how many the server holds. */
  readonly held: number;
  /** Made and not held (the budget: 0). */
  readonly lost: number;
  /** Rows beyond one per event id (the budget: 0). */
  readonly duplicates: number;
  /** Event rows no device of the run made (0 on a fresh database). */
  readonly strangers: number;
  /**
   * Events the server answered `recorded` or `duplicate` that the export lacks: a device drops an
   * event once told so, so any here is work lost for good (the budget: 0).
   */
  readonly acknowledgedMissing: number;
}

export function countEvents(
  made: readonly string[],
  exportLines: readonly string[],
  acknowledged: readonly string[] = [],
): EventCount {
  const rows: string[] = [];
  for (const line of exportLines) {
    if (!line.trim()) continue;
    const parsed = JSON.parse(line) as { table?: string; row?: { id?: string } };
    if (parsed.table === 'events' && parsed.row?.id) rows.push(parsed.row.id);
  }
  const heldIds = new Set(rows);
  const madeIds = new Set(made);
  const held = made.filter((id) => heldIds.has(id)).length;
  return {
    made: made.length,
    held,
    lost: made.length - held,
    duplicates: rows.length - heldIds.size,
    strangers: [...heldIds].filter((id) => !madeIds.has(id)).length,
    acknowledgedMissing: new Set(acknowledged.filter((id) => !heldIds.has(id))).size,
  };
}

/**
 * The export's lines, through the CLI a school uses: with `SAYSWHO_DATA_DIR` it asks the running
 * PGlite server (which holds the folder); with `DATABASE_URL` it reads the database itself.
 */
export function exportClassData(env: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sayswho-bench-export-'));
  try {
    const file = join(dir, 'export.jsonl');
    const run = spawnSync('npm', ['run', 'class', '--', 'export', file], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    if (run.status !== 0)
      throw new Error(
        `npm run class -- export failed (${run.status}): ${run.stderr || run.stdout}`,
      );
    return readFileSync(file, 'utf8').split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

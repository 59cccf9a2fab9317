/** The run's PGlite data folder dumps, made by the global setup (loading one skips initdb). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const PGLITE_DUMPS = { empty: 'pglite-empty.tar', migrated: 'pglite-migrated.tar' };

/**
 * PostgreSQL's default 128 MB of shared buffers is zeroed at each start: 0.65 of the 1.9 s of CPU
 * an open takes. A test database holds a few hundred rows. Started from a dump, PostgreSQL arms
 * its startup-progress timer (a Node timeout in PGlite) and never disarms it: the Jest worker's
 * PGlite, never closed, would keep the process from exiting.
 */
export const TEST_PGLITE_SETTINGS = [
  'shared_buffers = 16MB',
  'log_startup_progress_interval = 0',
] as const;

/** The folder the global setup prepared for this run. */
export function testDir(): string {
  const dir = process.env.CLASSROOM_TEST_DIR;
  if (!dir)
    throw new Error(
      'The class tests run through Jest’s global setup: run them with npx jest in packages/classroom.',
    );
  return dir;
}

/** A dump, as PGlite's `loadDataDir` takes it. */
export function pgliteDump(which: keyof typeof PGLITE_DUMPS): Blob {
  return new Blob([readFileSync(path.join(testDir(), PGLITE_DUMPS[which]))]);
}

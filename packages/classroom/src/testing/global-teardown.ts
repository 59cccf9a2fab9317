/**
 * Jest global teardown: closes the worker's PGlite (when Jest ran the files itself), stops the
 * throwaway PostgreSQL server and removes the run's files.
 */
import { rmSync } from 'node:fs';
import { closeWorkerPglite } from './pglite-environment';

export default async function globalTeardown() {
  await closeWorkerPglite();
  globalThis.classroomTestPostgres?.stop();
  globalThis.classroomTestPostgres = undefined;
  if (process.env.CLASSROOM_TEST_DIR)
    rmSync(process.env.CLASSROOM_TEST_DIR, { recursive: true, force: true });
}

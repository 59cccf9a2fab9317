/** Jest global teardown: stops the throwaway PostgreSQL server and removes the run's files. */
import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  globalThis.classroomTestPostgres?.stop();
  globalThis.classroomTestPostgres = undefined;
  if (process.env.CLASSROOM_TEST_DIR)
    rmSync(process.env.CLASSROOM_TEST_DIR, { recursive: true, force: true });
}

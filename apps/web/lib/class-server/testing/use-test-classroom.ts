/**
 * For a test file of class route handlers: a test classroom that `currentClassroom()` serves to
 * the handlers for the whole file, emptied after each test. Call at the top of a `describe`.
 */
import {
  emptyTables,
  serveTestClassroom,
  type RunningTestClassroom,
  type ServedTestClassroom,
} from '@sayswho/classroom/testing';
import type { ClassConfig } from '@sayswho/classroom';

export function useTestClassroom(
  options: { config?: Partial<ClassConfig>; now?: string } = {},
): () => RunningTestClassroom {
  let served: ServedTestClassroom | null = null;
  beforeAll(async () => {
    served = await serveTestClassroom(options);
  });
  afterEach(async () => {
    if (served) await emptyTables(served.classroom.database);
  });
  afterAll(async () => {
    await served?.stop();
  });
  return () => {
    if (!served) throw new Error('The test classroom is not open yet: use it inside a test.');
    return served.classroom;
  };
}

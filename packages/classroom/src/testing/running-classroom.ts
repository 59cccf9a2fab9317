/**
 * A classroom the app's route handlers find through `currentClassroom()`, for their tests: a test
 * database of the project's engine, the kit's lessons, a clock the test sets, and the live channel.
 */
import type { ClassConfig } from '../config';
import { openLiveChannel } from '../live';
import { serveClassroomForTests, type RunningClassroom } from '../server';
import { openTestDatabase, testClassroom, type TestClassroom } from './test-classroom';

export type RunningTestClassroom = TestClassroom & RunningClassroom;

export interface ServedTestClassroom {
  readonly classroom: RunningTestClassroom;
  /** Stops serving it, and closes the live channel and the database. */
  stop(): Promise<void>;
}

export async function serveTestClassroom(
  options: { config?: Partial<ClassConfig>; now?: string } = {},
): Promise<ServedTestClassroom> {
  const database = await openTestDatabase();
  const base = testClassroom(database, options);
  const live = await openLiveChannel(database, base.log);
  const classroom: RunningTestClassroom = { ...base, live };
  const undo = serveClassroomForTests(classroom);
  return {
    classroom,
    async stop() {
      undo();
      await live.close();
      await database.close();
    },
  };
}

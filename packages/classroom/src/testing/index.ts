/**
 * `@sayswho/classroom/testing`: what the app's route-handler tests share with this package's own
 * tests. Their Jest project must use this package's global setup (`global-setup-pglite.ts`), which
 * prepares the lesson kit and a migrated database once per run. The bench's class load run uses
 * the throwaway PostgreSQL server (`startTestPostgres`) too.
 */
export { serveTestClassroom } from './running-classroom';
export type { RunningTestClassroom, ServedTestClassroom } from './running-classroom';
export { emptyTables, kitLessons } from './test-classroom';
export { startTestPostgres } from './postgres-server';
export type { TestPostgres } from './postgres-server';
export { fillBigClass, anAnswer, BIG_CLASS_LESSONS } from './big-class';
export type { BigClass, BigClassStudent } from './big-class';
export { value, aTeacher, aClass, aStudent, anEvent, exerciseOf, batch } from './fixtures';
export type { JoinedStudent } from './fixtures';

/**
 * `@sayswho/classroom`: the class server's data and rules. Route handlers call `currentClassroom()`,
 * then `access` (who is asking), then one service; every service answers a typed value or a typed
 * refusal (`Result`), never throws for bad input or a database that is down. The README lists the
 * whole API. Server side only: no React, no Next.
 */

// Start-up and the running instance
export { startClassroom, currentClassroom, stopClassroom, isFatal } from './server';
export type { RunningClassroom, StartOptions } from './server';
export type { RenderAhead } from './services/warm-up';
export type { Classroom, ClassLesson, LessonCatalog } from './classroom';
export { readConfig, ConfigError, SETTINGS } from './config';
export type { ClassConfig } from './config';
export { FolderInUseError } from './db/folder-lock';

// Results
export type { Result, Refusal, RefusalCode } from './result';
export { ok, refuse } from './result';

// Who is asking
export {
  teacherFromSession,
  studentFromDevice,
  teachersClass,
  bearerToken,
  SESSION_DAYS,
} from './access';
export type { Teacher, Student } from './access';
export { isSameOrigin, clientAddress } from './request-origin';

// Services
export {
  addTeacher,
  issueSignInLink,
  listTeachers,
  removeTeacher,
  signIn,
  signOut,
} from './services/teachers';
export type { SignInLink, TeacherSummary } from './services/teachers';
export {
  createClass,
  listClasses,
  getClass,
  setEndDate,
  rotateJoinCode,
  deleteClass,
  exportClass,
  joinLink,
  endDateRange,
  MAX_CLASS_NAME_LENGTH,
  MAX_LESSONS_PER_CLASS,
} from './services/teacher-classes';
export type { ClassView, ClassSummary, NewClass } from './services/teacher-classes';
export { joinClass, rejoinClass, MAX_NAME_LENGTH } from './services/join';
export type { Joined, JoinInput, RejoinInput } from './services/join';
export { JOIN_RULES } from './services/rate-limits';
export { getRoster, renameStudent, mergeStudents, removeStudent } from './services/roster';
export type { RosterStudent } from './services/roster';
export { recordEvents } from './services/sync';
export { classResults, studentWork } from './services/class-results';
export type {
  ClassResults,
  StudentResults,
  StudentExerciseResult,
  ExerciseResults,
  ExerciseView,
  RewriteEntry,
  StudentWork,
  StudentExerciseWork,
} from './services/class-results';
export { exportResultsCsv, exportXapi } from './services/result-exports';
export type { ClassEventResult, SyncResponse } from './services/sync';
export { exerciseKeyForStudent, automaticHintsForStudent } from './services/keys';
export type { ExerciseRef } from './services/class-exercise';
export { exerciseLocks, lockExercise, unlockExercise } from './services/locks';
export { reviewRewrite, MAX_COMMENT_LENGTH } from './services/reviews';
export type { ReviewInput, ReviewVerdict } from './services/reviews';
export { studentState } from './services/student-state';
export type { StudentState } from './services/student-state';
export { deleteExpiredClasses } from './services/retention';
export type { RetentionRun } from './services/retention';
export { runAdminRequest } from './services/admin';
export type { AdminRequest, AdminReply } from './services/admin';

// Events and the live channel
export type {
  StudentJudgement,
  StudentSpotResult,
  StudentSpotItem,
  StudentSpotExtra,
  MissedItem,
} from './events/student-judgement';
export { concernsStudent, LIVE_CHANNEL } from './live';
export type { LiveChannel, LiveMessage, LiveListener } from './live';

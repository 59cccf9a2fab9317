/**
 * The class server's tables (Drizzle `pg-core`): the same schema on PGlite and PostgreSQL.
 * `drizzle-kit generate` turns a change here into the next SQL migration (see the README).
 *
 * Every row of a class hangs off the class with ON DELETE CASCADE, so deleting a class (by its
 * teacher, or by retention) leaves nothing of it behind. Secrets (sign-in links, sessions,
 * device tokens) are stored as SHA-256 hashes only.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  type AnyPgColumn,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { StoredAnswer } from '@sayswho/core/quiz';
import type { AnswerJudgement } from '@sayswho/lessons/score-answer';

const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** The row belongs to the parent row: deleting the parent deletes it (so nothing is left behind). */
const belongsTo = (name: string, parent: () => AnyPgColumn) =>
  uuid(name).notNull().references(parent, { onDelete: 'cascade' });

export const teachers = pgTable('teachers', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  createdAt: createdAt(),
});

/** A teacher's secret, stored as its hash, that runs out. */
const teacherTokens = (name: string) =>
  pgTable(
    name,
    {
      tokenHash: text('token_hash').primaryKey(),
      teacherId: belongsTo('teacher_id', () => teachers.id),
      expiresAt: instant('expires_at').notNull(),
      createdAt: createdAt(),
    },
    (t) => [index(`${name}_teacher`).on(t.teacherId)],
  );

/** Single-use sign-in links, printed by the CLI. */
export const teacherSignInTokens = teacherTokens('teacher_sign_in_tokens');

/** Teachers' browser sessions (the cookie holds the token; 30 days, extended as it is used). */
export const teacherSessions = teacherTokens('teacher_sessions');

export const classes = pgTable(
  'classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teacherId: belongsTo('teacher_id', () => teachers.id),
    name: text('name').notNull(),
    joinCode: text('join_code').notNull().unique(),
    /** Lesson slugs, in the order the teacher chose. */
    lessons: text('lessons').array().notNull(),
    /** The last day of the class, in the school's time zone. */
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('classes_teacher').on(t.teacherId)],
);

export const students = pgTable(
  'students',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: belongsTo('class_id', () => classes.id),
    /** A first name or nickname; two students may share one (join order tells them apart). */
    displayName: text('display_name').notNull(),
    /** 1 for the first student to join the class, then 2, 3…; never reused. */
    joinOrder: integer('join_order').notNull(),
    /** What the teacher shows a student joining again from another device; changes when used. */
    rejoinCode: text('rejoin_code').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('students_join_order').on(t.classId, t.joinOrder),
    unique('students_rejoin_code').on(t.classId, t.rejoinCode),
  ],
);

/** One row per device a student uses; the device keeps the token, the server its hash. */
export const studentDevices = pgTable(
  'student_devices',
  {
    tokenHash: text('token_hash').primaryKey(),
    studentId: belongsTo('student_id', () => students.id),
    createdAt: createdAt(),
  },
  (t) => [index('student_devices_student').on(t.studentId)],
);

/**
 * Devices of students the teacher removed, so such a device is told "you were removed" (and
 * leaves the class, keeping its work) rather than "unknown device". Deleted with the class.
 */
export const removedDevices = pgTable(
  'removed_devices',
  {
    tokenHash: text('token_hash').primaryKey(),
    classId: belongsTo('class_id', () => classes.id),
    removedAt: instant('removed_at').notNull().defaultNow(),
  },
  (t) => [index('removed_devices_class').on(t.classId)],
);

export const EVENT_KINDS = ['answer', 'check', 'hint', 'show-answer'] as const;

/** What students did, append-only: the id is made on the device, so a retry is recorded once. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey(),
    /** The order the server received events in, across instances (one sequence for all). */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    classId: belongsTo('class_id', () => classes.id),
    studentId: belongsTo('student_id', () => students.id),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    lessonSlug: text('lesson_slug').notNull(),
    /** The version of the lesson the student worked on. */
    lessonFingerprint: text('lesson_fingerprint').notNull(),
    exerciseId: text('exercise_id').notNull(),
    formatVersion: smallint('format_version').notNull(),
    answer: jsonb('answer').$type<StoredAnswer>(),
    /** The device's clock when the student acted. */
    deviceAt: instant('device_at').notNull(),
    receivedAt: instant('received_at').notNull().defaultNow(),
    /** For a Check scored against the current key: the server's score (0–1). */
    score: doublePrecision('score'),
    /** For a Check: the server's judgement in full (the student gets a view without the answers). */
    judgement: jsonb('judgement').$type<AnswerJudgement>(),
    /** A Check received while its exercise was locked. */
    late: boolean('late').notNull().default(false),
    /** Work done on the device before the student joined, brought in at join. */
    imported: boolean('imported').notNull().default(false),
  },
  (t) => [
    index('events_class_seq').on(t.classId, t.seq),
    index('events_student_exercise').on(t.studentId, t.lessonSlug, t.exerciseId),
    check('events_kind', sql`${t.kind} in ('answer', 'check', 'hint', 'show-answer')`),
  ],
);

/** Exercises a teacher locked: students can look but not Check. */
export const exerciseLocks = pgTable(
  'exercise_locks',
  {
    classId: belongsTo('class_id', () => classes.id),
    lessonSlug: text('lesson_slug').notNull(),
    exerciseId: text('exercise_id').notNull(),
    lockedAt: instant('locked_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.classId, t.lessonSlug, t.exerciseId] })],
);

export const REVIEW_VERDICTS = ['fair', 'try-again'] as const;

/** A teacher's verdict and comment on one rewrite (a Check event of a Rewrite exercise). */
export const rewriteReviews = pgTable(
  'rewrite_reviews',
  {
    eventId: uuid('event_id')
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    verdict: text('verdict', { enum: REVIEW_VERDICTS }).notNull(),
    comment: text('comment').notNull().default(''),
    reviewedAt: instant('reviewed_at').notNull().defaultNow(),
  },
  (t) => [check('rewrite_reviews_verdict', sql`${t.verdict} in ('fair', 'try-again')`)],
);

/**
 * Counters of join attempts per window, shared by every app instance. A bucket names a class or
 * holds a hash of a client address salted with its window; rows are deleted once their window
 * has passed, so no address outlives it.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text('bucket').notNull(),
    windowStart: instant('window_start').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.windowStart] }),
    index('rate_limits_window').on(t.windowStart),
  ],
);

/** Every table, parents before children: the order export writes and import reads. */
export const TABLES_IN_ORDER = {
  teachers,
  teacher_sign_in_tokens: teacherSignInTokens,
  teacher_sessions: teacherSessions,
  classes,
  students,
  student_devices: studentDevices,
  removed_devices: removedDevices,
  events,
  exercise_locks: exerciseLocks,
  rewrite_reviews: rewriteReviews,
  rate_limits: rateLimits,
} as const;

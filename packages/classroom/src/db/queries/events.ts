/** Students' events: appended, never changed, except that a merge gives them to another student. */
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { AnswerJudgement } from '@sayswho/lessons/score-answer';
import type { Db } from '../open-database';
import { events } from '../schema';

export type EventRow = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;

/**
 * Appends a batch in one statement, in the order given; returns the ids written. An id missing
 * from the answer existed already (a retry, or another request's just now).
 */
export async function insertEvents(
  tx: Db,
  rows: readonly NewEvent[],
): Promise<ReadonlySet<string>> {
  if (rows.length === 0) return new Set();
  // Received at the database's clock (one for every instance), numbered by its sequence.
  const written = await tx
    .insert(events)
    .values([...rows])
    .onConflictDoNothing()
    .returning({ id: events.id });
  return new Set(written.map((r) => r.id));
}

export async function eventsByIds(db: Db, ids: readonly string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(events)
    .where(inArray(events.id, [...ids]));
}

export async function eventById(db: Db, id: string): Promise<EventRow | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row ?? null;
}

interface ExerciseOfStudent {
  readonly studentId: string;
  readonly lessonSlug: string;
  readonly exerciseId: string;
}

type CheckOf = ExerciseOfStudent & { fingerprint: string };

/** A Check that was a real attempt: its answer passed validation (it counts against the limit). */
export const realAttempt = () =>
  and(eq(events.kind, 'check'), sql`(${events.judgement} ->> 'ok') = 'true'`);

/** The real attempts against one version of the lesson. */
function realChecks(of: CheckOf) {
  return and(
    eq(events.studentId, of.studentId),
    eq(events.lessonSlug, of.lessonSlug),
    eq(events.exerciseId, of.exerciseId),
    eq(events.lessonFingerprint, of.fingerprint),
    realAttempt(),
  );
}

/** The judgements of the real attempts, oldest first. */
export async function attemptJudgements(db: Db, of: CheckOf): Promise<AnswerJudgement[]> {
  const rows = await db
    .select({ judgement: events.judgement })
    .from(events)
    .where(realChecks(of))
    .orderBy(asc(events.seq));
  return rows.flatMap((r) => (r.judgement ? [r.judgement] : []));
}

export async function countHints(db: Db, of: ExerciseOfStudent): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(events)
    .where(
      and(
        eq(events.studentId, of.studentId),
        eq(events.lessonSlug, of.lessonSlug),
        eq(events.exerciseId, of.exerciseId),
        eq(events.kind, 'hint'),
      ),
    );
  return row?.n ?? 0;
}

/** A merge: every event of one student becomes the other's. */
export async function moveEvents(
  db: Db,
  fromStudentId: string,
  toStudentId: string,
): Promise<void> {
  await db
    .update(events)
    .set({ studentId: toStudentId })
    .where(eq(events.studentId, fromStudentId));
}

/** A class's events in the order the server received them (for the teacher's views). */
export async function eventsOfClass(db: Db, classId: string): Promise<EventRow[]> {
  return db.select().from(events).where(eq(events.classId, classId)).orderBy(asc(events.seq));
}

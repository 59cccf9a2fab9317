/**
 * What the teacher's results are computed from: a class's events without their stored
 * judgements (a Spot judgement is kilobytes; the results need only a few of its fields), and
 * the reviews of its rewrites.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open-database';
import { events, rewriteReviews } from '../schema';

/** A class's events in the order the server received them, with what the results read of each judgement. */
export async function resultEventsOfClass(db: Db, classId: string) {
  return db
    .select({
      id: events.id,
      studentId: events.studentId,
      kind: events.kind,
      lessonSlug: events.lessonSlug,
      exerciseId: events.exerciseId,
      answer: events.answer,
      deviceAt: events.deviceAt,
      receivedAt: events.receivedAt,
      score: events.score,
      /** A Check that was a real attempt against the current key. */
      counted: sql<boolean>`coalesce((${events.judgement} ->> 'ok') = 'true', false)`,
      /** A rewrite's automatic verdict. */
      verdict: sql<string | null>`${events.judgement} -> 'result' ->> 'verdict'`,
      /** A rewrite Check that finishes the exercise (it is ready for the teacher). */
      completed: sql<boolean>`coalesce((${events.judgement} ->> 'completed') = 'true', false)`,
    })
    .from(events)
    .where(eq(events.classId, classId))
    .orderBy(asc(events.seq));
}

export type ResultEventRow = Awaited<ReturnType<typeof resultEventsOfClass>>[number];

export async function reviewsOfClass(db: Db, classId: string) {
  return db
    .select({
      eventId: rewriteReviews.eventId,
      verdict: rewriteReviews.verdict,
      comment: rewriteReviews.comment,
      reviewedAt: rewriteReviews.reviewedAt,
    })
    .from(rewriteReviews)
    .innerJoin(events, eq(events.id, rewriteReviews.eventId))
    .where(eq(events.classId, classId));
}

export type ClassReviewRow = Awaited<ReturnType<typeof reviewsOfClass>>[number];

/**
 * What the teacher's results are computed from: a class's events without their stored
 * judgements (a Spot judgement is kilobytes; the results need only a few of its fields), and
 * the reviews of its rewrites.
 */
import { eq, sql } from 'drizzle-orm';
import type { StoredAnswer } from '@sayswho/core/quiz';
import type { Db } from '../open-database';
import { rowsOf } from '../rows';
import { events, rewriteReviews, type EVENT_KINDS } from '../schema';

export interface ResultEventRow {
  readonly id: string;
  readonly studentId: string;
  readonly kind: (typeof EVENT_KINDS)[number];
  readonly lessonSlug: string;
  readonly exerciseId: string;
  readonly answer: StoredAnswer | null;
  /** The device's clock when the student acted. */
  readonly deviceAt: Date;
  /** The server's clock when it received the event. */
  readonly receivedAt: Date;
  readonly score: number | null;
  /** A Check that was a real attempt against the current key. */
  readonly counted: boolean;
  /** A rewrite Check's automatic verdict. */
  readonly verdict: string | null;
  /** A rewrite Check that finishes the exercise (it is ready for the teacher). */
  readonly completed: boolean;
}

/** As the JSON holds it: the times as ISO text. */
type EventJson = Omit<ResultEventRow, 'deviceAt' | 'receivedAt'> & {
  deviceAt: string;
  receivedAt: string;
};

/** A class's events after a cursor, and where the class's events stand as one snapshot saw them. */
export interface EventsSince {
  /** The events with a `seq` after the cursor, in the order the server received them. */
  readonly rows: ResultEventRow[];
  /** How many events the class has in all, and the last one's `seq` (0 when none). */
  readonly total: number;
  readonly lastSeq: number;
}

/**
 * A class's events received after `afterSeq` (0: all of them), with the class's event count and
 * last `seq` from the same statement, so the same snapshot: a caller holding the earlier events
 * can tell whether they and these add up to the class's events. The events are read as one JSON
 * array: PGlite hands each field of each row over from WebAssembly one at a time, and for 9,000
 * events the rows took 237–272 ms against 179–208 ms for one text for `JSON.parse`
 * (scripts/measure-class-results.ts, 2 shared cores).
 */
export async function resultEventsSince(
  db: Db,
  classId: string,
  afterSeq: number,
): Promise<EventsSince> {
  const isCheck = sql`${events.kind} = 'check'`;
  const [row] = rowsOf<{ events: string | null; total: number; last_seq: number | string | null }>(
    await db.execute(sql`
      select
        (select json_agg(json_build_object(
          'id', ${events.id},
          'studentId', ${events.studentId},
          'kind', ${events.kind},
          'lessonSlug', ${events.lessonSlug},
          'exerciseId', ${events.exerciseId},
          'answer', ${events.answer},
          'deviceAt', ${events.deviceAt},
          'receivedAt', ${events.receivedAt},
          'score', ${events.score},
          'counted', ${isCheck} and coalesce((${events.judgement} ->> 'ok') = 'true', false),
          'verdict', case when ${isCheck} then ${events.judgement} -> 'result' ->> 'verdict' end,
          'completed', ${isCheck} and coalesce((${events.judgement} ->> 'completed') = 'true', false)
        ) order by ${events.seq})::text
        from ${events}
        where ${events.classId} = ${classId} and ${events.seq} > ${afterSeq}) as events,
        (select count(*)::int from ${events} where ${events.classId} = ${classId}) as total,
        (select max(${events.seq}) from ${events} where ${events.classId} = ${classId}) as last_seq
    `),
  );
  const parsed = JSON.parse(row?.events ?? '[]') as EventJson[];
  return {
    rows: parsed.map((e) => ({
      ...e,
      deviceAt: new Date(e.deviceAt),
      receivedAt: new Date(e.receivedAt),
    })),
    total: Number(row?.total ?? 0),
    // node-postgres hands a bigint over as text.
    lastSeq: Number(row?.last_seq ?? 0),
  };
}

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

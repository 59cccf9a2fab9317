/** Teachers' verdicts and comments on rewrites. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../open-database';
import { events, rewriteReviews } from '../schema';

export type ReviewRow = typeof rewriteReviews.$inferSelect;

/** A second review of the same rewrite replaces the first. */
export async function upsertReview(
  db: Db,
  review: Omit<ReviewRow, 'reviewedAt'> & { reviewedAt: Date },
): Promise<void> {
  await db
    .insert(rewriteReviews)
    .values(review)
    .onConflictDoUpdate({
      target: rewriteReviews.eventId,
      set: { verdict: review.verdict, comment: review.comment, reviewedAt: review.reviewedAt },
    });
}

/** The reviews of one student's rewrites, oldest first. */
export async function reviewsOfStudent(db: Db, studentId: string) {
  return db
    .select({
      eventId: rewriteReviews.eventId,
      lessonSlug: events.lessonSlug,
      exerciseId: events.exerciseId,
      verdict: rewriteReviews.verdict,
      comment: rewriteReviews.comment,
      reviewedAt: rewriteReviews.reviewedAt,
    })
    .from(rewriteReviews)
    .innerJoin(events, eq(events.id, rewriteReviews.eventId))
    .where(eq(events.studentId, studentId))
    .orderBy(asc(rewriteReviews.reviewedAt));
}

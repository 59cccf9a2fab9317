/**
 * A teacher's verdict and comment on a student's rewrite (the dashboard's part; the channel back
 * to the student is here): stored against the rewrite's Check event, sent to the student's device.
 */
import { isUuid, teachersClass, type Teacher } from '../access';
import type { Classroom } from '../classroom';
import { eventById } from '../db/queries/events';
import { upsertReview } from '../db/queries/reviews';
import { REVIEW_VERDICTS } from '../db/schema';
import { publish } from '../live';
import { ok, refuse, type Result } from '../result';
import { guarded } from './guard';

export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];
export const MAX_COMMENT_LENGTH = 1000;

export interface ReviewInput {
  readonly classId: string;
  /** The id of the rewrite's Check event. */
  readonly eventId: string;
  /** `fair`: a fair, plain version; `try-again`: the student should have another go. */
  readonly verdict: ReviewVerdict;
  readonly comment: string;
}

export const reviewRewrite = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    input: ReviewInput,
  ): Promise<Result<{ eventId: string }>> => {
    const found = await teachersClass(classroom, teacher, input.classId);
    if (!found.ok) return found;
    if (!REVIEW_VERDICTS.includes(input.verdict))
      return refuse('invalid', `The verdict must be one of: ${REVIEW_VERDICTS.join(', ')}.`);
    const comment = typeof input.comment === 'string' ? input.comment.trim() : '';
    if ([...comment].length > MAX_COMMENT_LENGTH)
      return refuse('invalid', `The comment is longer than ${MAX_COMMENT_LENGTH} characters.`);
    return classroom.database.db.transaction(async (tx) => {
      const event = isUuid(input.eventId) ? await eventById(tx, input.eventId) : null;
      if (
        !event ||
        event.classId !== input.classId ||
        event.kind !== 'check' ||
        event.answer?.type !== 'rewrite'
      )
        return refuse('not-found', 'There is no such rewrite in this class.');
      await upsertReview(tx, {
        eventId: event.id,
        verdict: input.verdict,
        comment,
        reviewedAt: classroom.now(),
      });
      await publish(tx, {
        kind: 'reviewed',
        classId: input.classId,
        studentId: event.studentId,
        eventId: event.id,
      });
      return ok({ eventId: event.id });
    });
  },
);

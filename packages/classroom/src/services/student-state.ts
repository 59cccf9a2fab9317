/**
 * What a student's device is told about itself (on sync and on each live message): the
 * student's name, the class, the locked exercises and the teacher's reviews of their rewrites.
 * Never anything of another student. A device whose student was merged finds another id here;
 * one whose student was removed is refused (`removed`) by `studentFromDevice`.
 */
import type { Student } from '../access';
import { UNKNOWN_DEVICE } from '../access';
import type { Classroom } from '../classroom';
import { classById } from '../db/queries/classes';
import { locksOfClass } from '../db/queries/locks';
import { reviewsOfStudent } from '../db/queries/reviews';
import { ok, refuse, type Result } from '../result';
import { guarded } from './guard';
import type { ReviewVerdict } from './reviews';
import { lessonsOf } from './teacher-classes';

export interface StudentState {
  readonly student: { readonly id: string; readonly name: string };
  readonly class: {
    readonly id: string;
    readonly name: string;
    readonly lessons: readonly { readonly slug: string; readonly title: string }[];
    readonly endsOn: string;
  };
  readonly locks: readonly {
    readonly lessonSlug: string;
    readonly exerciseId: string;
    readonly lockedAt: Date;
  }[];
  readonly reviews: readonly {
    readonly eventId: string;
    readonly lessonSlug: string;
    readonly exerciseId: string;
    readonly verdict: ReviewVerdict;
    readonly comment: string;
    readonly reviewedAt: Date;
  }[];
}

export const studentState = guarded(
  async (classroom: Classroom, student: Student): Promise<Result<StudentState>> => {
    const { db } = classroom.database;
    const klass = await classById(db, student.classId);
    if (!klass) return refuse('unknown-device', UNKNOWN_DEVICE);
    return ok({
      student: { id: student.id, name: student.name },
      class: {
        id: klass.id,
        name: klass.name,
        lessons: lessonsOf(classroom, klass.lessons),
        endsOn: klass.endsOn,
      },
      locks: await locksOfClass(db, klass.id),
      reviews: await reviewsOfStudent(db, student.id),
    });
  },
);

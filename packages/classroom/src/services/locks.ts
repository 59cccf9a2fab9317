/**
 * A teacher locks an exercise (students can look but not Check) and unlocks it. A Check the
 * server receives while the lock holds is still recorded, flagged late (see sync.ts).
 */
import { teachersClass, type Teacher } from '../access';
import type { Classroom } from '../classroom';
import { deleteLock, insertLock, locksOfClass } from '../db/queries/locks';
import { publish } from '../live';
import { ok, type Result } from '../result';
import { classExercise, type ExerciseRef } from './class-exercise';
import { guarded } from './guard';

export const lockExercise = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    classId: string,
    ref: ExerciseRef,
  ): Promise<Result<{ locked: true }>> => setLock(classroom, teacher, classId, ref, true),
);

export const unlockExercise = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    classId: string,
    ref: ExerciseRef,
  ): Promise<Result<{ locked: false }>> => setLock(classroom, teacher, classId, ref, false),
);

/** The class's locked exercises, for its teacher's pages (oldest lock first). */
export const exerciseLocks = guarded(
  async (
    classroom: Classroom,
    teacher: Teacher,
    classId: string,
  ): Promise<Result<ExerciseRef[]>> => {
    const found = await teachersClass(classroom, teacher, classId);
    if (!found.ok) return found;
    const rows = await locksOfClass(classroom.database.db, classId);
    return ok(rows.map(({ lessonSlug, exerciseId }) => ({ lessonSlug, exerciseId })));
  },
);

async function setLock<L extends boolean>(
  classroom: Classroom,
  teacher: Teacher,
  classId: string,
  ref: ExerciseRef,
  locked: L,
): Promise<Result<{ locked: L }>> {
  const found = await teachersClass(classroom, teacher, classId);
  if (!found.ok) return found;
  const exercise = classExercise(classroom, found.value.lessons, ref);
  if (!exercise.ok) return exercise;
  const of = { classId, ...ref };
  return classroom.database.db.transaction(async (tx) => {
    const changed = locked ? await insertLock(tx, of) : await deleteLock(tx, of);
    if (changed) await publish(tx, { kind: locked ? 'locked' : 'unlocked', classId, ...ref });
    return ok({ locked });
  });
}

/** Exercises a teacher locked. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../open-database';
import { exerciseLocks } from '../schema';

interface ExerciseOfClass {
  readonly classId: string;
  readonly lessonSlug: string;
  readonly exerciseId: string;
}

const matches = (of: ExerciseOfClass) =>
  and(
    eq(exerciseLocks.classId, of.classId),
    eq(exerciseLocks.lessonSlug, of.lessonSlug),
    eq(exerciseLocks.exerciseId, of.exerciseId),
  );

/** False when it was locked already. */
export async function insertLock(db: Db, of: ExerciseOfClass): Promise<boolean> {
  const rows = await db.insert(exerciseLocks).values(of).onConflictDoNothing().returning();
  return rows.length === 1;
}

/** False when it was not locked. */
export async function deleteLock(db: Db, of: ExerciseOfClass): Promise<boolean> {
  const rows = await db.delete(exerciseLocks).where(matches(of)).returning();
  return rows.length === 1;
}

export async function locksOfClass(db: Db, classId: string) {
  return db
    .select({
      lessonSlug: exerciseLocks.lessonSlug,
      exerciseId: exerciseLocks.exerciseId,
      lockedAt: exerciseLocks.lockedAt,
    })
    .from(exerciseLocks)
    .where(eq(exerciseLocks.classId, classId))
    .orderBy(asc(exerciseLocks.lockedAt));
}

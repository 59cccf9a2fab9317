/** An exercise of one of a class's lessons, as the lesson kit has it now. */
import type { ExerciseSpec } from '@sayswho/lessons';
import type { Classroom, ClassLesson } from '../classroom';
import { ok, refuse, type Result } from '../result';

export interface ExerciseRef {
  readonly lessonSlug: string;
  readonly exerciseId: string;
}

export function classExercise(
  classroom: Classroom,
  classLessons: readonly string[],
  ref: ExerciseRef,
): Result<{ lesson: ClassLesson; exercise: ExerciseSpec }> {
  const lesson = classLessons.includes(ref.lessonSlug)
    ? classroom.lessons.lesson(ref.lessonSlug)
    : undefined;
  const exercise = lesson?.exercises.find((e) => e.id === ref.exerciseId);
  if (!lesson || !exercise) return refuse('not-found', 'This class has no such exercise.');
  return ok({ lesson, exercise });
}

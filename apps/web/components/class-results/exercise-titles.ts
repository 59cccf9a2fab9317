/** What the class page calls each exercise ("Exercise 2: Spot"), numbered within its lesson. */
import type { ExerciseSpec } from '@sayswho/lessons';
import { classResultsText as T } from '@/lib/ui-text/class-results';

export interface TitledExercise {
  readonly lessonSlug: string;
  readonly exerciseId: string;
  readonly title: string;
  readonly exercise: ExerciseSpec;
}

export function exerciseTitles(
  lessons: readonly { slug: string; exercises: readonly ExerciseSpec[] }[],
): Map<string, TitledExercise> {
  const titles = new Map<string, TitledExercise>();
  for (const lesson of lessons)
    lesson.exercises.forEach((exercise, n) =>
      titles.set(exerciseKey({ lessonSlug: lesson.slug, exerciseId: exercise.id }), {
        lessonSlug: lesson.slug,
        exerciseId: exercise.id,
        title: T.exerciseTitle(n + 1, T.types[exercise.type] ?? exercise.type),
        exercise,
      }),
    );
  return titles;
}

export function exerciseKey(ref: { lessonSlug: string; exerciseId: string }): string {
  return `${ref.lessonSlug}/${ref.exerciseId}`;
}

/** What the class page calls each exercise ("Exercise 2: Spot"), numbered within its lesson. */
import type { ExerciseSpec } from '@sayswho/lessons';
import { classResultsText as T } from '@/lib/ui-text/class-results';

export interface TitledExercise {
  readonly lessonSlug: string;
  readonly lessonTitle: string;
  readonly exerciseId: string;
  readonly title: string;
  /**
   * The title with its lesson's ("Exercise 2: Spot (Who says so?)"): every lesson has an
   * "Exercise 1", so wherever the lesson is not said around it (a menu's option, a column read
   * by a screen reader) this tells a class's exercises apart.
   */
  readonly titleInLesson: string;
  readonly exercise: ExerciseSpec;
}

export function exerciseTitles(
  lessons: readonly {
    slug: string;
    frontmatter?: { title: string } | null;
    exercises: readonly ExerciseSpec[];
  }[],
): Map<string, TitledExercise> {
  const titles = new Map<string, TitledExercise>();
  for (const lesson of lessons) {
    const lessonTitle = lesson.frontmatter?.title ?? lesson.slug;
    lesson.exercises.forEach((exercise, n) => {
      const title = T.exerciseTitle(n + 1, T.types[exercise.type] ?? exercise.type);
      titles.set(exerciseKey({ lessonSlug: lesson.slug, exerciseId: exercise.id }), {
        lessonSlug: lesson.slug,
        lessonTitle,
        exerciseId: exercise.id,
        title,
        titleInLesson: T.exerciseInLesson(title, lessonTitle),
        exercise,
      });
    });
  }
  return titles;
}

export function exerciseKey(ref: { lessonSlug: string; exerciseId: string }): string {
  return `${ref.lessonSlug}/${ref.exerciseId}`;
}

/** An exercise's name where its lesson is not said around it: with the lesson's only if it could be confused. */
export function exerciseName(titled: TitledExercise, severalLessons: boolean): string {
  return severalLessons ? titled.titleInLesson : titled.title;
}

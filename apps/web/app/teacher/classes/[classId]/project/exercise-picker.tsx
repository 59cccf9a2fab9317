/**
 * The projector's choice of exercise: a plain GET form (it works before any script), the options
 * grouped by lesson. Each option says its lesson as well, since every lesson has an "Exercise 1"
 * and a screen reader does not always read an option's group.
 */
import type { ClassLesson } from '@sayswho/classroom';
import { exerciseKey, type TitledExercise } from '@/components/class-results/exercise-titles';
import { classResultsText as R } from '@/lib/ui-text/class-results';

export function ExercisePicker({
  lessons,
  titles,
  chosen,
}: {
  lessons: readonly ClassLesson[];
  titles: ReadonlyMap<string, TitledExercise>;
  /** The exercise shown now (`exerciseKey`), if any. */
  chosen: string | null;
}) {
  return (
    <form method="get" className="projector-picker">
      <label htmlFor="projector-exercise">{R.project.choose}</label>{' '}
      <select id="projector-exercise" name="exercise" defaultValue={chosen ?? ''}>
        {lessons.map((lesson) => (
          <optgroup key={lesson.slug} label={lesson.frontmatter?.title ?? lesson.slug}>
            {lesson.exercises.map((e) => {
              const key = exerciseKey({ lessonSlug: lesson.slug, exerciseId: e.id });
              return (
                <option key={key} value={key}>
                  {titles.get(key)!.titleInLesson}
                </option>
              );
            })}
          </optgroup>
        ))}
      </select>{' '}
      <button type="submit" className="ex-button">
        {R.project.show}
      </button>
    </form>
  );
}

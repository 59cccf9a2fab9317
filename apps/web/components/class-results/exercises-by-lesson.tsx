/**
 * The class's results per lesson and exercise, each exercise drawn the way it asks (heatmap,
 * distribution, rewrites count) under its title, prompt and how many students are at each stage.
 * Shared by the teacher's class page and the printed report (`printed`), so both say the same.
 */
import type { ClassLesson, ClassResults } from '@sayswho/classroom';
import { plainText } from '@sayswho/lessons/plain-text';
import { shownExercise } from '@/lib/teacher-class/class-view';
import { classResultsText as T } from '@/lib/ui-text/class-results';
import { exerciseAnchor } from './exercise-anchor';
import { ExerciseResultsView } from './exercise-results-view';
import { exerciseKey, type TitledExercise } from './exercise-titles';

export function ExercisesByLesson({
  lessons,
  results,
  titles,
  locked,
  printed = false,
}: {
  lessons: readonly ClassLesson[];
  results: ClassResults;
  titles: ReadonlyMap<string, TitledExercise>;
  /** The exercises locked now (`exerciseKey`s), said beside their stages. */
  locked: ReadonlySet<string>;
  printed?: boolean;
}) {
  return lessons.map((lesson) => (
    <div key={lesson.slug} className="class-work__lesson">
      <h3>{lesson.frontmatter?.title ?? lesson.slug}</h3>
      {results.exercises
        .filter((e) => e.lessonSlug === lesson.slug)
        .map((exercise) => {
          const titled = titles.get(exerciseKey(exercise));
          if (!titled) return null;
          return (
            <article
              key={exercise.exerciseId}
              id={exerciseAnchor(exercise)}
              aria-labelledby={`${exerciseAnchor(exercise)}-title`}
              className="class-work__exercise"
            >
              <h4 id={`${exerciseAnchor(exercise)}-title`}>{titled.title}</h4>
              <p className="class-work__prompt">{plainText(titled.exercise.public.promptHtml)}</p>
              <p>
                {T.statuses({
                  checked: exercise.statuses.checked,
                  working: exercise.statuses.working,
                  shown: exercise.statuses['answer-shown'],
                  notStarted: exercise.statuses['not-started'],
                })}
                {locked.has(exerciseKey(exercise)) && <> · {T.locked}</>}
              </p>
              <ExerciseResultsView
                results={shownExercise(exercise)}
                exercise={titled.exercise}
                detail
                printed={printed}
              />
            </article>
          );
        })}
    </div>
  ));
}

import type { CheckedLesson } from '@sayswho/lessons';
import { exerciseTitle } from '../exercises/exercise-title';
import type { LessonExercises } from './lesson-progress-bar.client';

/**
 * What a lesson's progress islands need, on the lesson and on its hand-in page: the lesson's
 * identity and its exercises, in order, with their titles.
 */
export function lessonExercises(lesson: CheckedLesson): LessonExercises {
  return {
    lesson: { slug: lesson.slug, fingerprint: lesson.fingerprint },
    exercises: lesson.exercises.map((e) => ({ id: e.id, title: exerciseTitle(e.public) })),
  };
}

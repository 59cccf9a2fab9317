/**
 * Lesson progress for the lesson page and the lesson list. `lesson` is the exercise specs'
 * `lesson` ({ slug, fingerprint }); `exercises` lists `{ id, title: exerciseTitle(spec) }` in lesson order.
 */
export { LessonProgressBar, type LessonExercises } from './lesson-progress-bar.client';
export { LessonSummary } from './lesson-summary.client';
export { HandIn } from './hand-in.client';
export { NewStudent } from './new-student.client';
export { LessonProgressBadge } from './lesson-progress-badge.client';
export { exerciseTitle } from '../exercises/exercise-title';

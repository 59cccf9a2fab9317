/**
 * Lesson progress for the lesson page and its hand-in page. `lessonExercises(lesson)` gives the
 * islands' props: `lesson` is the exercise specs' `lesson` ({ slug, fingerprint }); `exercises`
 * lists `{ id, title: exerciseTitle(spec) }` in lesson order.
 */
export { LessonProgressBar, type LessonExercises } from './lesson-progress-bar.client';
export { LessonSummary } from './lesson-summary-later.client';
export { lessonExercises } from './lesson-exercises';

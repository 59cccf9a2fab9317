/** The app's access to the lessons: server components and routes only. */
export { getLesson, getLessonKit, lessonSlugParams } from './lesson-kit';
export type { LessonKit } from './lesson-kit';
export { listLessons } from './list-lessons';
export type { LessonSummary } from './list-lessons';
export { lessonNeighbours } from './lesson-neighbours';
export { unplacedProblems } from './unplaced-problems';
export { renderLesson } from './render-lesson';

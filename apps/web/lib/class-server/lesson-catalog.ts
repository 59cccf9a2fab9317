/**
 * The class server's view of the lessons: the app's own checked lessons (lib/lessons), so a Check
 * is judged against exactly what the student sees. In `next dev` each call re-reads the kit when
 * a lesson or corpus file has changed (getLessonKit); in production it is read once.
 */
import type { LessonCatalog } from '@sayswho/classroom';
import { getLesson, getLessonKit } from '@/lib/lessons/lesson-kit';

export const appLessons: LessonCatalog = {
  lesson: (slug) => getLesson(slug),
  lessons: () => getLessonKit().lessons,
};

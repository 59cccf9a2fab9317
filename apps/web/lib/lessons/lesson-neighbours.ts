/** The lessons before and after one in kit order, for the previous/next links. */
import { listLessons, type LessonSummary } from './list-lessons';

export function lessonNeighbours(slug: string): {
  previous: LessonSummary | null;
  next: LessonSummary | null;
} {
  const lessons = listLessons();
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index === -1) return { previous: null, next: null };
  return { previous: lessons[index - 1] ?? null, next: lessons[index + 1] ?? null };
}

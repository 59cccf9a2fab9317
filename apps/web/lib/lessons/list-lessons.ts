/** The lesson list for the home page and the lesson navigation. Server side only. */
import type { Skill } from '@sayswho/lessons';
import { getLessonKit } from './lesson-kit';

export interface LessonSummary {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly skills: readonly Skill[];
  readonly level: string;
  readonly minutes: number;
  readonly order: number;
  /** The ids of the exercises that were built, in lesson order. */
  readonly exerciseIds: readonly string[];
  /** Changes when any exercise's answer key changes; progress recorded under another is stale. */
  readonly fingerprint: string;
  /** Errors in the lesson (only ever above 0 in `next dev`: a build with errors fails). */
  readonly errors: number;
}

/** Every lesson in kit order. Lessons whose frontmatter is broken are left out (their page shows why). */
export function listLessons(): LessonSummary[] {
  return getLessonKit().lessons.flatMap((lesson) => {
    const fm = lesson.frontmatter;
    if (!fm) return [];
    return [
      {
        slug: lesson.slug,
        title: fm.title,
        summary: fm.summary,
        skills: fm.skills,
        level: fm.level,
        minutes: fm.minutes,
        order: fm.order,
        exerciseIds: lesson.exercises.map((e) => e.id),
        fingerprint: lesson.fingerprint,
        errors: lesson.diagnostics.filter((d) => d.severity === 'error').length,
      },
    ];
  });
}

import { getCorpus } from '@sayswho/core';
import { checkLessons, readLessonSources } from '@sayswho/lessons';
import type { OfflineLessonList } from '@/components/offline/sw-protocol';

// Built once with the site: the service worker reads it to save a lesson with everything the
// lesson needs offline (its page, its exercises' answer keys, its articles' pages).
export const dynamic = 'force-static';

// The addresses the build serves: the static export uses trailing slashes (see next.config.ts).
const slash = process.env.NEXT_OUTPUT === 'export' ? '/' : '';

export function GET() {
  const { lessons } = checkLessons(readLessonSources(), getCorpus());
  const list: OfflineLessonList = {
    lessons: lessons
      .filter((lesson) => lesson.frontmatter)
      .sort((a, b) => a.frontmatter!.order - b.frontmatter!.order)
      .map((lesson) => ({
        slug: lesson.slug,
        title: lesson.frontmatter!.title,
        urls: [
          `/lessons/${lesson.slug}${slash}`,
          ...lesson.exercises.map((exercise) => exercise.public.keyUrl),
          ...(lesson.frontmatter!.articles ?? []).map((id) => `/articles/${id}${slash}`),
        ],
      })),
  };
  return Response.json(list);
}

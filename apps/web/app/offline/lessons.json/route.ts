import type { OfflineLessonList } from '@/components/offline/sw-protocol';
import { getLessonKit } from '@/lib/lessons';
import { pageHref } from '@/lib/page-href';

// Built once with the site: the service worker reads it to save a lesson with everything the
// lesson needs offline (its page and hand-in page, its exercises' answer keys, its articles' pages).
export const dynamic = 'force-static';

export function GET() {
  // The same checked kit as the pages (already in the order of the kit).
  const list: OfflineLessonList = {
    lessons: getLessonKit()
      .lessons.filter((lesson) => lesson.frontmatter)
      .map((lesson) => ({
        slug: lesson.slug,
        title: lesson.frontmatter!.title,
        urls: [
          pageHref(`/lessons/${lesson.slug}`),
          pageHref(`/lessons/${lesson.slug}/hand-in`),
          ...lesson.exercises.map((exercise) => exercise.public.keyUrl),
          ...(lesson.frontmatter!.articles ?? []).map((id) => pageHref(`/articles/${id}`)),
        ],
      })),
  };
  return Response.json(list);
}

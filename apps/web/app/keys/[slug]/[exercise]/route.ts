/**
 * `/keys/<lesson>/<exercise>.json`: the key part of one exercise (answers, feedback, the quiz key
 * and the explanation), a static file per exercise that a student's browser fetches on the first
 * Check, so no answer is ever in a lesson page.
 */
import { getLessonKit } from '@/lib/lessons';

export const dynamic = 'force-static';

interface Context {
  params: Promise<{ slug: string; exercise: string }>;
}

export function generateStaticParams() {
  return getLessonKit().lessons.flatMap((lesson) =>
    lesson.exercises.map((exercise) => ({ slug: lesson.slug, exercise: `${exercise.id}.json` })),
  );
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug, exercise } = await params;
  const id = exercise.replace(/\.json$/, '');
  const spec = getLessonKit()
    .lessons.find((l) => l.slug === slug)
    ?.exercises.find((e) => e.id === id);
  if (!spec || !exercise.endsWith('.json'))
    return new Response('No such exercise key.\n', { status: 404 });
  return Response.json(spec.key);
}

/**
 * Exercise specs and keys built from the real corpus (the LA Times version of the AP land-mines
 * story), the way the lesson pipeline builds them, so the tests mark real cues in a real article.
 */
import { getArticle, type Article, type Span } from '@sayswho/core';
import { buildSpotKey, DEFAULT_POLICY, type ExercisePolicy, type SpotTarget } from '@sayswho/core/quiz';
import type { ExerciseKey, PassageView, SpotExerciseKey, SpotPublic } from '@sayswho/lessons/exercise-spec';

export const LESSON = { slug: 'who-says-so', fingerprint: 'fp-1' } as const;

export function article(id = 'ap-landmines-latimes'): Article {
  const found = getArticle(id);
  if (!found) throw new Error(`The corpus has no article ${id}.`);
  return found;
}

export function passageOf(a: Article, paragraphs?: readonly [number, number]): PassageView {
  const [first, last] = paragraphs ?? [1, Number.POSITIVE_INFINITY];
  const blocks = a.blocks.filter((b) =>
    paragraphs ? b.paragraph !== null && b.paragraph >= first && b.paragraph <= last : b.role === 'paragraph',
  );
  const span: Span = { start: blocks[0]!.start, end: blocks[blocks.length - 1]!.end };
  return { articleId: a.id, outlet: a.outlet, credit: a.credit, text: a.text, span, blocks };
}

export function spotExercise(
  opts: { id?: string; target?: SpotTarget; policy?: Partial<ExercisePolicy>; hintsHtml?: string[]; explanationHtml?: string } = {},
): { spec: SpotPublic; key: SpotExerciseKey } {
  const a = article();
  const target: SpotTarget = opts.target ?? { layer: 'attribution', role: 'cue', paragraphs: [1, 3] };
  const key = buildSpotKey(a, target);
  const id = opts.id ?? 'find-cues';
  return {
    spec: {
      type: 'spot',
      id,
      lesson: LESSON,
      promptHtml: '<p>Mark every word that tells you someone said something.</p>',
      hintsHtml: opts.hintsHtml ?? ['<p>Reporters use a handful of verbs again and again.</p>'],
      policy: { ...DEFAULT_POLICY, ...opts.policy },
      keyUrl: `/keys/${LESSON.slug}/${id}.json`,
      passage: passageOf(a, target.paragraphs),
      noun: key.noun,
    },
    key: { type: 'spot', id, explanationHtml: opts.explanationHtml ?? '<p>Cue words like <em>said</em> signal speech.</p>', key },
  };
}

/** Serves answer keys as the static site does; records each request. */
export function serveKeys(...keys: { url: string; key: ExerciseKey }[]): jest.Mock {
  const mock = jest.fn(async (url: string) => {
    const found = keys.find((k) => k.url === url);
    return found
      ? ({ ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(found.key)) } as Response)
      : ({ ok: false, status: 404, json: async () => ({}) } as Response);
  });
  global.fetch = mock as unknown as typeof fetch;
  return mock;
}

/**
 * Exercise specs and keys built from the real corpus (the LA Times version of the AP land-mines
 * story), the way the lesson pipeline builds them, so the tests mark real cues in a real article.
 */
import {
  DIFFERENCE_KINDS,
  SOURCE_TYPES,
  getArticle,
  getStory,
  type Article,
  type Span,
} from '@sayswho/core';
import {
  buildCompareKey,
  buildRewriteKey,
  buildSourceClassifyKey,
  buildSpotKey,
  DEFAULT_POLICY,
  type ExercisePolicy,
  type SpotTarget,
} from '@sayswho/core/quiz';
import type {
  ChoiceExerciseKey,
  ChoicePublic,
  ClassifyExerciseKey,
  ClassifyPublic,
  CompareExerciseKey,
  ComparePublic,
  ExerciseKey,
  PassageView,
  RewriteExerciseKey,
  RewritePublic,
  SpotExerciseKey,
  SpotPublic,
} from '@sayswho/lessons/exercise-spec';

export const LESSON = { slug: 'who-says-so', fingerprint: 'fp-1' } as const;

export function article(id = 'ap-landmines-latimes'): Article {
  const found = getArticle(id);
  if (!found) throw new Error(`The corpus has no article ${id}.`);
  return found;
}

export function passageOf(a: Article, paragraphs?: readonly [number, number]): PassageView {
  const [first, last] = paragraphs ?? [1, Number.POSITIVE_INFINITY];
  const blocks = a.blocks.filter((b) =>
    paragraphs
      ? b.paragraph !== null && b.paragraph >= first && b.paragraph <= last
      : b.role === 'paragraph',
  );
  const span: Span = { start: blocks[0]!.start, end: blocks[blocks.length - 1]!.end };
  return { articleId: a.id, outlet: a.outlet, credit: a.credit, text: a.text, span, blocks };
}

type Options = { id?: string; policy?: Partial<ExercisePolicy>; hintsHtml?: string[] };

function base(id: string, opts: Options) {
  return {
    id,
    lesson: LESSON,
    promptHtml: '<p>Read closely, then answer.</p>',
    hintsHtml: opts.hintsHtml ?? [],
    policy: { ...DEFAULT_POLICY, ...opts.policy },
    keyUrl: `/keys/${LESSON.slug}/${id}.json`,
  };
}

export function spotExercise(
  opts: {
    id?: string;
    target?: SpotTarget;
    policy?: Partial<ExercisePolicy>;
    hintsHtml?: string[];
    explanationHtml?: string;
  } = {},
): { spec: SpotPublic; key: SpotExerciseKey } {
  const a = article();
  const target: SpotTarget = opts.target ?? {
    layer: 'attribution',
    role: 'cue',
    paragraphs: [1, 3],
  };
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
    key: {
      type: 'spot',
      id,
      explanationHtml: opts.explanationHtml ?? '<p>Cue words like <em>said</em> signal speech.</p>',
      key,
    },
  };
}

/** Serves answer keys as the static site does; records each request. */
export function serveKeys(...keys: { url: string; key: ExerciseKey }[]): jest.Mock {
  const mock = jest.fn(async (url: string) => {
    const found = keys.find((k) => k.url === url);
    return found
      ? ({
          ok: true,
          status: 200,
          json: async () => JSON.parse(JSON.stringify(found.key)),
        } as Response)
      : ({ ok: false, status: 404, json: async () => ({}) } as Response);
  });
  global.fetch = mock as unknown as typeof fetch;
  return mock;
}

export function choiceExercise(opts: Options & { multiple?: boolean } = {}): {
  spec: ChoicePublic;
  key: ChoiceExerciseKey;
} {
  const id = opts.id ?? 'who-decided';
  const multiple = opts.multiple ?? false;
  const options = [
    {
      id: 'option-1',
      html: '<p>The U.S. Defense secretary</p>',
      correct: true,
      feedback: 'Yes: paragraph 1 names him as the source.',
    },
    {
      id: 'option-2',
      html: '<p>The Kremlin</p>',
      correct: false,
      feedback: 'The Kremlin is not quoted in paragraph 1.',
    },
    {
      id: 'option-3',
      html: '<p>Anonymous officials</p>',
      correct: multiple,
      feedback: 'Look again at who is named.',
    },
  ];
  return {
    spec: {
      type: 'choice',
      ...base(id, opts),
      multiple,
      options: options.map(({ id: optionId, html }) => ({ id: optionId, html })),
    },
    key: {
      type: 'choice',
      id,
      explanationHtml: '<p>A named source can be checked.</p>',
      key: {
        multiple,
        options: options.map(({ id: optionId, correct, feedback }) => ({
          id: optionId,
          correct,
          feedback,
        })),
      },
    },
  };
}

export function classifyExercise(opts: Options = {}): {
  spec: ClassifyPublic;
  key: ClassifyExerciseKey;
} {
  const id = opts.id ?? 'sort-sources';
  const a = article();
  const paragraphs = [1, 33] as const;
  const sourceTypes = ['named-official', 'anonymous-officials', 'government-body'] as const;
  const key = buildSourceClassifyKey(a, { paragraphs, sourceTypes });
  return {
    spec: {
      type: 'classify',
      ...base(id, opts),
      passage: passageOf(a, paragraphs),
      categories: sourceTypes.map((t) => ({ id: t, ...SOURCE_TYPES[t] })),
      items: key.items.map((i) => ({ id: i.id, text: i.text })),
    },
    key: { type: 'classify', id, explanationHtml: null, key },
  };
}

export function rewriteExercise(opts: Options = {}): {
  spec: RewritePublic;
  key: RewriteExerciseKey;
} {
  const id = opts.id ?? 'rewrite-battered';
  const a = article();
  const key = buildRewriteKey(a, { annotationIds: ['latimes-battered'] });
  return {
    spec: {
      type: 'rewrite',
      ...base(id, opts),
      articleId: a.id,
      credit: a.credit,
      original: key.original,
    },
    key: {
      type: 'rewrite',
      id,
      explanationHtml: '<p>Plain verbs report; loaded ones judge.</p>',
      key,
    },
  };
}

export function compareExercise(
  opts: Options & { mode?: 'spot' | 'kind'; differences?: string[] } = {},
): { spec: ComparePublic; key: CompareExerciseKey } {
  const mode = opts.mode ?? 'spot';
  const id = opts.id ?? `compare-${mode}`;
  const story = getStory('ap-landmines-2024');
  const comparison = story?.comparison;
  if (!comparison) throw new Error('The corpus has no comparison for ap-landmines-2024.');
  const from = article(comparison.fromArticleId);
  const to = article(comparison.toArticleId);
  const paragraphs = [1, 4] as const;
  const differences = opts.differences ?? ['battered-clobbered', 'austin-name-form'];
  const keys =
    mode === 'spot'
      ? [
          buildCompareKey(comparison, from, to, {
            mode: 'spot',
            fromParagraphs: paragraphs,
            toParagraphs: paragraphs,
          }),
        ]
      : differences.map((differenceId) =>
          buildCompareKey(comparison, from, to, { mode: 'kind', differenceId }),
        );
  const slice = (text: string, span: Span | null) => (span ? text.slice(span.start, span.end) : '');
  return {
    spec: {
      type: 'compare',
      ...base(id, opts),
      storyId: story.id,
      mode,
      from: passageOf(from, paragraphs),
      to: passageOf(to, paragraphs),
      differences:
        mode === 'kind'
          ? differences.map((differenceId) => {
              const d = comparison.differences.find((x) => x.id === differenceId)!;
              return {
                id: d.id,
                fromText: slice(from.text, d.from),
                toText: slice(to.text, d.to),
                fromContext: null,
                toContext: null,
              };
            })
          : [],
      kinds:
        mode === 'kind'
          ? (Object.keys(DIFFERENCE_KINDS) as (keyof typeof DIFFERENCE_KINDS)[]).map((k) => ({
              id: k,
              ...DIFFERENCE_KINDS[k],
            }))
          : [],
    },
    key: { type: 'compare', id, explanationHtml: '<p>Outlets edit the wire copy.</p>', keys },
  };
}

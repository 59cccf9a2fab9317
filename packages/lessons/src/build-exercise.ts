/**
 * Builds each exercise's public part and key part from its checked props and the corpus, with
 * the quiz's own key builders and validators (the answer key is drawn from the corpus, never
 * retyped in a lesson). A problem is returned with the prop it is about, for its location.
 */
import {
  closestWord,
  DIFFERENCE_KINDS,
  SOURCE_TYPES,
  type Article,
  type AnnotationKind,
  type AttributionRole,
  type ClaimStatus,
  type Corpus,
  type DifferenceKind,
  type Layer,
  type SourceType,
  type Span,
  type Story,
} from '@sayswho/core';
import {
  buildCompareKey,
  buildRewriteKey,
  buildSourceClassifyKey,
  buildSpotKey,
  DEFAULT_POLICY,
  validateChoiceKey,
  validateClassifyKey,
  validateCompareKey,
  validateSpotKey,
  type CompareKey,
  type ExercisePolicy,
} from '@sayswho/core/quiz';
import type {
  ExerciseKey,
  ExercisePublic,
  ExerciseType,
  PassageView,
  VocabularyChoice,
} from './exercise-spec';
import type { LiteralValue } from './literal-value';
import { blocksWithin, paragraphRangeProblem, passageView } from './passage-view';

export interface Problem {
  readonly message: string;
  readonly fix?: string;
  /** The prop the problem is about; the whole component when absent. */
  readonly prop?: string;
  /** The annotation id that was not found, when that is the problem. */
  readonly annotation?: string;
  /** The fix, when it is one id in place of another in `prop`'s value. */
  readonly replace?: { readonly from: string; readonly to: string };
}

/** Everything the checker gathered about one exercise component. */
export interface ExerciseInput {
  readonly type: ExerciseType;
  readonly id: string;
  readonly props: Readonly<Record<string, LiteralValue>>;
  readonly article?: Article;
  readonly story?: Story;
  readonly corpus: Corpus;
  readonly keyUrl: string;
  readonly promptHtml: string;
  readonly hintsHtml: readonly string[];
  readonly explanationHtml: string | null;
  /** `<Option>` children of a Choice. */
  readonly options: readonly {
    readonly html: string;
    readonly correct: boolean;
    readonly feedback: string;
  }[];
  /** `sourceType` of each `<Category>` child of a Classify. */
  readonly categories: readonly SourceType[];
  /** The lesson's `passMark` (percent), when its frontmatter sets one. */
  readonly lessonPassMark?: number;
}

/** An exercise's public part before the lesson's fingerprint is known. */
export type UnboundPublic = ExercisePublic extends infer T
  ? T extends unknown
    ? Omit<T, 'lesson'>
    : never
  : never;

export type BuiltExercise =
  | { readonly ok: true; readonly public: UnboundPublic; readonly key: ExerciseKey }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type Props = ExerciseInput['props'];
const range = (props: Props) => props.paragraphs as [number, number] | undefined;
const list = <T extends string>(value: LiteralValue | undefined) => value as T[] | undefined;
const fail = (...problems: Problem[]): BuiltExercise => ({ ok: false, problems });

/**
 * The quiz's key validators say what is wrong and then how to fix it in one text ("No option is
 * marked correct; mark the right answer."); split it into the message and the fix.
 */
function quizProblem(text: string, fallbackFix: string, prop?: string): Problem {
  const match = /^(.*?)(?:;\s+|\.\s+)(.+?)\.?$/s.exec(text.trim());
  const [message, fix] = match
    ? [match[1]!, match[2]!]
    : [text.trim().replace(/\.$/, ''), fallbackFix];
  const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);
  return { message: lower(message), fix: lower(fix), ...(prop ? { prop } : {}) };
}

export function policyOf(props: Props, lessonPassMark?: number): ExercisePolicy {
  const percent = typeof props.passMark === 'number' ? props.passMark : lessonPassMark;
  return {
    maxAttempts: typeof props.attempts === 'number' ? props.attempts : null,
    showAnswerAfterAttempts: typeof props.showAnswerAfter === 'number' ? props.showAnswerAfter : 1,
    hints: props.hints !== false,
    passMark: percent === undefined ? DEFAULT_POLICY.passMark : percent / 100,
  };
}

function vocabularyChoices<Id extends string>(
  ids: readonly Id[],
  vocab: Record<Id, { label: string; definition: string }>,
): VocabularyChoice[] {
  return ids.map((id) => ({ id, label: vocab[id].label, definition: vocab[id].definition }));
}

export function buildExercise(input: ExerciseInput): BuiltExercise {
  const base = {
    id: input.id,
    promptHtml: input.promptHtml,
    hintsHtml: input.hintsHtml,
    policy: policyOf(input.props, input.lessonPassMark),
    keyUrl: input.keyUrl,
  };
  const keyBase = { id: input.id, explanationHtml: input.explanationHtml };
  switch (input.type) {
    case 'spot':
      return buildSpot(input, base, keyBase);
    case 'choice': {
      const options = input.options.map((o, i) => ({ ...o, id: `option-${i + 1}` }));
      const key = {
        multiple: input.props.multiple === true,
        options: options.map(({ id, correct, feedback }) => ({ id, correct, feedback })),
      };
      const problem = validateChoiceKey(key);
      if (problem)
        return fail(
          quizProblem(
            problem,
            'write the answers as `<Option correct feedback="…">…</Option>` and `<Option feedback="…">…</Option>` inside the <Choice>',
          ),
        );
      return {
        ok: true,
        public: {
          ...base,
          type: 'choice',
          multiple: key.multiple,
          options: options.map(({ id, html }) => ({ id, html })),
        },
        key: { ...keyBase, type: 'choice', key },
      };
    }
    case 'classify':
      return buildClassify(input, base, keyBase);
    case 'rewrite':
      return buildRewrite(input, base, keyBase);
    case 'compare':
      return buildCompare(input, base, keyBase);
  }
}

type Base = Pick<UnboundPublic, 'id' | 'promptHtml' | 'hintsHtml' | 'policy' | 'keyUrl'>;
type KeyBase = { id: string; explanationHtml: string | null };

function buildSpot(input: ExerciseInput, base: Base, keyBase: KeyBase): BuiltExercise {
  const { props } = input;
  const article = input.article!;
  const kinds = list<AnnotationKind>(props.kinds);
  const layer = props.layer as Layer | undefined;
  if (!layer && !kinds) {
    return fail({
      message: 'a <Spot> needs `layer` or `kinds` to say what the student should find',
      fix: 'add e.g. layer="attribution" or kinds={["unverified-claim"]}',
    });
  }
  if (layer && kinds)
    return fail({
      prop: 'kinds',
      message: 'a <Spot> takes `layer` or `kinds`, not both',
      fix: 'remove one of them',
    });
  const wanted = kinds ?? [];
  const attribution = layer === 'attribution' || wanted.includes('attribution');
  if (props.role && !attribution) {
    return fail({
      prop: 'role',
      message:
        '`role` picks a part of an attribution, but this <Spot> does not look for attributions',
      fix: 'remove `role`, or use layer="attribution"',
    });
  }
  if (props.sourceTypes && !attribution) {
    return fail({
      prop: 'sourceTypes',
      message: '`sourceTypes` filters attributions, but this <Spot> does not look for attributions',
      fix: 'remove `sourceTypes`, or use layer="attribution"',
    });
  }
  if (props.statuses && !(layer === 'claims' || wanted.includes('unverified-claim'))) {
    return fail({
      prop: 'statuses',
      message: '`statuses` filters unverified claims, but this <Spot> does not look for them',
      fix: 'remove `statuses`, or use layer="claims"',
    });
  }
  const badRange = paragraphRangeProblem(article, range(props));
  if (badRange) return fail(badRange);
  const key = buildSpotKey(article, {
    ...(layer ? { layer } : {}),
    ...(kinds ? { kinds } : {}),
    ...(props.role ? { role: props.role as AttributionRole | 'relation' } : {}),
    ...(props.sourceTypes ? { sourceTypes: list<SourceType>(props.sourceTypes) } : {}),
    ...(props.statuses ? { statuses: list<ClaimStatus>(props.statuses) } : {}),
    ...(range(props) ? { paragraphs: range(props) } : {}),
    includeHeadline: props.headline === true,
    includeSummary: props.summary === true,
  });
  const problem = validateSpotKey(key, article.text);
  if (problem)
    return fail(
      quizProblem(
        problem,
        'change `paragraphs` or what to find (`layer`, `kinds`, `role`, `sourceTypes`, `statuses`)',
      ),
    );
  return {
    ok: true,
    public: { ...base, type: 'spot', passage: passageView(article, key.passage), noun: key.noun },
    key: { ...keyBase, type: 'spot', key },
  };
}

function buildClassify(input: ExerciseInput, base: Base, keyBase: KeyBase): BuiltExercise {
  const article = input.article!;
  const paragraphs = range(input.props);
  if (input.categories.length < 2) {
    return fail({
      message: `a <Classify> needs at least two <Category> children (it has ${input.categories.length})`,
      fix: 'add e.g. <Category sourceType="named-official" /> and <Category sourceType="anonymous-officials" />',
    });
  }
  const badRange = paragraphRangeProblem(article, paragraphs);
  if (badRange) return fail(badRange);
  const key = buildSourceClassifyKey(article, {
    ...(paragraphs ? { paragraphs } : {}),
    sourceTypes: input.categories,
  });
  const problem = validateClassifyKey(key);
  if (problem)
    return fail(
      quizProblem(problem, 'widen `paragraphs` or add categories for the sources in this passage'),
    );
  const span: Span = paragraphs
    ? spanOfParagraphs(article, paragraphs)
    : {
        start: article.blocks.find((b) => b.role === 'paragraph')!.start,
        end: [...article.blocks].reverse().find((b) => b.role === 'paragraph')!.end,
      };
  return {
    ok: true,
    public: {
      ...base,
      type: 'classify',
      passage: passageView(
        article,
        span,
        blocksWithin(article, span).filter((b) => b.paragraph !== null),
      ),
      categories: vocabularyChoices(input.categories, SOURCE_TYPES),
      items: key.items.map(({ id, text }) => ({ id, text })),
    },
    key: { ...keyBase, type: 'classify', key },
  };
}

function spanOfParagraphs(article: Article, [first, last]: readonly [number, number]): Span {
  const blocks = article.blocks.filter(
    (b) => b.paragraph !== null && b.paragraph >= first && b.paragraph <= last,
  );
  return { start: blocks[0]!.start, end: blocks[blocks.length - 1]!.end };
}

function buildRewrite(input: ExerciseInput, base: Base, keyBase: KeyBase): BuiltExercise {
  const article = input.article!;
  const ids = list<string>(input.props.annotations) ?? [];
  const loadedIds = article.annotations.filter((a) => a.kind === 'loaded-wording').map((a) => a.id);
  for (const id of ids) {
    const annotation = article.annotations.find((a) => a.id === id);
    if (annotation && annotation.kind !== 'loaded-wording') {
      return fail({
        prop: 'annotations',
        message: `annotation "${id}" is ${annotation.kind === 'attribution' ? 'an attribution' : `a ${annotation.kind} annotation`}, not loaded wording`,
        fix: `a <Rewrite> uses loaded-wording annotations of "${article.id}": ${loadedIds.join(', ')}`,
      });
    }
    if (!annotation) {
      // Only loaded wording of this article: a guess of another kind or article would be wrong in turn.
      const guess = closestWord(id, loadedIds);
      const elsewhere = input.corpus.articles.find((a) => a.annotations.some((x) => x.id === id));
      return fail({
        prop: 'annotations',
        annotation: id,
        message: `article "${article.id}" has no annotation "${id}"${elsewhere ? ` (it is an annotation of "${elsewhere.id}")` : ''}`,
        fix: guess
          ? `did you mean "${guess}"?`
          : `its loaded-wording annotations are: ${loadedIds.join(', ') || 'none'}`,
        ...(guess ? { replace: { from: id, to: guess } } : {}),
      });
    }
  }
  const key = buildRewriteKey(article, { annotationIds: ids });
  if (key.loaded.length === 0) {
    return fail({
      prop: 'annotations',
      message:
        'the sentence to rewrite has no loaded words that count (they are all borderline), so there is nothing to rewrite',
      fix: 'choose a loaded-wording annotation that is not marked borderline',
    });
  }
  return {
    ok: true,
    public: {
      ...base,
      type: 'rewrite',
      articleId: article.id,
      credit: article.credit,
      original: key.original,
    },
    key: { ...keyBase, type: 'rewrite', key },
  };
}

function buildCompare(input: ExerciseInput, base: Base, keyBase: KeyBase): BuiltExercise {
  const story = input.story!;
  const { props, corpus } = input;
  const comparison = story.comparison;
  const [from, to] = story.articleIds.map((id) => corpus.articles.find((a) => a.id === id));
  if (!comparison || !from || !to) {
    return fail({
      prop: 'story',
      message: `story "${story.id}" has fewer than two versions, so there is nothing to compare`,
      fix: 'choose a story with two articles in its story.yaml',
    });
  }
  const kinds = list<DifferenceKind>(props.kinds);
  const mode = props.mode as 'spot' | 'kind';
  const texts = { from: from.text, to: to.text };
  const keys: CompareKey[] = [];
  let fromView: PassageView;
  let toView: PassageView;
  const differences = [];

  if (mode === 'spot') {
    if (props.differences)
      return fail({
        prop: 'differences',
        message:
          '`differences` is for mode="kind"; in mode="spot" the student finds every difference in the paragraphs',
        fix: 'remove `differences`, or use mode="kind"',
      });
    const fromParagraphs = range(props);
    const badRange = paragraphRangeProblem(from, fromParagraphs);
    if (badRange) return fail(badRange);
    const toParagraphs = fromParagraphs ? alignedRange(comparison, fromParagraphs) : undefined;
    if (fromParagraphs && !toParagraphs) {
      return fail({
        prop: 'paragraphs',
        message: `paragraphs ${fromParagraphs.join('–')} of "${from.id}" have no matching paragraphs in "${to.id}"`,
        fix: 'choose paragraphs both versions tell',
      });
    }
    const key = buildCompareKey(comparison, from, to, {
      mode: 'spot',
      ...(fromParagraphs ? { fromParagraphs } : {}),
      ...(toParagraphs ? { toParagraphs } : {}),
      ...(kinds ? { kinds } : {}),
    });
    const problem = validateCompareKey(key, texts);
    if (problem) return fail(quizProblem(problem, 'widen `paragraphs` or the difference `kinds`'));
    if (key.mode !== 'spot') throw new Error('buildCompareKey returned a key of the wrong mode');
    keys.push(key);
    fromView = passageView(from, key.from.passage);
    toView = passageView(to, key.to.passage);
  } else {
    const ids = list<string>(props.differences);
    if (!ids)
      return fail({
        message:
          'a <Compare mode="kind"> needs `differences`: the ids of the differences whose kind the student names',
        fix: `add e.g. differences={["${comparison.differences[0]?.id ?? 'difference-id'}"]}`,
      });
    const known = comparison.differences.map((d) => d.id);
    for (const id of ids) {
      const difference = comparison.differences.find((d) => d.id === id);
      if (!difference) {
        const guess = closestWord(id, known);
        return fail({
          prop: 'differences',
          message: `story "${story.id}" has no difference "${id}"`,
          fix: guess
            ? `did you mean "${guess}"?`
            : `its differences are listed in packages/core/corpus/${story.id}/differences.yaml`,
          ...(guess ? { replace: { from: id, to: guess } } : {}),
        });
      }
      const key = buildCompareKey(comparison, from, to, {
        mode: 'kind',
        differenceId: id,
        ...(kinds ? { kinds } : {}),
      });
      const problem = validateCompareKey(key, texts);
      if (problem)
        return fail(
          quizProblem(
            problem,
            'add the difference’s kind to `kinds`, or remove `kinds`',
            'differences',
          ),
        );
      keys.push(key);
      differences.push({
        id,
        fromText: difference.from
          ? from.text.slice(difference.from.start, difference.from.end)
          : '',
        toText: difference.to ? to.text.slice(difference.to.start, difference.to.end) : '',
        fromContext: contextOf(from, difference.from),
        toContext: contextOf(to, difference.to),
      });
    }
    const fromSpans = comparison.differences
      .filter((d) => ids.includes(d.id) && d.from)
      .map((d) => d.from!);
    const toSpans = comparison.differences
      .filter((d) => ids.includes(d.id) && d.to)
      .map((d) => d.to!);
    fromView = passageView(from, hullOfBlocks(from, fromSpans));
    toView = passageView(to, hullOfBlocks(to, toSpans));
  }
  // The quiz always offers each difference's own kind, even when `kinds` leaves it out: offer the
  // same options for every difference so the list itself gives nothing away.
  const offered = (Object.keys(DIFFERENCE_KINDS) as DifferenceKind[]).filter((kind) =>
    keys.some((key) => key.mode === 'kind' && key.choice.options.some((o) => o.id === kind)),
  );
  return {
    ok: true,
    public: {
      ...base,
      type: 'compare',
      storyId: story.id,
      mode,
      from: fromView,
      to: toView,
      differences,
      kinds: mode === 'kind' ? vocabularyChoices(offered, DIFFERENCE_KINDS) : [],
    },
    key: { ...keyBase, type: 'compare', keys },
  };
}

/** The paragraphs of the second version aligned with a range of the first. */
function alignedRange(
  comparison: NonNullable<Story['comparison']>,
  [first, last]: readonly [number, number],
): [number, number] | undefined {
  const numbers = comparison.alignment
    .filter(
      (pair) =>
        pair.from?.paragraph != null && pair.from.paragraph >= first && pair.from.paragraph <= last,
    )
    .flatMap((pair) => (pair.to?.paragraph != null ? [pair.to.paragraph] : []));
  return numbers.length > 0 ? [Math.min(...numbers), Math.max(...numbers)] : undefined;
}

function contextOf(article: Article, span: Span | null): string | null {
  if (!span) return null;
  const block = article.blocks.find((b) => b.start <= span.start && span.start < b.end);
  return block ? article.text.slice(block.start, block.end) : null;
}

/** The blocks holding the given spans; the whole body when there are none (e.g. only additions). */
function hullOfBlocks(article: Article, spans: readonly Span[]): Span {
  const blocks = article.blocks.filter((b) =>
    spans.some((s) => s.start < b.end && b.start < s.end),
  );
  const chosen = blocks.length > 0 ? blocks : article.blocks.filter((b) => b.role === 'paragraph');
  return { start: chosen[0]!.start, end: chosen[chosen.length - 1]!.end };
}

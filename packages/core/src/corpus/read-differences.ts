/**
 * Reads a story's `differences.yaml`: the teacher's pinned alignment pairs and curated
 * differences, anchored in the two versions they compare.
 */
import type { Diagnostic } from '../diagnostics';
import { anchorQuote, describeAnchorProblem } from './anchor-quote';
import type { AlignmentOverride } from './compare-versions';
import { differenceSchema, differencesSchema, type SelectorInput } from './corpus-schemas';
import { paragraphCount, placeOf, rangeOfParagraph, type ParagraphRef } from './derive-blocks';
import type { YamlFile, YamlPath } from './read-yaml';
import { parseLocated } from './schema-diagnostics';
import { suggestOneOf } from './suggest';
import type { Article, Span, VersionDifference } from './types';

export interface StoryDifferences {
  readonly overrides: AlignmentOverride[];
  readonly curated: VersionDifference[];
}

/** `articles` are the story's two versions, in story.yaml order; null when one failed to load. */
export function readDifferences(
  yaml: YamlFile,
  storyArticleIds: readonly string[],
  articles: readonly [Article | null, Article | null],
): {
  differences: StoryDifferences | null;
  diagnostics: Diagnostic[];
  /** The differences a mistake kept out, each with the first problem found in it. */
  leftOut: { id: string; cause: Diagnostic }[];
} {
  const diagnostics: Diagnostic[] = [];
  const leftOut: { id: string; cause: Diagnostic }[] = [];
  const error = (path: YamlPath, message: string, fix: string) =>
    diagnostics.push({ file: yaml.file, ...yaml.locate(path), severity: 'error', message, fix });
  if (yaml.data === undefined) return { differences: null, diagnostics, leftOut };
  const { data, diagnostics: shapeProblems } = parseLocated(
    differencesSchema,
    yaml.data,
    yaml,
    [],
    'differences.yaml',
  );
  diagnostics.push(...shapeProblems);
  if (!data) return { differences: null, diagnostics, leftOut };

  const expected = [storyArticleIds[0], storyArticleIds[1]];
  let sidesOk = true;
  (['from', 'to'] as const).forEach((side, i) => {
    if (data[side] !== expected[i]) {
      sidesOk = false;
      error(
        [side],
        `differences.yaml: \`${side}: ${data[side]}\` is not the story's ${i === 0 ? 'first' : 'second'} article`,
        storyArticleIds.includes(data[side])
          ? `the story lists [${storyArticleIds.join(', ')}]; \`from\` is the first and \`to\` the second`
          : suggestOneOf(data[side], storyArticleIds),
      );
    }
  });
  const [from, to] = articles;
  if (!sidesOk || !from || !to) return { differences: null, diagnostics, leftOut };

  const blockIndex = (
    article: Article,
    ref: ParagraphRef | null,
    path: YamlPath,
  ): number | null | undefined => {
    if (ref === null) return null;
    const range = rangeOfParagraph(article.blocks, ref);
    const block = range && article.blocks.find((b) => b.start === range.start);
    if (!block) {
      error(
        path,
        `alignment: ${article.id} has no ${typeof ref === 'number' ? `paragraph ${ref}` : ref}`,
        `use a paragraph number from 1 to ${paragraphCount(article.blocks)}${ref === 'headline' ? '' : ', `headline`'} or \`summary\``,
      );
      return undefined;
    }
    return block.index;
  };
  const overrides: AlignmentOverride[] = [];
  (data.alignment ?? []).forEach((pair, i) => {
    const path = ['alignment', i];
    if (pair.from === null && pair.to === null) {
      error(
        path,
        'alignment: a pair needs a paragraph on at least one side',
        'write `{ from: 12, to: 11 }`, or null on one side for a paragraph only one version has',
      );
      return;
    }
    const f = blockIndex(from, pair.from, [...path, 'from']);
    const t = blockIndex(to, pair.to, [...path, 'to']);
    if (f !== undefined && t !== undefined)
      overrides.push({ from: f, to: t, location: { file: yaml.file, ...yaml.locate(path) } });
  });

  const curated: VersionDifference[] = [];
  const readOne = (item: unknown, i: number, id: string | null): void => {
    const path: YamlPath = ['differences', i];
    const subject = id !== null ? `difference \`${id}\`` : `difference number ${i + 1}`;
    const { data: d, diagnostics: problems } = parseLocated(
      differenceSchema,
      item,
      yaml,
      path,
      subject,
    );
    diagnostics.push(...problems);
    if (!d) return;
    const anchorIn = (
      article: Article,
      selector: SelectorInput | null | undefined,
      side: 'from' | 'to',
    ): Span | null | undefined => {
      if (!selector) return null;
      const range =
        selector.paragraph === undefined
          ? { start: 0, end: article.text.length }
          : rangeOfParagraph(article.blocks, selector.paragraph);
      const where =
        selector.paragraph === undefined
          ? `the ${article.outlet} version`
          : `${typeof selector.paragraph === 'number' ? `paragraph ${selector.paragraph}` : `the ${selector.paragraph}`} of the ${article.outlet} version`;
      if (!range) {
        error(
          [...path, side, 'paragraph'],
          `${subject}: ${where} does not exist`,
          `use a paragraph number from 1 to ${paragraphCount(article.blocks)}`,
        );
        return undefined;
      }
      const result = anchorQuote(article.text, selector, range);
      if (result.ok) return result.span;
      const { message, fix } = describeAnchorProblem(
        article.text,
        selector,
        result,
        (s) => placeOf(article.blocks, s),
        where,
      );
      error([...path, side], `${subject}: ${message}`, fix);
      return undefined;
    };
    const fromSpan = anchorIn(from, d.from, 'from');
    const toSpan = anchorIn(to, d.to, 'to');
    if (fromSpan === undefined || toSpan === undefined) return;
    curated.push({
      id: d.id,
      kind: d.kind,
      from: fromSpan,
      to: toSpan,
      explanation: d.explanation,
      teacherNote: d.teacherNote ?? null,
      borderline: d.borderline ?? false,
      location: { file: yaml.file, ...yaml.locate(path) },
    });
  };
  (data.differences ?? []).forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    const before = diagnostics.length;
    readOne(item, i, typeof id === 'string' ? id : null);
    const cause = diagnostics[before];
    if (typeof id === 'string' && cause && !curated.some((d) => d.id === id))
      leftOut.push({ id, cause });
  });
  return { differences: { overrides, curated }, diagnostics, leftOut };
}

/**
 * Checks one article's annotations and anchors their quotes to offsets. Every bad annotation is
 * reported with its file, line and id; every good one is kept, whatever is wrong with its
 * neighbours.
 */
import type { Diagnostic } from '../diagnostics';
import { isVocabularyId, ANNOTATION_KINDS, type AnnotationKind } from '../vocabulary';
import { anchorQuote, describeAnchorProblem } from './anchor-quote';
import {
  ANNOTATION_KIND_IDS,
  ANNOTATION_SCHEMAS,
  type AnnotationInput,
  type SelectorInput,
} from './corpus-schemas';
import {
  deriveBlocks,
  placeOf,
  rangeOfParagraph,
  paragraphCount,
  type ParagraphRef,
} from './derive-blocks';
import type { YamlFile, YamlPath } from './read-yaml';
import { parseLocated } from './schema-diagnostics';
import { suggestOneOf } from './suggest';
import type { Annotation, Block, Distractor, SourceLocation, Span } from './types';

export interface ValidatedAnnotations {
  readonly annotations: Annotation[];
  readonly blocks: Block[];
  readonly diagnostics: Diagnostic[];
  /** The annotations a mistake kept out, each with the first problem found in it. */
  readonly leftOut: { readonly id: string; readonly cause: Diagnostic }[];
}

interface Parsed {
  readonly input: AnnotationInput;
  readonly path: YamlPath;
  readonly location: SourceLocation;
}

/** Kinds whose blocks have no paragraph number, so they are anchored before numbering. */
const UNNUMBERED_KINDS: readonly AnnotationKind[] = ['headline', 'summary'];

export function validateAnnotations(
  articleId: string,
  text: string,
  raw: readonly unknown[],
  yaml: YamlFile,
): ValidatedAnnotations {
  const diagnostics: Diagnostic[] = [];
  const causes = new Map<string, Diagnostic>();
  /** Runs one step for one annotation; if it drops the annotation, its first new problem is why. */
  const noting = <T>(id: unknown, step: () => T[]): T[] => {
    const before = diagnostics.length;
    const result = step();
    const cause = diagnostics[before];
    if (result.length === 0 && cause && typeof id === 'string' && !causes.has(id))
      causes.set(id, cause);
    return result;
  };
  const parsed = raw.flatMap((item, index) =>
    noting((item as { id?: unknown } | null)?.id, () =>
      parseAnnotation(item, ['annotations', index], yaml, diagnostics),
    ),
  );

  // Headline and summary blocks are unnumbered, so paragraph numbers exist only once they are anchored.
  const first = parsed.filter((p) => UNNUMBERED_KINDS.includes(p.input.kind));
  const provisional = deriveBlocks(text, { headline: [], summary: [], boilerplate: [] });
  const firstResolved = first.flatMap((p) =>
    noting(p.input.id, () => resolve(p, articleId, text, provisional, yaml, diagnostics, false)),
  );
  checkWholeLines(firstResolved, text, provisional, yaml, diagnostics);
  const numbered = deriveBlocks(text, {
    headline: firstResolved.filter((a) => a.kind === 'headline').map((a) => a.span),
    summary: firstResolved.filter((a) => a.kind === 'summary').map((a) => a.span),
    boilerplate: [],
  });
  const rest = parsed.filter((p) => !UNNUMBERED_KINDS.includes(p.input.kind));
  const restResolved = rest.flatMap((p) =>
    noting(p.input.id, () => resolve(p, articleId, text, numbered, yaml, diagnostics, true)),
  );

  // Keep the teacher's order, which is reading order for a well-kept file.
  const order = new Map(parsed.map((p, i) => [p.input.id, i]));
  const annotations = [...firstResolved, ...restResolved].sort(
    (a, b) => order.get(a.id)! - order.get(b.id)!,
  );
  const blocks = deriveBlocks(text, {
    headline: annotations.filter((a) => a.kind === 'headline').map((a) => a.span),
    summary: annotations.filter((a) => a.kind === 'summary').map((a) => a.span),
    boilerplate: annotations.filter((a) => a.kind === 'boilerplate').map((a) => a.span),
  });

  checkClaimReferences(annotations, raw, yaml, diagnostics);
  checkOverlaps(annotations, text, blocks, yaml, diagnostics);
  const kept = new Set(annotations.map((a) => a.id));
  const leftOut = [...causes].filter(([id]) => !kept.has(id)).map(([id, cause]) => ({ id, cause }));
  return { annotations, blocks, diagnostics, leftOut };
}

function subjectOf(item: unknown, index: number): string {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id
    ? `annotation \`${id}\``
    : `annotation number ${index + 1} (it has no id)`;
}

function parseAnnotation(
  item: unknown,
  path: YamlPath,
  yaml: YamlFile,
  diagnostics: Diagnostic[],
): Parsed[] {
  const subject = subjectOf(item, path[1] as number);
  const at = yaml.locate(path);
  const error = (message: string, fix: string, where = at) =>
    diagnostics.push({ file: yaml.file, ...where, severity: 'error', message, fix });
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    error(
      `${subject} is not a mapping of fields`,
      'start each annotation with `- id: …` and put its fields on the lines below, indented',
    );
    return [];
  }
  const kind = (item as { kind?: unknown }).kind;
  if (kind === undefined) {
    error(
      `${subject} is missing the required field \`kind\``,
      `add \`kind: …\`; ${suggestOneOf('', ANNOTATION_KIND_IDS)}`,
    );
    return [];
  }
  if (Array.isArray(kind)) {
    const first = kind.map(String).find((k) => isVocabularyId(ANNOTATION_KINDS, k));
    error(
      `${subject}: \`kind\` takes one kind, not a list`,
      first
        ? `write \`kind: ${first}\`, and a second annotation for the other kind`
        : `use one of: ${ANNOTATION_KIND_IDS.join(', ')}`,
      yaml.locate([...path, 'kind']),
    );
    return [];
  }
  if (typeof kind !== 'string' || !isVocabularyId(ANNOTATION_KINDS, kind)) {
    error(
      `${subject} has an unknown kind \`${String(kind)}\``,
      suggestOneOf(String(kind), ANNOTATION_KIND_IDS),
      yaml.locate([...path, 'kind']),
    );
    return [];
  }
  const { data, diagnostics: problems } = parseLocated(
    ANNOTATION_SCHEMAS[kind],
    item,
    yaml,
    path,
    subject,
  );
  diagnostics.push(...problems);
  return data
    ? [{ input: data as AnnotationInput, path, location: { file: yaml.file, ...at } }]
    : [];
}

/** Anchors every selector of one annotation; null (with diagnostics) if any required one fails. */
function resolve(
  { input, path, location }: Parsed,
  articleId: string,
  text: string,
  blocks: readonly Block[],
  yaml: YamlFile,
  diagnostics: Diagnostic[],
  numbered: boolean,
): Annotation[] {
  const subject = `annotation \`${input.id}\``;
  let failed = false;
  const anchor = (selector: SelectorInput, field: YamlPath): Span | null => {
    const where = yaml.locate([...path, ...field]);
    const report = (message: string, fix: string) => {
      failed = true;
      diagnostics.push({
        file: yaml.file,
        ...where,
        severity: 'error',
        message: `${subject}: ${message}`,
        fix,
      });
      return null;
    };
    const paragraph: ParagraphRef | undefined = selector.paragraph ?? input.paragraph;
    let range: Span = { start: 0, end: text.length };
    let rangeName = 'the article';
    if (paragraph !== undefined && (numbered || typeof paragraph !== 'number')) {
      const found = rangeOfParagraph(blocks, paragraph);
      if (!found) {
        const count = paragraphCount(blocks);
        return report(
          `\`paragraph: ${paragraph}\` does not exist in this article`,
          typeof paragraph === 'number'
            ? `use a number from 1 to ${count}`
            : `this article has no ${paragraph}; remove \`paragraph:\``,
        );
      }
      range = found;
      rangeName =
        typeof paragraph === 'number'
          ? `paragraph ${paragraph}`
          : `the ${paragraph === 'summary' ? 'summary box' : 'headline'}`;
    }
    const result = anchorQuote(text, selector, range);
    if (result.ok) return result.span;
    const { message, fix } = describeAnchorProblem(
      text,
      selector,
      result,
      (s) => placeOf(blocks, s),
      rangeName,
    );
    return report(message, fix);
  };

  if (
    !numbered &&
    [input.paragraph, ...selectorsOf(input).map((sel) => sel.paragraph)].some(
      (p) => typeof p === 'number',
    )
  ) {
    // Reported, but the quote is still anchored in the whole text: dropping a headline would renumber every paragraph.
    diagnostics.push({
      file: yaml.file,
      ...yaml.locate([...path, 'paragraph']),
      severity: 'error',
      message: `${subject}: a ${input.kind} cannot use a paragraph number`,
      fix: 'remove `paragraph:`; paragraph numbers are counted after the headline and summary box, which have none',
    });
  }
  if (numbered && input.paragraph !== undefined && !rangeOfParagraph(blocks, input.paragraph)) {
    diagnostics.push({
      file: yaml.file,
      ...yaml.locate([...path, 'paragraph']),
      severity: 'error',
      message: `${subject}: \`paragraph: ${input.paragraph}\` does not exist in this article`,
      fix:
        typeof input.paragraph === 'number'
          ? `use a number from 1 to ${paragraphCount(blocks)}`
          : `this article has no ${input.paragraph}; remove \`paragraph:\``,
    });
    return [];
  }

  const partsOf = (): { span: Span | null; parts: Record<string, Span | null> } => {
    if (input.kind !== 'attribution') {
      const span = anchor(input.quote, ['quote']);
      return { span, parts: {} };
    }
    const source = input.source ? anchor(input.source, ['source']) : null;
    const cue = input.cue ? anchor(input.cue, ['cue']) : null;
    const content = anchor(input.content, ['content']);
    const span = content ? hull([source, cue, content].filter((s): s is Span => s !== null)) : null;
    return { span, parts: { source, cue, content } };
  };
  const { span, parts } = partsOf();
  const extent = input.extent ? anchor(input.extent, ['extent']) : null;
  const distractors: Distractor[] = [];
  (input.distractors ?? []).forEach((d, i) => {
    const dSpan = anchor(d, ['distractors', i]);
    if (dSpan) distractors.push({ span: dSpan, note: d.note });
  });
  if (failed || !span) return [];

  const base = {
    id: input.id,
    articleId,
    span,
    extent: extent ? hull([span, extent]) : span,
    explanation: input.explanation,
    teacherNote: input.teacherNote ?? null,
    distractors,
    borderline: input.borderline ?? false,
    location,
  };
  switch (input.kind) {
    case 'attribution':
      return [
        {
          ...base,
          kind: input.kind,
          sourceType: input.sourceType,
          source: parts.source ?? null,
          cue: parts.cue ?? null,
          content: parts.content!,
          refersTo: input.refersTo ?? null,
        },
      ];
    case 'unverified-claim':
      return [
        {
          ...base,
          kind: input.kind,
          status: input.status[0]!,
          statuses: input.status,
          restsOn: input.restsOn,
          attributionId: input.attribution ?? null,
        },
      ];
    case 'loaded-wording':
      return [{ ...base, kind: input.kind, alternatives: input.alternatives }];
    default:
      return [{ ...base, kind: input.kind }];
  }
}

function selectorsOf(input: AnnotationInput): SelectorInput[] {
  const own =
    input.kind === 'attribution' ? [input.source, input.cue, input.content] : [input.quote];
  return [...own, input.extent, ...(input.distractors ?? [])].filter(
    (sel): sel is SelectorInput => sel !== undefined,
  );
}

export function hull(spans: readonly Span[]): Span {
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}

/** A headline or summary box is made of whole lines, or its lines would keep their paragraph numbers. */
function checkWholeLines(
  annotations: readonly Annotation[],
  text: string,
  blocks: readonly Block[],
  yaml: YamlFile,
  diagnostics: Diagnostic[],
) {
  for (const a of annotations) {
    if (blocks.some((b) => b.start === a.span.start) && blocks.some((b) => b.end === a.span.end))
      continue;
    diagnostics.push({
      file: yaml.file,
      line: a.location.line,
      column: a.location.column,
      severity: 'error',
      message: `annotation \`${a.id}\`: a ${a.kind} must cover whole lines of the text, but “${text.slice(a.span.start, a.span.end)}” is only part of line ${text.slice(0, a.span.start).split('\n').length} of the .txt`,
      fix: 'quote every word of the line(s), from the first to the last',
    });
  }
}

/** A claim's `attribution:` must name an attribution of the same article. */
function checkClaimReferences(
  annotations: readonly Annotation[],
  raw: readonly unknown[],
  yaml: YamlFile,
  diagnostics: Diagnostic[],
) {
  const kinds = new Map<string, unknown>();
  for (const item of raw) {
    if (item && typeof item === 'object')
      kinds.set(String((item as { id?: unknown }).id), (item as { kind?: unknown }).kind);
  }
  annotations.forEach((a) => {
    if (a.kind !== 'unverified-claim' || a.attributionId === null) return;
    const kind = kinds.get(a.attributionId);
    if (kind === 'attribution') return;
    const index = raw.findIndex((item) => (item as { id?: unknown } | null)?.id === a.id);
    const attributions = [...kinds].filter(([, k]) => k === 'attribution').map(([id]) => id);
    diagnostics.push({
      file: yaml.file,
      ...yaml.locate(['annotations', index, 'attribution']),
      severity: 'error',
      message:
        kind === undefined
          ? `annotation \`${a.id}\`: \`attribution: ${a.attributionId}\` is not the id of any annotation in this article`
          : `annotation \`${a.id}\`: \`attribution: ${a.attributionId}\` names a ${String(kind)} annotation, not an attribution`,
      fix: attributions.length
        ? suggestOneOf(a.attributionId, attributions)
        : 'add the attribution first, or remove `attribution:`',
    });
  });
}

/** Two annotations of one kind may nest, never partly overlap (a student could not select both). */
function checkOverlaps(
  annotations: readonly Annotation[],
  text: string,
  blocks: readonly Block[],
  yaml: YamlFile,
  diagnostics: Diagnostic[],
) {
  const byKind = new Map<AnnotationKind, Annotation[]>();
  for (const a of annotations) byKind.set(a.kind, [...(byKind.get(a.kind) ?? []), a]);
  for (const group of byKind.values()) {
    const sorted = [...group].sort(
      (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
    );
    sorted.forEach((a, i) => {
      for (const b of sorted.slice(i + 1)) {
        if (b.span.start >= a.span.end) break;
        if (b.span.end <= a.span.end) continue; // nested
        const later = a.location.line > b.location.line ? a : b;
        const other = later === a ? b : a;
        diagnostics.push({
          file: yaml.file,
          line: later.location.line,
          column: later.location.column,
          severity: 'error',
          message: `${a.kind} annotations \`${other.id}\` and \`${later.id}\` partly overlap on “${text.slice(b.span.start, a.span.end)}” (${placeOf(blocks, b.span)})`,
          fix: 'two annotations of the same kind may sit one inside the other but not cross; shorten one so they nest or do not touch',
        });
      }
    });
  }
}

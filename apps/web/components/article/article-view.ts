/**
 * What the annotated-text renderer draws for one article: the blocks to show, each cut into
 * marked runs with note markers, and one note per annotation explaining its mark. Pure data, so
 * the reader, the lessons' <Article>/<Passage> and the teacher's answer key share one model.
 */
import type { Annotation, Article, Block, Span } from '@sayswho/core';
import { sourceLabel } from '@sayswho/core/quiz';
import {
  ANNOTATION_KINDS,
  ATTRIBUTION_ROLES,
  CLAIM_STATUSES,
  LAYER_KINDS,
  LAYERS,
  SOURCE_TYPES,
  vocabularyIds,
  type AnnotationKind,
  type AttributionRole,
  type Layer,
} from '@sayswho/core/vocabulary';
import { articleText } from '@/lib/ui-text/article';
import { segmentText, type Anchor, type MarkSpan, type Piece } from './segment-text';

/** How a run of text is drawn; each style uses its own CSS property so overlaps stay visible. */
export type MarkStyle =
  'source' | 'cue' | 'content' | 'claim' | 'disclaimer' | 'loaded' | 'structure';

export interface ArticleMark {
  readonly style: MarkStyle;
  readonly layer: Layer;
}

export interface NoteDetail {
  readonly label: string;
  readonly value: string;
}

export interface Note {
  readonly annotationId: string;
  readonly layer: Layer;
  /** Marker text, e.g. “A3”: the layer’s letter and the note’s number within the layer. */
  readonly code: string;
  readonly kindLabel: string;
  readonly quote: string;
  readonly details: readonly NoteDetail[];
  readonly explanation: string;
  readonly teacherNote: string | null;
  readonly borderline: boolean;
}

export interface BlockView {
  readonly block: Block;
  readonly pieces: readonly Piece<ArticleMark, Note>[];
  /** Marks covering the whole block (a headline, a boilerplate line), drawn around the block. */
  readonly blockMarks: readonly ArticleMark[];
}

export interface LayerSummary {
  readonly layer: Layer;
  readonly count: number;
}

export interface ArticleView {
  readonly blocks: readonly BlockView[];
  readonly notes: readonly Note[];
  readonly layers: readonly LayerSummary[];
}

export interface ArticleViewOptions {
  /** First and last paragraph number to show, inclusive; default the whole article. */
  readonly paragraphs?: readonly number[];
  /** Show the headline (default: only when showing the whole article). */
  readonly headline?: boolean;
  /** Show the summary box (default: only when showing the whole article). */
  readonly summary?: boolean;
  /** The layers that can be drawn; default all of them. */
  readonly layers?: readonly Layer[];
  /** Draw only these annotations (an exercise's answer key); default every annotation. */
  readonly annotationIds?: readonly string[];
  /** For attributions, which parts to draw; default source, cue and content. */
  readonly roles?: readonly AttributionRole[];
}

const ALL_ROLES = vocabularyIds(ATTRIBUTION_ROLES);

export function layerOf(kind: AnnotationKind): Layer {
  return vocabularyIds(LAYERS).find((layer) => LAYER_KINDS[layer].includes(kind))!;
}

function showsBlock(block: Block, options: ArticleViewOptions): boolean {
  const whole = options.paragraphs === undefined;
  if (block.role === 'headline') return options.headline ?? whole;
  if (block.role === 'summary-heading' || block.role === 'summary-item')
    return options.summary ?? whole;
  if (whole) return true;
  const [first = 1, last = first] = options.paragraphs!;
  return block.paragraph !== null && block.paragraph >= first && block.paragraph <= last;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function marksOf(
  annotation: Annotation,
  roles: readonly AttributionRole[],
): MarkSpan<ArticleMark>[] {
  const layer = layerOf(annotation.kind);
  const mark = (span: Span | null, style: MarkStyle) =>
    span ? [{ start: span.start, end: span.end, mark: { style, layer } }] : [];
  switch (annotation.kind) {
    case 'attribution':
      return [
        ...(roles.includes('content') ? mark(annotation.content, 'content') : []),
        ...(roles.includes('source') ? mark(annotation.source, 'source') : []),
        ...(roles.includes('cue') ? mark(annotation.cue, 'cue') : []),
      ];
    case 'unverified-claim':
      return mark(annotation.span, 'claim');
    case 'disclaimer':
      return mark(annotation.span, 'disclaimer');
    case 'loaded-wording':
      return mark(annotation.span, 'loaded');
    default:
      return mark(annotation.span, 'structure');
  }
}

function detailsOf(annotation: Annotation, text: string): NoteDetail[] {
  const quote = (span: Span) => text.slice(span.start, span.end);
  switch (annotation.kind) {
    case 'attribution':
      return [
        ...(annotation.source
          ? [
              {
                label: articleText.source,
                value: sourceLabel(quote(annotation.source), annotation.refersTo),
              },
            ]
          : []),
        ...(annotation.cue ? [{ label: articleText.cue, value: quote(annotation.cue) }] : []),
        { label: articleText.sourceType, value: SOURCE_TYPES[annotation.sourceType].label },
      ];
    case 'unverified-claim':
      return [
        {
          label: articleText.status,
          value: annotation.statuses.map((s) => CLAIM_STATUSES[s].label).join('; '),
        },
        { label: articleText.restsOn, value: annotation.restsOn },
      ];
    case 'loaded-wording':
      return annotation.alternatives.length > 0
        ? [{ label: articleText.alternatives, value: annotation.alternatives.join(', ') }]
        : [];
    default:
      return [];
  }
}

/** The block a note marker follows: where its annotation ends, or the last shown block it reaches. */
function anchorOf(span: Span, blocks: readonly Block[]): { block: Block; at: number } | null {
  const home = blocks.find((b) => b.start < span.end && span.end <= b.end);
  if (home) return { block: home, at: span.end };
  const reached = blocks.filter((b) => b.start < span.end && b.end > span.start).at(-1);
  return reached ? { block: reached, at: reached.end } : null;
}

export function buildArticleView(article: Article, options: ArticleViewOptions = {}): ArticleView {
  const layers = options.layers ?? vocabularyIds(LAYERS);
  const roles = options.roles ?? ALL_ROLES;
  const blocks = article.blocks.filter((b) => showsBlock(b, options));
  const wanted = options.annotationIds ? new Set(options.annotationIds) : null;

  const drawn = article.annotations
    .filter((a) => layers.includes(layerOf(a.kind)) && (!wanted || wanted.has(a.id)))
    .filter((a) => blocks.some((b) => overlaps(a.span, b)))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);

  const numbers = new Map<Layer, number>();
  const notes: Note[] = drawn.map((annotation) => {
    const layer = layerOf(annotation.kind);
    const number = (numbers.get(layer) ?? 0) + 1;
    numbers.set(layer, number);
    return {
      annotationId: annotation.id,
      layer,
      code: `${articleText.layerCode[layer]}${number}`,
      kindLabel: ANNOTATION_KINDS[annotation.kind].label,
      quote: article.text.slice(annotation.span.start, annotation.span.end),
      details: detailsOf(annotation, article.text),
      explanation: annotation.explanation,
      teacherNote: annotation.teacherNote,
      borderline: annotation.borderline,
    };
  });

  const marks = drawn.flatMap((a) => marksOf(a, roles));
  const anchors = new Map<Block, Anchor<Note>[]>();
  drawn.forEach((annotation, i) => {
    const anchor = anchorOf(annotation.span, blocks);
    if (anchor)
      anchors.set(anchor.block, [
        ...(anchors.get(anchor.block) ?? []),
        { at: anchor.at, item: notes[i]! },
      ]);
  });

  return {
    blocks: blocks.map((block) => {
      // Page parts usually cover whole blocks; a box round the block reads better than one per run.
      const whole = (m: MarkSpan<ArticleMark>) =>
        m.mark.style === 'structure' && m.start <= block.start && m.end >= block.end;
      return {
        block,
        pieces: segmentText(
          block,
          marks.filter((m) => !whole(m)),
          anchors.get(block),
        ),
        blockMarks: marks.filter(whole).map((m) => m.mark),
      };
    }),
    notes,
    layers: layers.map((layer) => ({
      layer,
      count: notes.filter((n) => n.layer === layer).length,
    })),
  };
}

/**
 * What the Annotate page edits: an annotation as a draft (the spans of its parts and its fields),
 * made from one already in the corpus for Edit, and the id a new one gets when the teacher leaves
 * it empty. Browser-safe (no Node imports).
 */
import type { Annotation, Span } from '@sayswho/core';

export type Part = 'source' | 'cue' | 'content' | 'quote';

/** An attribution's parts are picked in turn; every other kind has one quote. */
export function partsOf(kind: string): readonly Part[] {
  return kind === 'attribution' ? ['source', 'cue', 'content'] : ['quote'];
}

export interface Draft {
  readonly id: string;
  readonly kind: string;
  readonly parts: Partial<Record<Part, Span>>;
  readonly sourceType: string;
  readonly status: readonly string[];
  readonly restsOn: string;
  readonly attribution: string;
  readonly alternatives: string;
  readonly explanation: string;
}

export const EMPTY_DRAFT: Draft = {
  id: '',
  kind: 'attribution',
  parts: {},
  sourceType: 'named-official',
  status: [],
  restsOn: '',
  attribution: '',
  alternatives: '',
  explanation: '',
};

export function draftOf(annotation: Annotation): Draft {
  const base = { ...EMPTY_DRAFT, id: annotation.id, kind: annotation.kind };
  const explanation = annotation.explanation;
  switch (annotation.kind) {
    case 'attribution':
      return {
        ...base,
        explanation,
        sourceType: annotation.sourceType,
        parts: {
          content: annotation.content,
          ...(annotation.source ? { source: annotation.source } : {}),
          ...(annotation.cue ? { cue: annotation.cue } : {}),
        },
      };
    case 'unverified-claim':
      return {
        ...base,
        explanation,
        parts: { quote: annotation.span },
        status: annotation.statuses,
        restsOn: annotation.restsOn,
        attribution: annotation.attributionId ?? '',
      };
    case 'loaded-wording':
      return {
        ...base,
        explanation,
        parts: { quote: annotation.span },
        alternatives: annotation.alternatives.join(', '),
      };
    default:
      return { ...base, explanation, parts: { quote: annotation.span } };
  }
}

/** The first `count` words as an id's part: `Critics slammed` → `critics-slammed`. */
function slugWords(words: string, count: number): string {
  return words
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, count)
    .join('-');
}

/** `gazette-slammed`: the article's last word and the first words picked, as an id. */
export function suggestedId(articleId: string, words: string): string {
  const prefix = articleId.split('-').pop() ?? articleId;
  return `${prefix}-${slugWords(words, 4)}`.replace(/-+$/, '');
}

/** One span over every marked word (the picker may hold several phrases). */
export function coveringSpan(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}

/**
 * Reads W3C Web Annotations exported by the kit back into Says Who annotations: same kinds,
 * fields and offsets. Positions are trusted only when the quote at them still matches the text.
 */
import type {
  Annotation,
  Distractor,
  SourceLocation,
  Span,
  VersionDifference,
} from '../corpus/types';
import {
  ANNOTATION_KINDS,
  DIFFERENCE_KINDS,
  isVocabularyId,
  type ClaimStatus,
  type SourceType,
} from '../vocabulary';
import { VERSION_DIFFERENCE_TAG } from './export-w3c';
import { idFromIri, spanFromSelectors } from './w3c-terms';

type Json = Record<string, unknown>;

const bodies = (a: Json) => (Array.isArray(a.body) ? a.body : [a.body]) as Json[];
const tags = (a: Json) =>
  bodies(a)
    .filter((b) => b?.purpose === 'tagging')
    .map((b) => String(b.value));
const explanationOf = (a: Json) =>
  String(bodies(a).find((b) => b?.purpose === 'describing')?.value ?? '');
const targets = (a: Json) => (Array.isArray(a.target) ? a.target : [a.target]) as Json[];
const field = <T>(a: Json, name: string): T => a[`sayswho:${name}`] as T;

function asList(json: unknown): Json[] {
  if (Array.isArray(json)) return json as Json[];
  const collection = json as Json;
  if (collection?.type === 'AnnotationCollection')
    return ((collection.first as Json)?.items ?? []) as Json[];
  throw new Error('Expected a JSON array of annotations or an AnnotationCollection.');
}

/** `text` is the article's `.txt`, exactly as exported. */
export function importArticle(
  json: unknown,
  article: { readonly id: string; readonly text: string },
): Annotation[] {
  return asList(json).map((a) => {
    const kind = tags(a)[0] ?? '';
    if (!isVocabularyId(ANNOTATION_KINDS, kind))
      throw new Error(
        `${String(a.id)}: the tagging body “${kind}” is not a Says Who annotation kind.`,
      );
    const span = (selectors: unknown): Span => spanFromSelectors(article.text, selectors);
    const target = targets(a)[0]!;
    const articleId = idFromIri(String(target.source), 'article');
    if (articleId !== article.id)
      throw new Error(`${String(a.id)} targets ${articleId}, not ${article.id}.`);
    const base = {
      id: idFromIri(String(a.id), 'annotation'),
      articleId,
      span: span(target.selector),
      extent: span(field(a, 'extent')),
      explanation: explanationOf(a),
      teacherNote: field<string | null>(a, 'teacherNote') ?? null,
      distractors: (field<Json[]>(a, 'distractors') ?? []).map((d): Distractor => ({
        span: span(d.selector),
        note: String(d.note),
      })),
      borderline: field<boolean>(a, 'borderline') === true,
      location: field<SourceLocation>(a, 'location'),
    };
    switch (kind) {
      case 'attribution': {
        const parts = field<Record<'source' | 'cue' | 'content', unknown>>(a, 'parts');
        return {
          ...base,
          kind,
          sourceType: field<SourceType>(a, 'sourceType'),
          source: parts.source ? span(parts.source) : null,
          cue: parts.cue ? span(parts.cue) : null,
          content: span(parts.content),
          refersTo: field<string | null>(a, 'refersTo') ?? null,
        };
      }
      case 'unverified-claim': {
        const attribution = field<string | null>(a, 'attribution');
        const written = field<ClaimStatus | ClaimStatus[]>(a, 'status');
        const statuses = Array.isArray(written) ? written : [written];
        return {
          ...base,
          kind,
          status: statuses[0]!,
          statuses,
          restsOn: field<string>(a, 'restsOn'),
          attributionId: attribution ? idFromIri(attribution, 'annotation') : null,
        };
      }
      case 'loaded-wording':
        return { ...base, kind, alternatives: field<string[]>(a, 'alternatives') };
      default:
        return { ...base, kind };
    }
  });
}

/** `texts` maps article ids to their `.txt`. */
export function importDifferences(
  json: unknown,
  texts: Readonly<Record<string, string>>,
): VersionDifference[] {
  return asList(json).map((a) => {
    if (!tags(a).includes(VERSION_DIFFERENCE_TAG))
      throw new Error(`${String(a.id)} is not tagged “${VERSION_DIFFERENCE_TAG}”.`);
    const kind = field<string>(a, 'differenceKind');
    if (!isVocabularyId(DIFFERENCE_KINDS, kind))
      throw new Error(`${String(a.id)}: “${kind}” is not a Says Who difference kind.`);
    const side = (which: 'fromArticle' | 'toArticle'): Span | null => {
      const iri = field<string>(a, which);
      const target = targets(a).find((t) => t.source === iri);
      if (!target) return null;
      const text = texts[idFromIri(iri, 'article')];
      if (text === undefined)
        throw new Error(`${String(a.id)} targets ${iri}, whose text was not given.`);
      return spanFromSelectors(text, target.selector);
    };
    return {
      id: idFromIri(String(a.id), 'difference'),
      kind,
      from: side('fromArticle'),
      to: side('toArticle'),
      explanation: explanationOf(a),
      teacherNote: field<string | null>(a, 'teacherNote') ?? null,
      borderline: field<boolean>(a, 'borderline') === true,
      location: field<SourceLocation | null>(a, 'location') ?? null,
    };
  });
}

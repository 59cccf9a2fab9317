/**
 * Save and Delete on the Annotate page. The page sends the words picked for each part as spans of
 * the article's text; here they become the quotes the file holds (exact, with the paragraph, and
 * an occurrence when the words repeat there: the core's selectorForSpan), the annotation's
 * fields are written in place in its .yaml (only its changed lines), and the save is checked like
 * `npm run check` before anything is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  putAnnotation,
  removeAnnotation,
  selectorForSpan,
  type Article,
  type Span,
} from '@sayswho/core';
import {
  ANNOTATION_KINDS,
  CLAIM_STATUSES,
  SOURCE_TYPES,
  vocabularyIds,
} from '@sayswho/core/vocabulary';
import { z } from 'zod';
import { writeChecked, type Checked, type KitDirs } from './checked-write';

const span = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((s) => s.end > s.start, 'the words picked are empty');
const words = z.string().trim().min(1).max(300);
/** A vocabulary's id, refused with its choices in words rather than the validator's. */
function oneOf(vocabulary: Parameters<typeof vocabularyIds>[0]) {
  const ids = vocabularyIds(vocabulary);
  return z.enum(ids, { error: `choose one of ${ids.join(', ')}` });
}

export const annotationDraft = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes'),
  kind: oneOf(ANNOTATION_KINDS),
  parts: z.object({
    quote: span.optional(),
    source: span.optional(),
    cue: span.optional(),
    content: span.optional(),
  }),
  sourceType: oneOf(SOURCE_TYPES).optional(),
  status: z.array(oneOf(CLAIM_STATUSES)).max(4).optional(),
  restsOn: words.optional(),
  attribution: z.string().max(80).optional(),
  alternatives: z.array(words).max(10).optional(),
  explanation: z.string().trim().min(1, 'write what students should learn from it').max(2000),
});
export type AnnotationDraft = z.infer<typeof annotationDraft>;

// One object rather than a union of Save and Delete, so that a wrong field is named in the 400
// (a union answers only "Invalid input").
export const annotationRequest = z
  .object({
    article: z.string().max(120),
    /** The id of the annotation being edited; absent for a new one. */
    replacing: z.string().max(120).optional(),
    annotation: annotationDraft.optional(),
    delete: z.string().max(120).optional(),
  })
  .refine((r) => !r.annotation !== !r.delete, 'send an annotation to save, or the id to delete');
export type AnnotationRequest = z.infer<typeof annotationRequest>;

/** The fields the Annotate page writes; any other (teacher notes, distractors) is kept as it is. */
const MANAGED = [
  'kind',
  'paragraph',
  'quote',
  'source',
  'cue',
  'content',
  'sourceType',
  'status',
  'restsOn',
  'attribution',
  'alternatives',
  'explanation',
];

/** The annotation as the file holds it: fields in the order the corpus guide lists them. */
export function annotationFields(article: Article, draft: AnnotationDraft) {
  const picked = Object.entries(draft.parts).filter((entry): entry is [string, Span] => !!entry[1]);
  if (picked.length === 0) throw new Error('Pick the words first.');
  const selectors = Object.fromEntries(
    picked.map(([part, s]) => [part, selectorForSpan(article.text, article.blocks, s)]),
  );
  // Headline and summary lines have no paragraph number: their quotes are found in the whole text.
  const unnumbered = draft.kind === 'headline' || draft.kind === 'summary';
  const main =
    selectors[draft.kind === 'attribution' ? 'content' : 'quote'] ?? Object.values(selectors)[0]!;
  const paragraph = unnumbered ? undefined : main.paragraph;
  // A quote in the annotation's own paragraph is written as the words alone, as teachers write it.
  const written = Object.fromEntries(
    Object.entries(selectors).map(([part, { quote, occurrence, paragraph: at }]) => {
      const place = unnumbered || at === paragraph ? {} : { paragraph: at };
      const which = occurrence === undefined ? {} : { occurrence };
      const plain = Object.keys({ ...place, ...which }).length === 0;
      return [part, plain ? quote : { quote, ...place, ...which }];
    }),
  );
  const claim = draft.kind === 'unverified-claim';
  return {
    id: draft.id,
    kind: draft.kind,
    paragraph,
    ...written,
    sourceType: draft.kind === 'attribution' ? draft.sourceType : undefined,
    status: claim ? (draft.status?.length === 1 ? draft.status[0] : draft.status) : undefined,
    restsOn: claim ? draft.restsOn : undefined,
    attribution: claim && draft.attribution ? draft.attribution : undefined,
    alternatives: draft.kind === 'loaded-wording' ? draft.alternatives : undefined,
    explanation: draft.explanation,
  };
}

function annotationFile(corpusDir: string, article: Article): string {
  return path.join(corpusDir, article.storyId, `${article.id}.yaml`);
}

export function saveAnnotation(
  dirs: KitDirs,
  articles: readonly Article[],
  request: AnnotationRequest,
): Checked<{ readonly id: string | null }> {
  const article = articles.find((a) => a.id === request.article);
  if (!article) return { ok: false, problems: [`There is no article "${request.article}".`] };
  const { annotation } = request;
  let edit: (source: string) => string;
  try {
    if (!annotation) edit = (source) => removeAnnotation(source, request.delete ?? '');
    else {
      const fields = annotationFields(article, annotation);
      edit = (source) => putAnnotation(source, fields, MANAGED, request.replacing);
    }
  } catch (caught) {
    return { ok: false, problems: [(caught as Error).message] };
  }
  return writeChecked(dirs, (corpusDir) => {
    const file = annotationFile(corpusDir, article);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return { id: annotation?.id ?? null };
  });
}

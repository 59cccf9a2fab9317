/**
 * Says Who annotations as W3C Web Annotations, so Hypothesis and other annotation tools can show
 * them. Each annotation is tagged with its kind (a tagging body), explained in a TextualBody, and
 * targets the article's `.txt` with a TextQuoteSelector and a TextPositionSelector (code points,
 * end exclusive). Everything W3C has no term for travels under the `sayswho:` prefix.
 */
import type { Annotation, Article, Corpus, Story, VersionDifference } from '../corpus/types';
import { annotationIri, articleIri, differenceIri, selectorsFor, W3C_CONTEXT } from './w3c-terms';

/** The tag of a version difference; annotation kinds tag themselves with their vocabulary id. */
export const VERSION_DIFFERENCE_TAG = 'version-difference';

export type W3cAnnotation = Record<string, unknown> & { id: string; type: 'Annotation' };

const tagBody = (tag: string) => ({ type: 'TextualBody', purpose: 'tagging', value: tag });
const explanationBody = (text: string) => ({
  type: 'TextualBody',
  purpose: 'describing',
  value: text,
  format: 'text/plain',
  language: 'en',
});

export function exportArticle(article: Article): W3cAnnotation[] {
  return article.annotations.map((a) => exportAnnotation(article, a));
}

function exportAnnotation(article: Article, a: Annotation): W3cAnnotation {
  const selectors = (span: Annotation['span'] | null) =>
    span ? selectorsFor(article.text, span) : null;
  const extras: Record<string, unknown> = {};
  switch (a.kind) {
    case 'attribution':
      extras['sayswho:sourceType'] = a.sourceType;
      extras['sayswho:refersTo'] = a.refersTo;
      extras['sayswho:parts'] = {
        source: selectors(a.source),
        cue: selectors(a.cue),
        content: selectors(a.content),
      };
      break;
    case 'unverified-claim':
      // One id, or a list when the claim has several statuses: as the teacher wrote it.
      extras['sayswho:status'] = a.statuses.length === 1 ? a.status : a.statuses;
      extras['sayswho:restsOn'] = a.restsOn;
      extras['sayswho:attribution'] =
        a.attributionId && annotationIri(article.storyId, a.attributionId);
      break;
    case 'loaded-wording':
      extras['sayswho:alternatives'] = a.alternatives;
      break;
  }
  return {
    '@context': W3C_CONTEXT,
    id: annotationIri(article.storyId, a.id),
    type: 'Annotation',
    motivation: 'tagging',
    body: [tagBody(a.kind), explanationBody(a.explanation)],
    target: {
      type: 'SpecificResource',
      source: articleIri(article.id),
      selector: selectors(a.span),
    },
    ...extras,
    'sayswho:extent': selectors(a.extent),
    'sayswho:distractors': a.distractors.map((d) => ({
      selector: selectors(d.span),
      note: d.note,
    })),
    'sayswho:borderline': a.borderline,
    'sayswho:teacherNote': a.teacherNote,
    'sayswho:location': a.location,
  };
}

/** A story's differences; each targets the passage in both versions (or the one that has it). */
export function exportDifferences(story: Story, corpus: Corpus): W3cAnnotation[] {
  const comparison = story.comparison;
  if (!comparison) return [];
  const from = corpus.articles.find((a) => a.id === comparison.fromArticleId)!;
  const to = corpus.articles.find((a) => a.id === comparison.toArticleId)!;
  return comparison.differences.map((d: VersionDifference) => ({
    '@context': W3C_CONTEXT,
    id: differenceIri(story.id, d.id),
    type: 'Annotation',
    motivation: 'tagging',
    body: [tagBody(VERSION_DIFFERENCE_TAG), tagBody(d.kind), explanationBody(d.explanation)],
    target: [
      ...(d.from
        ? [
            {
              type: 'SpecificResource',
              source: articleIri(from.id),
              selector: selectorsFor(from.text, d.from),
            },
          ]
        : []),
      ...(d.to
        ? [
            {
              type: 'SpecificResource',
              source: articleIri(to.id),
              selector: selectorsFor(to.text, d.to),
            },
          ]
        : []),
    ],
    'sayswho:fromArticle': articleIri(from.id),
    'sayswho:toArticle': articleIri(to.id),
    'sayswho:differenceKind': d.kind,
    'sayswho:borderline': d.borderline,
    'sayswho:teacherNote': d.teacherNote,
    'sayswho:location': d.location,
  }));
}

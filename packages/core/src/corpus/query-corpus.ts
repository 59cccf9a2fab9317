/**
 * Questions the app, the lessons and the quiz ask of a loaded corpus. Pure functions over the
 * resolved types, so they also run in the browser on a corpus passed down as data.
 */
import { LAYER_KINDS, type AnnotationKind, type Layer } from '../vocabulary';
import { rangeOfParagraph, type ParagraphRef } from './derive-blocks';
import type { Annotation, Article, Block, Corpus, Span, Story } from './types';

export type { ParagraphRef };

export function findStory(corpus: Corpus, id: string): Story | undefined {
  return corpus.stories.find((s) => s.id === id);
}

export function findArticle(corpus: Corpus, id: string): Article | undefined {
  return corpus.articles.find((a) => a.id === id);
}

/** The story's versions in story.yaml order (the first is `from` in comparisons). */
export function articlesOfStory(corpus: Corpus, story: Story): Article[] {
  return story.articleIds.flatMap((id) => findArticle(corpus, id) ?? []);
}

export function findAnnotation(article: Article, id: string): Annotation | undefined {
  return article.annotations.find((a) => a.id === id);
}

/** `Annotation & { kind: K }` rather than Extract, so the five structure kinds narrow too. */
export type AnnotationOfKind<K extends AnnotationKind> = Annotation & { readonly kind: K };

export function annotationsOfKind<K extends AnnotationKind>(
  article: Article,
  kind: K,
): AnnotationOfKind<K>[] {
  return article.annotations.filter((a): a is AnnotationOfKind<K> => a.kind === kind);
}

/** What a reader sees with one layer switched on. */
export function annotationsInLayer(article: Article, layer: Layer): Annotation[] {
  const kinds = LAYER_KINDS[layer];
  return article.annotations.filter((a) => kinds.includes(a.kind));
}

/** Numbered blocks: body paragraphs and page boilerplate, in reading order. */
export function paragraphs(article: Article): Block[] {
  return article.blocks.filter((b) => b.paragraph !== null);
}

/** The blocks from `from` to `to` inclusive, e.g. `blocksInRange(article, 'headline', 3)`. */
export function blocksInRange(
  article: Article,
  from: ParagraphRef,
  to: ParagraphRef = from,
): Block[] {
  const first = rangeOfParagraph(article.blocks, from);
  const last = rangeOfParagraph(article.blocks, to);
  if (!first || !last) return [];
  return article.blocks.filter((b) => b.start >= first.start && b.end <= last.end);
}

export function textOf(article: Article, span: Span): string {
  return article.text.slice(span.start, span.end);
}

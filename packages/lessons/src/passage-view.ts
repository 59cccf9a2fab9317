/** The PassageView and ArticleDisplay of a piece of an article, shared by exercises and `<Article>`. */
import { LAYER_KINDS, type Article, type Block, type Layer, type Span } from '@sayswho/core';
import type { ArticleDisplay, PassageView } from './exercise-spec';

export function passageView(
  article: Article,
  span: Span,
  blocks: readonly Block[] = blocksWithin(article, span),
): PassageView {
  return {
    articleId: article.id,
    outlet: article.outlet,
    credit: article.credit,
    text: article.text,
    span,
    blocks,
  };
}

export function blocksWithin(article: Article, span: Span): Block[] {
  return article.blocks.filter((b) => b.start >= span.start && b.end <= span.end);
}

/**
 * The blocks an `<Article>`/`<Passage>` shows: the paragraph range (default all body paragraphs,
 * never the page boilerplate around the report) plus the headline and summary box when asked.
 * Null when the range has no paragraphs.
 */
export function articleDisplay(
  article: Article,
  opts: {
    paragraphs?: readonly [number, number];
    headline?: boolean;
    summary?: boolean;
    layers?: readonly Layer[];
  },
): ArticleDisplay | null {
  const [first, last] = opts.paragraphs ?? [1, Number.POSITIVE_INFINITY];
  const body = article.blocks.filter((b) =>
    opts.paragraphs
      ? b.paragraph !== null && b.paragraph >= first && b.paragraph <= last
      : b.role === 'paragraph',
  );
  if (body.length === 0) return null;
  const blocks = article.blocks.filter(
    (b) =>
      body.includes(b) ||
      (opts.headline && b.role === 'headline') ||
      (opts.summary && (b.role === 'summary-heading' || b.role === 'summary-item')),
  );
  const span = { start: blocks[0]!.start, end: blocks[blocks.length - 1]!.end };
  const layers = opts.layers ?? [];
  const kinds = new Set(layers.flatMap((l) => LAYER_KINDS[l]));
  const annotations = article.annotations.filter(
    (a) => kinds.has(a.kind) && blocks.some((b) => a.span.start < b.end && b.start < a.span.end),
  );
  return {
    passage: passageView(article, span, blocks),
    headline: Boolean(opts.headline),
    layers,
    annotations,
  };
}

/**
 * A `paragraphs` range must lie inside the article: past its end, an exercise would fail less
 * helpfully and an <Article> would quietly show fewer paragraphs than the lesson promises.
 */
export function paragraphRangeProblem(
  article: Article,
  paragraphs: readonly [number, number] | undefined,
): { prop: 'paragraphs'; message: string; fix: string } | null {
  const count = article.blocks.filter((b) => b.paragraph !== null).length;
  if (!paragraphs || paragraphs[1] <= count) return null;
  return {
    prop: 'paragraphs',
    message: `article "${article.id}" has paragraphs 1–${count}, so paragraphs={[${paragraphs.join(', ')}]} runs past its end`,
    fix: `choose a range inside 1–${count}, e.g. paragraphs={[1, ${Math.min(count, 6)}]}`,
  };
}

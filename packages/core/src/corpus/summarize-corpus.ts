/** The counts a teacher or a closing note wants: annotations per kind for each article, differences per kind. */
import { ANNOTATION_KINDS, DIFFERENCE_KINDS, vocabularyIds } from '../vocabulary';
import type { Corpus } from './types';

export function summarizeCorpus(corpus: Corpus): string {
  const kinds = vocabularyIds(ANNOTATION_KINDS);
  const lines: string[] = [];
  for (const story of corpus.stories) {
    lines.push(`Story ${story.id}: ${story.title}`);
    for (const article of corpus.articles.filter((a) => a.storyId === story.id)) {
      const counts = kinds
        .map((kind) => [kind, article.annotations.filter((a) => a.kind === kind).length] as const)
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${kind} ${n}`);
      const paragraphs = article.blocks.filter((b) => b.paragraph !== null).length;
      lines.push(
        `  ${article.id} (${article.outlet}): ${article.annotations.length} annotations — ${counts.join(', ') || 'none'}; ${article.blocks.length} blocks, ${paragraphs} numbered paragraphs`,
      );
    }
    if (story.comparison) {
      const diffs = story.comparison.differences;
      const byKind = vocabularyIds(DIFFERENCE_KINDS)
        .map((kind) => {
          const all = diffs.filter((d) => d.kind === kind);
          const curated = all.filter((d) => d.location !== null).length;
          return all.length ? `${kind} ${all.length} (${curated} curated)` : null;
        })
        .filter(Boolean);
      const paired = story.comparison.alignment.filter((a) => a.from && a.to).length;
      lines.push(
        `  comparison ${story.comparison.fromArticleId} → ${story.comparison.toArticleId}: ${paired} aligned pairs, ${diffs.length} differences — ${byKind.join(', ') || 'none'}`,
      );
    }
  }
  return lines.join('\n');
}

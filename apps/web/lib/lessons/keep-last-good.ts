/**
 * The live preview's answer to a YAML slip in an article's details (above `annotations:`), which
 * leaves the whole article out of the corpus: the article, and its story, stay as they last
 * loaded, so a lesson using it does not vanish from the preview while the teacher fixes the line.
 * The slip is still listed (and still fails `npm run check` and the build), saying so.
 */
import type { Corpus, Diagnostic } from '@sayswho/core';

export const SHOWN_AS_LAST_LOADED = 'The preview shows the article as it last loaded.';

export function keepLastGood(
  loaded: { corpus: Corpus; diagnostics: readonly Diagnostic[] },
  previous: Corpus,
): { corpus: Corpus; diagnostics: readonly Diagnostic[] } {
  const kept = (loaded.corpus.leftOut ?? []).filter(
    (left) =>
      left.what === 'article' &&
      previous.articles.some((a) => a.id === left.id) &&
      !loaded.corpus.articles.some((a) => a.id === left.id),
  );
  if (kept.length === 0) return loaded;
  const keptIds = new Set(kept.map((left) => left.id));
  const stories = new Set(previous.articles.filter((a) => keptIds.has(a.id)).map((a) => a.storyId));
  const causes = new Set(kept.map((left) => left.cause));
  return {
    corpus: {
      articles: [...loaded.corpus.articles, ...previous.articles.filter((a) => keptIds.has(a.id))],
      // Its story as it was: the comparison of two versions needs both.
      stories: loaded.corpus.stories.map(
        (story) =>
          (stories.has(story.id) && previous.stories.find((s) => s.id === story.id)) || story,
      ),
      leftOut: (loaded.corpus.leftOut ?? []).filter((left) => !kept.includes(left)),
    },
    diagnostics: loaded.diagnostics.map((d) =>
      causes.has(d) ? { ...d, message: `${d.message} ${SHOWN_AS_LAST_LOADED}` } : d,
    ),
  };
}

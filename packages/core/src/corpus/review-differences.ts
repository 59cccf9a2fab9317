/**
 * The differences a teacher reviews on the authoring page's Compare versions: those already
 * written in `differences.yaml` (each with its `location`), and every one the machine finds that
 * they do not cover, rewordings included (a person must say whether a rewording changed the
 * meaning, so students only see those once a teacher has written them), in reading order.
 * Each found one carries the id its Save suggests, made from its words and free in the story, so
 * that saving it as it is passes the check.
 */
import { foldForMatching } from './anchor-quote';
import { deriveDifferences, inReadingOrder, uncovered } from './compare-versions';
import type { Article, Span, StoryComparison, VersionDifference } from './types';

export function differencesToReview(
  from: Article,
  to: Article,
  comparison: StoryComparison,
): VersionDifference[] {
  const written = comparison.differences.filter((d) => d.location !== null);
  const found = uncovered(
    deriveDifferences(from, to, comparison.alignment, { rewordings: true }),
    written,
  );
  // Ids are unique within a story: annotations and differences alike (load-corpus.ts).
  const taken = new Set([...from.annotations, ...to.annotations, ...written].map((x) => x.id));
  const named = found.map((d) => ({ ...d, id: freeId(suggestedId(from, to, d), taken) }));
  return inReadingOrder(comparison.alignment, [...written, ...named]);
}

/** The first `count` words as an id's part: `U.S. will allow` → `u-s-will`; `It wasn’t` → `it-wasnt`. */
function slug(article: Article, span: Span | null, count: number): string {
  if (!span) return '';
  const words = foldForMatching(article.text.slice(span.start, span.end))
    .normalize('NFKD')
    .toLowerCase()
    .replace(/'/g, '') // wasn’t → wasnt, not wasn-t
    .match(/[a-z0-9]+/g);
  return (words ?? []).slice(0, count).join('-');
}

/**
 * Both versions' words where both have some (`battered-clobbered`, `will-reopen-reopens`); the
 * one side's words and the kind where only one has words or both have the same
 * (`president-removed`, `defense-punctuation`); the kind alone for punctuation marks.
 */
function suggestedId(from: Article, to: Article, d: VersionDifference): string {
  const sides = [slug(from, d.from, d.to ? 2 : 3), slug(to, d.to, d.from ? 2 : 3)];
  const distinct = [...new Set(sides.filter(Boolean))];
  return distinct.length === 2 ? distinct.join('-') : [...distinct, d.kind].join('-');
}

/** The id itself if no one has it, else the first free `id-2`, `id-3`…; it is then taken. */
function freeId(id: string, taken: Set<string>): string {
  let free = id;
  for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
  taken.add(free);
  return free;
}

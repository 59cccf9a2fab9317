/**
 * The differences a teacher reviews on the authoring page's Compare versions: those already
 * written in `differences.yaml` (each with its `location`), and every one the machine finds that
 * they do not cover, rewordings included (a person must say whether a rewording changed the
 * meaning, so students only see those once a teacher has written them), in reading order.
 */
import { deriveDifferences, inReadingOrder, uncovered } from './compare-versions';
import type { Article, StoryComparison, VersionDifference } from './types';

export function differencesToReview(
  from: Article,
  to: Article,
  comparison: StoryComparison,
): VersionDifference[] {
  const written = comparison.differences.filter((d) => d.location !== null);
  const found = deriveDifferences(from, to, comparison.alignment, { rewordings: true });
  return inReadingOrder(comparison.alignment, [...written, ...uncovered(found, written)]);
}

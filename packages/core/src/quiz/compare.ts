/**
 * Compare exercises on two versions of one story: spot what changed on both sides, or name the
 * kind of one difference.
 */
import type { Article, Span, StoryComparison } from '../corpus/types';
import type { DifferenceKind } from '../vocabulary';
import type { ChoiceKey, ChoiceResult } from './choice';
import type { SpotResult } from './score-spot';
import type { SpotKey } from './spot-key';

export type CompareOptions =
  | {
      readonly mode: 'spot';
      /** Paragraph ranges of each side; default the whole article. */
      readonly fromParagraphs?: readonly [number, number];
      readonly toParagraphs?: readonly [number, number];
      /** Difference kinds to find; the others in the passage are borderline. Default: all but punctuation. */
      readonly kinds?: readonly DifferenceKind[];
    }
  | {
      readonly mode: 'kind';
      readonly differenceId: string;
      /** Kinds offered as options; default all difference kinds. */
      readonly kinds?: readonly DifferenceKind[];
    };

export type CompareKey =
  | { readonly mode: 'spot'; readonly from: SpotKey; readonly to: SpotKey }
  | {
      readonly mode: 'kind';
      readonly differenceId: string;
      readonly from: Span | null;
      readonly to: Span | null;
      readonly choice: ChoiceKey;
    };

export type CompareAnswer =
  | { readonly from: readonly Span[]; readonly to: readonly Span[] }
  | { readonly kind: readonly string[] };

export type CompareResult =
  | { readonly mode: 'spot'; readonly score: number; readonly from: SpotResult; readonly to: SpotResult; readonly summary: string }
  | { readonly mode: 'kind'; readonly score: number; readonly choice: ChoiceResult; readonly summary: string };

export function buildCompareKey(
  comparison: StoryComparison,
  from: Article,
  to: Article,
  opts: CompareOptions,
): CompareKey {
  void comparison;
  void from;
  void to;
  void opts;
  throw new Error('buildCompareKey: not yet');
}

export function validateCompareKey(key: CompareKey, texts: { readonly from: string; readonly to: string }): string | null {
  void key;
  void texts;
  throw new Error('validateCompareKey: not yet');
}

export function scoreCompare(
  key: CompareKey,
  texts: { readonly from: string; readonly to: string },
  answer: CompareAnswer,
): CompareResult {
  void key;
  void texts;
  void answer;
  throw new Error('scoreCompare: not yet');
}

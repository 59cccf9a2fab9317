/**
 * Compare exercises on two versions of one story: spot what changed on both sides, or name the
 * kind of one difference.
 */
import type { Article, Span, StoryComparison, VersionDifference } from '../corpus/types';
import { DIFFERENCE_KINDS, vocabularyIds, type DifferenceKind } from '../vocabulary';
import { scoreChoice, validateChoiceKey, type ChoiceKey, type ChoiceResult } from './choice';
import { count } from './english';
import { measureSpot, scoreCounts, scoreSpot, type SpotResult } from './score-spot';
import { blockAt, overlaps } from './spans';
import { passageSpan, validateSpotKey, type GoldItem, type SpotKey } from './spot-key';
import { shortQuote } from './quotes';

export type CompareOptions =
  | {
      readonly mode: 'spot';
      /** Paragraph ranges of each side; default the whole article, headline and summary box included. */
      readonly fromParagraphs?: readonly [number, number];
      readonly toParagraphs?: readonly [number, number];
      /** Difference kinds to find; the others in the passage are borderline. Default: all but punctuation. */
      readonly kinds?: readonly DifferenceKind[];
    }
  | {
      readonly mode: 'kind';
      readonly differenceId: string;
      /** Kinds offered as options; default every difference kind. The right one is always offered. */
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

const NOUN = { one: 'difference', many: 'differences' } as const;

export function buildCompareKey(
  comparison: StoryComparison,
  from: Article,
  to: Article,
  opts: CompareOptions,
): CompareKey {
  if (opts.mode === 'kind') {
    const difference = comparison.differences.find((d) => d.id === opts.differenceId);
    if (!difference) {
      throw new Error(
        `The comparison of ${comparison.fromArticleId} and ${comparison.toArticleId} has no difference ` +
          `“${opts.differenceId}”. Curated differences: ${comparison.differences.filter((d) => d.location).map((d) => d.id).join(', ') || 'none'}.`,
      );
    }
    return { mode: 'kind', differenceId: difference.id, from: difference.from, to: difference.to, choice: kindChoice(difference, opts.kinds) };
  }
  const kinds = opts.kinds ?? vocabularyIds(DIFFERENCE_KINDS).filter((k) => k !== 'punctuation');
  const side = (article: Article, paragraphs: readonly [number, number] | undefined, pick: (d: VersionDifference) => Span | null): SpotKey => {
    const passage = passageSpan(article, paragraphs ? { paragraphs } : { includeHeadline: true, includeSummary: true });
    const gold = comparison.differences.flatMap((d): GoldItem[] => {
      const span = pick(d);
      if (!span || !overlaps(span, passage)) return [];
      const block = blockAt(article.blocks, span.start);
      const where = block?.paragraph != null ? `paragraph ${block.paragraph}` : `the ${block?.role === 'headline' ? 'headline' : 'summary box'}`;
      return [
        {
          id: d.id,
          span,
          extent: span,
          label: shortQuote(article.text, span),
          explanation: d.explanation,
          borderline: d.borderline || !kinds.includes(d.kind) || span.start < passage.start || span.end > passage.end,
          hints: [`There is a difference in ${where} of the ${article.outlet} version.`, `Compare ${where} word by word with the other version.`],
          paragraph: block?.paragraph ?? null,
        },
      ];
    });
    return { articleId: article.id, passage, noun: NOUN, gold, distractors: [] };
  };
  return { mode: 'spot', from: side(from, opts.fromParagraphs, (d) => d.from), to: side(to, opts.toParagraphs, (d) => d.to) };
}

export function validateCompareKey(key: CompareKey, texts: { readonly from: string; readonly to: string }): string | null {
  if (key.mode === 'kind') return validateChoiceKey(key.choice);
  const sides = [
    { name: 'first', key: key.from, text: texts.from },
    { name: 'second', key: key.to, text: texts.to },
  ];
  const withAnswers = sides.filter((s) => s.key.gold.some((g) => !g.borderline));
  if (withAnswers.length === 0) {
    return 'This Compare exercise has no differences to find in the chosen paragraphs; widen the ranges or the kinds.';
  }
  for (const s of withAnswers) {
    const problem = validateSpotKey(s.key, s.text);
    if (problem) return `In the ${s.name} version: ${problem}`;
  }
  return null;
}

export function scoreCompare(
  key: CompareKey,
  texts: { readonly from: string; readonly to: string },
  answer: CompareAnswer,
): CompareResult {
  if (key.mode === 'kind') {
    const choice = scoreChoice(key.choice, 'kind' in answer ? answer.kind : []);
    return { mode: 'kind', score: choice.score, choice, summary: choice.summary };
  }
  const spans = 'kind' in answer ? { from: [], to: [] } : answer;
  // Both sides are one answer: a wrong pick on either side costs the same, and every difference counts once.
  const { score } = scoreCounts([
    measureSpot(texts.from, key.from, spans.from).counts,
    measureSpot(texts.to, key.to, spans.to).counts,
  ]);
  const from = scoreSpot(texts.from, key.from, spans.from);
  const to = scoreSpot(texts.to, key.to, spans.to);
  const items = [...from.items, ...to.items];
  const found = items.filter((i) => i.status === 'found').length;
  const wrong = [...from.extras, ...to.extras].filter((e) => e.status === 'not-an-instance').length;
  const summary =
    `You found ${found} of ${count(items.length, NOUN)} across both versions` +
    `${wrong > 0 ? `; ${wrong} of your selections ${wrong === 1 ? 'is' : 'are'} not a difference` : ''}. ` +
    `Score: ${Math.round(score * 100)}%.`;
  return { mode: 'spot', score, from, to, summary };
}

function kindChoice(difference: VersionDifference, offered: readonly DifferenceKind[] | undefined): ChoiceKey {
  const kinds = offered ?? vocabularyIds(DIFFERENCE_KINDS);
  const options = kinds.includes(difference.kind) ? kinds : [...kinds, difference.kind];
  return {
    multiple: false,
    options: options.map((kind) => ({
      id: kind,
      correct: kind === difference.kind,
      feedback:
        kind === difference.kind
          ? `Yes: ${DIFFERENCE_KINDS[kind].label.toLowerCase()}. ${difference.explanation}`
          : `Not “${DIFFERENCE_KINDS[kind].label}”: that means ${lowerFirst(DIFFERENCE_KINDS[kind].definition)}`,
    })),
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

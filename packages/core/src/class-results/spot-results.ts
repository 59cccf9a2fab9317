/**
 * A Spot passage (or one side of a Compare) across a class: per word how many students' last
 * answers mark it, the key items most often missed and the wrong words most often marked. Uses
 * the quiz's own `aggregateSpans` and `scoreSpot`, so the heatmap and "missed" mean what a
 * student's own Check means.
 */
import type { Span } from '../corpus/types';
import { aggregateSpans } from '../quiz/aggregate';
import { scoreSpot, validateSpot } from '../quiz/score-spot';
import { overlaps } from '../quiz/spans';
import type { SpotKey } from '../quiz/spot-key';
import type { Token } from '../quiz/words';

export interface MissedKeyItem {
  readonly goldId: string;
  /** The item's words as a short quote. */
  readonly label: string;
  /** Students whose last answer missed it. */
  readonly missed: number;
}

export interface WrongWord {
  /** Its index in `tokens`. */
  readonly token: number;
  readonly text: string;
  readonly marked: number;
}

export interface SpotPassageResults {
  /** Students whose last answer marks at least one word of the passage. */
  readonly answered: number;
  /** The passage's words, with their offsets in the article text. */
  readonly tokens: readonly Token[];
  /** Per word of `tokens`, how many of those answers mark it. */
  readonly marked: readonly number[];
  /** Every key item some answer missed, most missed first. */
  readonly missedItems: readonly MissedKeyItem[];
  /** Words outside every key item's allowed extent that some answer marks, most marked first. */
  readonly wrongWords: readonly WrongWord[];
}

/** `lastAnswers`: each student's latest selections on this passage (one entry per student). */
export function spotPassageResults(
  text: string,
  key: SpotKey,
  lastAnswers: readonly (readonly Span[])[],
): SpotPassageResults {
  const answers = lastAnswers.filter((spans) => validateSpot(text, key, spans).ok);
  const { tokens, counts } = aggregateSpans(text, key.passage, answers);
  const missedBy = new Map<string, number>();
  for (const spans of answers) {
    for (const item of scoreSpot(text, key, spans).items) {
      if (item.status === 'missed') missedBy.set(item.goldId, (missedBy.get(item.goldId) ?? 0) + 1);
    }
  }
  const missedItems = key.gold
    .filter((g) => missedBy.has(g.id))
    .map((g) => ({ goldId: g.id, label: g.label, missed: missedBy.get(g.id)! }))
    .sort((a, b) => b.missed - a.missed);
  // Borderline items' extents are allowed words too: never counted against a student.
  const allowed = key.gold.map((g) => g.extent);
  const wrongWords = tokens
    .map((t, i) => ({ token: i, text: t.text, marked: counts[i]! }))
    .filter((w) => w.marked > 0 && !allowed.some((extent) => overlaps(extent, tokens[w.token]!)))
    .sort((a, b) => b.marked - a.marked || a.token - b.token);
  return { answered: answers.length, tokens, marked: counts, missedItems, wrongWords };
}

/**
 * Pure helpers the heatmap draws with: how dark a word's shade is, which words of a passage are
 * in the key, and the rows of the heatmap's table alternative. No React.
 */
import type { Block, Span } from '@sayswho/core';
import type { SpotPassageResults } from '@sayswho/core/class-results';
import type { GoldItem } from '@sayswho/core/quiz';

/** Shade steps: 0 is unmarked; 1–4 quarters of the students who answered. */
export const HEAT_LEVELS = 4;

export function heatLevel(count: number, answered: number): number {
  if (count <= 0 || answered <= 0) return 0;
  return Math.min(HEAT_LEVELS, Math.ceil((count / answered) * HEAT_LEVELS));
}

export type KeyRole = 'key' | 'borderline' | 'none';

/** A word's place in the key: in a required item, only in borderline ones, or in none. */
export function keyRoleOf(word: Span, gold: readonly GoldItem[]): KeyRole {
  let role: KeyRole = 'none';
  for (const g of gold) {
    if (word.start >= g.span.end || word.end <= g.span.start) continue;
    if (!g.borderline) return 'key';
    role = 'borderline';
  }
  return role;
}

export interface HeatRow {
  readonly token: number;
  readonly word: string;
  /** The article's paragraph number; null for a headline or other unnumbered block. */
  readonly paragraph: number | null;
  readonly count: number;
  readonly key: KeyRole;
}

/** The words somebody marked or the key holds, in reading order: the table alternative. */
export function heatRows(
  results: SpotPassageResults,
  blocks: readonly Block[],
  gold: readonly GoldItem[],
): HeatRow[] {
  const rows: HeatRow[] = [];
  let b = 0;
  results.tokens.forEach((token, i) => {
    const count = results.marked[i] ?? 0;
    const key = keyRoleOf(token, gold);
    if (count === 0 && key === 'none') return;
    while (b < blocks.length - 1 && blocks[b]!.end <= token.start) b += 1;
    rows.push({ token: i, word: token.text, paragraph: blocks[b]?.paragraph ?? null, count, key });
  });
  return rows;
}

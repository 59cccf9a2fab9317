/**
 * The one scoring rule behind every exercise that asks a student to pick things out (spans in
 * Spot and Compare, options in a multiple-answer Choice):
 *
 *   score = recall × max(0, (precision − chance) / (1 − chance))
 *
 * `recall` is how much of the answer the student found; `precision` the share of their picks that
 * are right; `chance` the precision of picking everything. Picking everything therefore scores 0,
 * the exact answer 1, and a student who found 3 of 4 answers with nothing wrong scores 0.75 —
 * the number they would expect. packages/core/README.md has worked examples.
 */
export interface ScoreParts {
  readonly recall: number;
  readonly precision: number;
  /** Precision of picking everything: right picks over all picks available. */
  readonly chance: number;
}

export function chanceCorrectedScore({ recall, precision, chance }: ScoreParts): number {
  // A key where everything is right cannot tell picking from knowing; the key validators reject
  // those, and here they simply score by recall.
  const corrected = chance >= 1 ? 1 : Math.max(0, (precision - chance) / (1 - chance));
  return clamp01(recall * corrected);
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/**
 * Scoring a Spot answer: tolerant, word-based, with partial credit and a penalty for selecting
 * more than the answer. The rule is explained with worked examples in packages/core/README.md.
 */
import type { Span } from '../corpus/types';
import type { SpotKey } from './spot-key';

export type SpotItemStatus = 'found' | 'boundary' | 'missed';
export type BoundaryProblem = 'too-short' | 'too-long' | 'both';

export interface SpotItemResult {
  readonly goldId: string;
  readonly status: SpotItemStatus;
  /** For `boundary`: the selection leaves out required words, runs past the allowed words, or both. */
  readonly boundary?: BoundaryProblem;
  readonly span: Span;
  /** What to tell the student about this item (built from the corpus explanation). */
  readonly explanation: string;
}

export interface SpotExtra {
  readonly span: Span;
  /** `borderline`: a debatable item, neither counted for nor against the student. */
  readonly status: 'not-an-instance' | 'borderline';
  readonly note: string;
}

export interface SpotResult {
  /** 0–1: recall × chance-corrected precision (see the README). */
  readonly score: number;
  /** Share of the selected judged words that belong to an answer. */
  readonly precision: number;
  /** Mean share of each required item's words that were selected. */
  readonly recall: number;
  /** SemEval-style F1 of `precision` and `recall`, for comparison with published systems. */
  readonly f1: number;
  /** Required items, in reading order. Borderline items appear only if selected. */
  readonly items: readonly SpotItemResult[];
  readonly extras: readonly SpotExtra[];
  readonly summary: string;
  readonly nextStep: string;
}

export type Validation = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Whether the selections make a real attempt (at least one word inside the passage). */
export function validateSpot(text: string, key: SpotKey, selections: readonly Span[]): Validation {
  void text;
  void key;
  void selections;
  throw new Error('validateSpot: not yet');
}

export function scoreSpot(text: string, key: SpotKey, selections: readonly Span[]): SpotResult {
  void text;
  void key;
  void selections;
  throw new Error('scoreSpot: not yet');
}

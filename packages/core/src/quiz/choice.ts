/** Choice exercises: one or several correct options, feedback on each option. */
import type { Validation } from './score-spot';

export interface ChoiceKey {
  readonly multiple: boolean;
  readonly options: readonly { readonly id: string; readonly correct: boolean; readonly feedback: string }[];
}

export interface ChoiceResult {
  /** 0–1; for multiple answers, partial credit with choosing every option scoring 0. */
  readonly score: number;
  readonly correct: boolean;
  /** Feedback on every option the student chose, and on the correct ones they missed. */
  readonly options: readonly {
    readonly id: string;
    readonly chosen: boolean;
    readonly correct: boolean;
    readonly feedback: string;
  }[];
  readonly summary: string;
}

/** Null when the key is usable; otherwise what is wrong, for the lesson checker. */
export function validateChoiceKey(key: ChoiceKey): string | null {
  void key;
  throw new Error('validateChoiceKey: not yet');
}

export function validateChoice(key: ChoiceKey, chosen: readonly string[]): Validation {
  void key;
  void chosen;
  throw new Error('validateChoice: not yet');
}

export function scoreChoice(key: ChoiceKey, chosen: readonly string[]): ChoiceResult {
  void key;
  void chosen;
  throw new Error('scoreChoice: not yet');
}

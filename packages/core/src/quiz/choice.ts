/** Choice exercises: one or several correct options, feedback on each option. */
import { chanceCorrectedScore } from './score-rule';
import type { Validation } from './score-spot';

export interface ChoiceKey {
  readonly multiple: boolean;
  readonly options: readonly { readonly id: string; readonly correct: boolean; readonly feedback: string }[];
}

export interface ChoiceResult {
  /** 0–1. Multiple answers get partial credit by the Spot rule: choosing every option scores 0. */
  readonly score: number;
  /** Exactly the correct options were chosen. */
  readonly correct: boolean;
  /** Every option the student chose, and every correct one they missed, in key order. */
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
  const ids = key.options.map((o) => o.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) return `Two options have the id “${repeated}”; give each option its own id.`;
  const correct = key.options.filter((o) => o.correct).length;
  if (key.options.length < 2) return 'A choice needs at least two options.';
  if (correct === 0) return 'No option is marked correct; mark the right answer.';
  if (!key.multiple && correct > 1) {
    return `${correct} options are marked correct in a single-answer choice; mark one, or allow multiple answers.`;
  }
  if (correct === key.options.length) {
    return 'Every option is marked correct, so choosing all of them would be a perfect answer; add a wrong option.';
  }
  return null;
}

/** A real attempt chooses at least one known option (exactly one for a single-answer choice). */
export function validateChoice(key: ChoiceKey, chosen: readonly string[]): Validation {
  const known = new Set(chosen.filter((id) => key.options.some((o) => o.id === id)));
  if (known.size === 0) return { ok: false, reason: 'Choose an answer before you check it.' };
  if (!key.multiple && known.size > 1) return { ok: false, reason: 'Choose only one answer.' };
  return { ok: true };
}

export function scoreChoice(key: ChoiceKey, chosen: readonly string[]): ChoiceResult {
  const picked = new Set(chosen);
  const correct = key.options.filter((o) => o.correct);
  const hits = correct.filter((o) => picked.has(o.id)).length;
  const picks = key.options.filter((o) => picked.has(o.id)).length;
  const exact = hits === correct.length && picks === hits;
  const score = key.multiple
    ? chanceCorrectedScore({
        recall: correct.length === 0 ? 0 : hits / correct.length,
        precision: picks === 0 ? 0 : hits / picks,
        chance: key.options.length === 0 ? 1 : correct.length / key.options.length,
      })
    : exact
      ? 1
      : 0;
  const options = key.options
    .filter((o) => picked.has(o.id) || o.correct)
    .map((o) => ({ id: o.id, chosen: picked.has(o.id), correct: o.correct, feedback: o.feedback }));
  const wrong = picks - hits;
  const summary = exact
    ? key.multiple
      ? `Right: you chose all ${correct.length} correct answers and nothing else.`
      : 'Right.'
    : key.multiple
      ? `You chose ${hits} of the ${correct.length} correct answers${wrong > 0 ? ` and ${wrong} wrong one${wrong === 1 ? '' : 's'}` : ''}. Read the feedback on each.`
      : 'Not this one. Read the feedback on your answer, then try again.';
  return { score, correct: exact, options, summary };
}

/**
 * The class server's verdict on each exercise's last Check, kept on the device with the answer it
 * judged. In a class the key is served only when the lesson's policy allows, so a reloaded page
 * cannot judge the saved answer again itself: it redraws the server's verdict from here, and
 * only while the answer is still the one that was checked. "New student" forgets them all.
 */
import type { ClassEventResult } from '@sayswho/classroom';
import { sameAnswer, type StoredAnswer } from '@sayswho/core/quiz';

export const KEPT_CHECKS_KEY = 'sayswho:class-checks';

export interface KeptCheck {
  readonly answer: StoredAnswer;
  readonly judgement: NonNullable<ClassEventResult['judgement']>;
  readonly late: boolean;
}

export interface CheckRef {
  readonly studentId: string;
  readonly lesson: { readonly slug: string; readonly fingerprint: string };
  readonly exerciseId: string;
}

type Kept = Record<string, KeptCheck>;

const keyOf = (ref: CheckRef) =>
  [ref.studentId, ref.lesson.slug, ref.lesson.fingerprint, ref.exerciseId].join('\n');

function readKept(): Kept {
  try {
    return (JSON.parse(localStorage.getItem(KEPT_CHECKS_KEY) ?? '{}') as Kept | null) ?? {};
  } catch {
    return {};
  }
}

/** Keeps the verdict of a Check (the last one of its exercise replaces the one before). */
export function keepCheck(ref: CheckRef, check: KeptCheck): void {
  try {
    localStorage.setItem(KEPT_CHECKS_KEY, JSON.stringify({ ...readKept(), [keyOf(ref)]: check }));
  } catch {
    // Storage full or blocked: the verdict shows now, only a reload cannot redraw it.
  }
}

/** The kept verdict of the exercise's last Check, when it judged `answer`; else null. */
export function keptCheck(
  ref: CheckRef,
  answer: StoredAnswer | null | undefined,
): KeptCheck | null {
  const kept = readKept()[keyOf(ref)];
  return kept && answer && sameAnswer(kept.answer, answer) ? kept : null;
}

export function forgetKeptChecks(): void {
  try {
    localStorage.removeItem(KEPT_CHECKS_KEY);
  } catch {
    // Storage blocked: nothing was kept either.
  }
}

/**
 * One student's progress on one exercise, and their active time, from the events their device
 * recorded: what the teacher's roster shows. Pure: the class server hands it rows, in the order
 * it received them.
 */
import type { ClassEventKind } from '../class-event';
import type { StoredAnswer } from '../quiz/progress';

/** `working`: answered or asked for a hint, no Check that counted yet. */
export type ExerciseStatus = 'not-started' | 'working' | 'checked' | 'answer-shown';

export interface RecordedEvent {
  readonly kind: ClassEventKind;
  /** The device's clock when the student acted. */
  readonly at: Date;
  readonly answer: StoredAnswer | null;
  /**
   * For a Check that was a real attempt (its answer passed validation, against the current key):
   * its score, null for a rewrite. Null for any other event, and for a Check that did not count.
   */
  readonly attempt: { readonly score: number | null } | null;
}

export interface ExerciseProgressSummary {
  readonly status: ExerciseStatus;
  /** Checks that counted. */
  readonly attempts: number;
  readonly hints: number;
  /** 0–1; null before a scored Check, and always for rewrites (the teacher judges those). */
  readonly bestScore: number | null;
  readonly answerShown: boolean;
  /** The latest answer the device sent (with a change or a Check); null when none. */
  readonly lastAnswer: StoredAnswer | null;
}

/** `events`: the student's events of this exercise, in the order the server received them. */
export function exerciseProgress(events: readonly RecordedEvent[]): ExerciseProgressSummary {
  let attempts = 0;
  let hints = 0;
  let bestScore: number | null = null;
  let answerShown = false;
  let lastAnswer: StoredAnswer | null = null;
  for (const event of events) {
    if (event.answer) lastAnswer = event.answer;
    if (event.kind === 'hint') hints += 1;
    if (event.kind === 'show-answer') answerShown = true;
    if (event.kind === 'check' && event.attempt) {
      attempts += 1;
      const score = event.attempt.score;
      if (score !== null && (bestScore === null || score > bestScore)) bestScore = score;
    }
  }
  const status: ExerciseStatus = answerShown
    ? 'answer-shown'
    : attempts > 0
      ? 'checked'
      : events.length > 0
        ? 'working'
        : 'not-started';
  return { status, attempts, hints, bestScore, answerShown, lastAnswer };
}

/** A pause longer than this is time away (another lesson, a break), not time on task. */
export const IDLE_GAP_MS = 5 * 60 * 1000;

/**
 * Time on task: the sum of the gaps between consecutive events, leaving out gaps over
 * `IDLE_GAP_MS`. Device times, sorted: events made offline arrive together, and one device's
 * clock is consistent with itself even when it is wrong.
 */
export function activeTimeMs(times: readonly Date[]): number {
  const sorted = times.map((t) => t.getTime()).sort((a, b) => a - b);
  let total = 0;
  for (let i = 1; i < sorted.length; i += 1) {
    const gap = sorted[i]! - sorted[i - 1]!;
    if (gap <= IDLE_GAP_MS) total += gap;
  }
  return total;
}

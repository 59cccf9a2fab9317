/**
 * How the teacher's pages put a student's progress into words: whether they are active now, and
 * each exercise's stage with its best score. Pure, so the roster table and the one-student page
 * say it the same way.
 */
import type { ExerciseStatus } from '@sayswho/core/class-results';
import { teacherWorkText } from '@/lib/ui-text/teacher-work';
import { formatMoment } from './format-dates';

const T = teacherWorkText.progress;

/** A student heard from this recently is "active now" (devices send within seconds of an action). */
export const ACTIVE_WINDOW_MS = 2 * 60 * 1000;

export type Presence = 'active' | 'away' | 'never';

export function presenceOf(lastSeenAt: Date | null, now: Date): Presence {
  if (!lastSeenAt) return 'never';
  return now.getTime() - lastSeenAt.getTime() <= ACTIVE_WINDOW_MS ? 'active' : 'away';
}

/**
 * "Active now", or when they were last heard from: a device that went quiet may be offline with
 * work still on it, so the teacher is told not to count on what is missing yet.
 */
export function presenceText(lastSeenAt: Date | null, now: Date, timeZone: string): string {
  const presence = presenceOf(lastSeenAt, now);
  if (presence === 'active') return T.activeNow;
  if (presence === 'never' || !lastSeenAt) return T.neverSeen;
  return T.lastSeen(formatMoment(lastSeenAt, timeZone));
}

export function percentOf(score: number): number {
  return Math.round(score * 100);
}

/** "Checked, best 80%"; rewrites have no score (the teacher judges them). */
export function statusText(status: ExerciseStatus, bestScore: number | null): string {
  const stage = T.status[status];
  return bestScore === null || status === 'not-started' || status === 'working'
    ? stage
    : `${stage}, ${T.best(percentOf(bestScore))}`;
}

export function minutesOf(seconds: number): number {
  return Math.round(seconds / 60);
}

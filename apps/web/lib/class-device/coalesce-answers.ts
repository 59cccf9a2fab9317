/**
 * A student marking a passage makes an answer event on every change: a burst of them within a
 * second, of which the teacher needs only the last. So a new answer replaces the one waiting in
 * the outbox just before it on the same exercise, when it came within `COALESCE_MS`. Only an
 * answer replaces, and only an answer is replaced: every Check, hint and "show answer" is sent,
 * and a Check between two answers keeps them apart (the first is what was checked).
 */
import type { OutboxEntry } from './outbox-store';

export const COALESCE_MS = 1000;

/** The waiting entry `entry` replaces, if any; `waiting` is the outbox in queue order. */
export function answerReplacedBy(
  waiting: readonly OutboxEntry[],
  entry: OutboxEntry,
): OutboxEntry | null {
  const { event } = entry;
  if (event.kind !== 'answer' || event.imported) return null;
  const before = waiting.findLast(
    (e) =>
      e.token === entry.token &&
      e.event.id !== event.id &&
      e.event.lesson.slug === event.lesson.slug &&
      e.event.exerciseId === event.exerciseId,
  );
  if (
    !before ||
    before.rejected ||
    before.held ||
    before.event.kind !== 'answer' ||
    before.event.imported ||
    before.event.lesson.fingerprint !== event.lesson.fingerprint
  )
    return null;
  const gap = Date.parse(event.at) - Date.parse(before.event.at);
  return gap >= 0 && gap <= COALESCE_MS ? before : null;
}

'use client';
/**
 * A student's presence on the roster ("Active now", or when they were last seen), kept true
 * between the page's refreshes: a refresh comes only when some student does something, so a
 * student who stopped would otherwise stay "Active now" for as long as the class is quiet. One
 * timer, set for the moment they stop counting as active. It ages the server's own time rather
 * than reading the teacher's clock, which may not agree with the server's. Not a live region: a
 * student going quiet is no news to interrupt a screen reader with; it reads the line as it is.
 */
import { useEffect, useState } from 'react';
import { ACTIVE_WINDOW_MS, presenceOf, presenceText } from '@/lib/teacher-class/student-progress';

export function PresenceLine({
  lastSeenMs,
  nowMs,
  timeZone,
}: {
  /** When the server last heard from them (ms since 1970), or null. Numbers, not Dates, so a
      JSON view of the class can carry them as well as the page's server render. */
  lastSeenMs: number | null;
  /** The server's time when it drew this. */
  nowMs: number;
  timeZone: string;
}) {
  const lastSeenAt = lastSeenMs === null ? null : new Date(lastSeenMs);
  // How long after `nowMs` they stop being active; negative when they are not active now.
  const activeFor = lastSeenMs === null ? -1 : ACTIVE_WINDOW_MS - (nowMs - lastSeenMs);
  // The server time whose "Active now" has run out: a refresh brings a new one, and starts over.
  const [ranOutFor, setRanOutFor] = useState<number | null>(null);
  useEffect(() => {
    if (activeFor < 0) return;
    const timer = setTimeout(() => setRanOutFor(nowMs), activeFor + 1);
    return () => clearTimeout(timer);
  }, [nowMs, activeFor]);
  const shownAt = new Date(ranOutFor === nowMs ? nowMs + activeFor + 1 : nowMs);
  return (
    <span className={`work-presence work-presence--${presenceOf(lastSeenAt, shownAt)}`}>
      {presenceText(lastSeenAt, shownAt, timeZone)}
    </span>
  );
}

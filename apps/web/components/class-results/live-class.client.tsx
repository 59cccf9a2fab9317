'use client';
/**
 * Keeps a teacher's class page or projector live: listens to the class's live stream and, when
 * something changes (at most once a second, see `throttle`), fetches the class's view again from
 * the view route: only what the page shows (the open exercise, a page of the roster, the counts),
 * which the live parts below it (`useClassView`) redraw; and when students join or change, it
 * tells the class page's list of students (`useRosterChanges`). The rest of the page stays as
 * the server sent it. Its status line says when the results were last updated, to the minute,
 * so a screen reader hears it once in a while, not on every student's Check.
 */
import { createContext, startTransition, use, useEffect, useState, type ReactNode } from 'react';
import { keepUnchanged, viewHref, type ClassView } from '@/lib/teacher-class/class-view';
import type { ViewQuery } from '@/lib/teacher-class/view-query';
import { throttle } from '@/lib/teacher-class/throttle';
import { classResultsText as T } from '@/lib/ui-text/class-results';

export const REFRESH_INTERVAL_MS = 1000;

type Connection = 'connecting' | 'open' | 'reconnecting' | 'failed';

interface Live {
  readonly view: ClassView;
  readonly connection: Connection;
  readonly updatedAt: string | null;
  /** How many times the class's students changed (joined, renamed, merged, removed). */
  readonly rosterChanges: number;
}

/** The stream's messages after which the list of students may differ (see `LiveMessage`). */
const ROSTER_CHANGES = new Set(['joined', 'renamed', 'merged', 'removed', 'resync']);

function kindOf(data: string): string | null {
  try {
    return (JSON.parse(data) as { kind?: string }).kind ?? null;
  } catch {
    return null;
  }
}

const LiveContext = createContext<Live | null>(null);

function useLive(): Live {
  const live = use(LiveContext);
  if (!live) throw new Error('useClassView is used outside <LiveClass>.');
  return live;
}

/** The class's view as last fetched: for the page's live parts. */
export function useClassView(): ClassView {
  return useLive().view;
}

/**
 * A number that grows when the class's students change, at most once a second: for the class
 * page's list of students, which fetches the roster again then (the view carries no rejoin codes).
 */
export function useRosterChanges(): number {
  return useLive().rosterChanges;
}

export function LiveClass({
  classId,
  query,
  initial,
  children,
}: {
  classId: string;
  /** What the page shows: the same query the server rendered `initial` for. */
  query: ViewQuery;
  initial: ClassView;
  children: ReactNode;
}) {
  const [view, setView] = useState(initial);
  // The teacher's own changes refresh the page's server data: take its newer view then.
  const [rendered, setRendered] = useState(initial);
  if (initial !== rendered) {
    setRendered(initial);
    setView(initial);
  }
  const [connection, setConnection] = useState<Connection>('connecting');
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const [rosterChanges, setRosterChanges] = useState(0);
  const url = viewHref(`/api/class/teacher/classes/${classId}/view`, query);
  useEffect(() => {
    const source = new EventSource(`/api/class/teacher/classes/${classId}/live`);
    const aborts = new AbortController();
    // Under load a fetch can take longer than the interval: a later answer must not be undone.
    let sent = 0;
    let applied = 0;
    const refresh = throttle(async () => {
      const mine = ++sent;
      try {
        const response = await fetch(url, { cache: 'no-store', signal: aborts.signal });
        if (!response.ok) throw new Error(`view ${response.status}`);
        const next = (await response.json()) as ClassView;
        if (mine < applied) return;
        applied = mine;
        startTransition(() => setView((shown) => keepUnchanged(shown, next)));
        setConnection('open');
        setUpdatedAt(new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
      } catch {
        if (!aborts.signal.aborted) setConnection('failed');
      }
    }, REFRESH_INTERVAL_MS);
    const rosterChanged = throttle(() => setRosterChanges((n) => n + 1), REFRESH_INTERVAL_MS);
    source.onopen = () => setConnection('open');
    // EventSource reconnects by itself; messages missed meanwhile are covered by the next fetch.
    source.onerror = () => setConnection('reconnecting');
    source.onmessage = (message: MessageEvent<string>) => {
      refresh.request();
      if (ROSTER_CHANGES.has(kindOf(message.data) ?? '')) rosterChanged.request();
    };
    return () => {
      refresh.cancel();
      rosterChanged.cancel();
      aborts.abort();
      source.close();
    };
  }, [classId, url]);
  return (
    <LiveContext value={{ view, connection, updatedAt, rosterChanges }}>{children}</LiveContext>
  );
}

/** "Live: …", "Updated at 10:42." or what went wrong, as a polite status. */
export function LiveStatus() {
  const { connection, updatedAt } = useLive();
  const text =
    connection === 'reconnecting'
      ? T.live.reconnecting
      : connection === 'failed'
        ? T.live.failed
        : updatedAt
          ? T.live.updated(updatedAt)
          : connection === 'connecting'
            ? T.live.connecting
            : T.live.open;
  return (
    <p role="status" className="live-status">
      {text}
    </p>
  );
}

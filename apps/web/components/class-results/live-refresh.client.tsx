'use client';
/**
 * Keeps a teacher's class page live: listens to the class's live stream and refreshes the page's
 * server-rendered data when something changes (at most once a second, see `throttle`). Its
 * status line says when the results were last updated, to the minute, so a screen reader hears
 * it once in a while, not on every student's Check.
 */
import { useRouter } from 'next/navigation';
import { startTransition, useEffect, useState } from 'react';
import { throttle } from '@/lib/teacher-class/throttle';
import { classResultsText as T } from '@/lib/ui-text/class-results';

export const REFRESH_INTERVAL_MS = 1000;

type Connection = 'connecting' | 'open' | 'reconnecting';

export function LiveRefresh({ classId }: { classId: string }) {
  const router = useRouter();
  const [connection, setConnection] = useState<Connection>('connecting');
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  useEffect(() => {
    const source = new EventSource(`/api/class/teacher/classes/${classId}/live`);
    const refresh = throttle(() => {
      startTransition(() => router.refresh());
      setUpdatedAt(new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
    }, REFRESH_INTERVAL_MS);
    source.onopen = () => setConnection('open');
    // EventSource reconnects by itself; messages missed meanwhile are covered by a refresh then.
    source.onerror = () => setConnection('reconnecting');
    source.onmessage = () => refresh.request();
    return () => {
      refresh.cancel();
      source.close();
    };
  }, [classId, router]);
  const text =
    connection === 'reconnecting'
      ? T.live.reconnecting
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

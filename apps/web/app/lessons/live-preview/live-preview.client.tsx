'use client';
/**
 * Dev only: listens to /lessons/live-preview, which sends the version of the lesson and corpus
 * files when it connects and after every change, and re-renders the page from the server
 * (keeping the scroll position and the exercises' state) whenever that is not the version the
 * page was rendered from. Comparing versions, not counting events, means an edit saved while the
 * stream was still connecting is never missed.
 *
 * It also asks for an exercise key and the judging code once the page has loaded: `next dev`
 * compiles both on first use, which made a teacher's first Check wait on "Checking…".
 */
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function LivePreviewClient({
  renderedVersion,
  firstKey,
}: {
  renderedVersion: string;
  firstKey?: string;
}) {
  const router = useRouter();
  useEffect(() => {
    // Only to have them compiled: the exercise fetches its own key, and a failure shows there.
    const prepare = () => {
      if (firstKey) void fetch(firstKey).catch(() => {});
      void import('@/components/exercises/shell/scoring').catch(() => {});
    };
    if ('requestIdleCallback' in window) {
      const idle = requestIdleCallback(prepare);
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(prepare, 0);
    return () => clearTimeout(timer);
  }, [firstKey]);
  useEffect(() => {
    const events = new EventSource('/lessons/live-preview');
    events.onmessage = (event: MessageEvent<string>) => {
      if (event.data !== renderedVersion) router.refresh();
    };
    return () => events.close();
  }, [router, renderedVersion]);
  return null;
}

'use client';
/**
 * Dev only: listens to /lessons/live-preview, which sends the version of the lesson and corpus
 * files when it connects and after every change, and re-renders the page from the server
 * (keeping the scroll position and the exercises' state) whenever that is not the version the
 * page was rendered from. Comparing versions, not counting events, means an edit saved while the
 * stream was still connecting is never missed.
 */
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function LivePreviewClient({ renderedVersion }: { renderedVersion: string }) {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource('/lessons/live-preview');
    events.onmessage = (event: MessageEvent<string>) => {
      if (event.data !== renderedVersion) router.refresh();
    };
    return () => events.close();
  }, [router, renderedVersion]);
  return null;
}

'use client';
/**
 * Dev only: listens to /lessons/live-preview (a stream of "a lesson or corpus file changed") and
 * re-renders the page from the server, keeping the scroll position and the exercises' state.
 */
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function LivePreviewClient() {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource('/lessons/live-preview');
    events.onmessage = () => router.refresh();
    return () => events.close();
  }, [router]);
  return null;
}

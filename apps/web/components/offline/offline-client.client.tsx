'use client';

import { lazy, startTransition, Suspense, useEffect, useState } from 'react';

const OfflineNotices = lazy(() => import('./offline-notices'));

/**
 * Mounted once in the root layout. The notices and the service worker's registration load after
 * the page has hydrated (the server and hydration render nothing here): nothing in them is needed
 * to read or answer, and every page then ships their code later instead of up front. They come in
 * a transition, which React renders between other work: a hydration flag read from a store made
 * React render the page again at once, in the same long task as hydration's effects.
 */
export function OfflineClient() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => startTransition(() => setHydrated(true)), []);
  return hydrated ? (
    <Suspense fallback={null}>
      <OfflineNotices />
    </Suspense>
  ) : null;
}

'use client';

import { lazy, Suspense, useEffect, useState } from 'react';

const OfflineNotices = lazy(() => import('./offline-notices'));

/**
 * Mounted once in the root layout. The notices and the service worker's registration load after
 * the page has hydrated: nothing in them is needed to read or answer, and every page then ships
 * their code later instead of up front.
 */
export function OfflineClient() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated ? (
    <Suspense fallback={null}>
      <OfflineNotices />
    </Suspense>
  ) : null;
}

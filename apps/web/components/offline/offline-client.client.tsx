'use client';

import { lazy, Suspense, useSyncExternalStore } from 'react';

const OfflineNotices = lazy(() => import('./offline-notices'));

const noSubscription = () => () => {};

/**
 * Mounted once in the root layout. The notices and the service worker's registration load after
 * the page has hydrated (the server and hydration render nothing here): nothing in them is needed
 * to read or answer, and every page then ships their code later instead of up front.
 */
export function OfflineClient() {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return hydrated ? (
    <Suspense fallback={null}>
      <OfflineNotices />
    </Suspense>
  ) : null;
}

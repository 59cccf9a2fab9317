'use client';

import { offlineText } from '@/lib/ui-text/offline';

/** Loads the address again: the page the student wanted, once the wifi is back. */
export function TryAgain() {
  return (
    <button
      type="button"
      className="offline-notice__button"
      onClick={() => window.location.reload()}
    >
      {offlineText.notYet.tryAgain}
    </button>
  );
}

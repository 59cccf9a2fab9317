'use client';

import { UI } from '@/lib/ui-text';

/** Loads the address again: the page the student wanted, once the wifi is back. */
export function TryAgain() {
  return (
    <button
      type="button"
      className="offline-notice__button"
      onClick={() => window.location.reload()}
    >
      {UI.offline.notYet.tryAgain}
    </button>
  );
}

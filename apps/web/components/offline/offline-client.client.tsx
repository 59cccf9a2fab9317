'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { offlineNoticeText } from '@/lib/ui-text/offline-notice';
import { registerWorker, reportPageSeen } from './register-worker';
import { useOnline } from './use-online';
import './offline.css';

/**
 * Mounted once in the root layout: runs the service worker, says calmly when the device is
 * offline, and offers a new version with a reload the student chooses to make.
 */
export function OfflineClient() {
  const online = useOnline();
  const pathname = usePathname();
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);

  useEffect(() => registerWorker((apply) => setApplyUpdate(() => apply)), []);

  // In-app navigations load no HTML, so the worker hears about each page here to save it.
  useEffect(() => reportPageSeen(window.location.href), [pathname]);

  return (
    <div className="offline-notices">
      {/* Live regions stay in the page (empty when there is nothing to say) so changes are announced. */}
      <p role="status" className="offline-notice">
        {online ? '' : offlineNoticeText.status}
      </p>
      <div role="status" className="offline-notice">
        {applyUpdate && (
          <>
            <span>{offlineNoticeText.updateReady}</span>{' '}
            <button type="button" className="offline-notice__button" onClick={applyUpdate}>
              {offlineNoticeText.reload}
            </button>
          </>
        )}
      </div>
    </div>
  );
}

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { offlineNoticeText } from '@/lib/ui-text/offline-notice';
import { askWorker, useOffline } from './network-status';
import { registerWorker, reportPageSeen } from './register-worker';
import { useStatusLine } from './status-line';
import './offline.css';

// While the notice shows, the worker tries the server again this often (it may be back without
// the browser noticing: the `online` event only follows the device's own connection).
const RECHECK_MS = 20_000;

/**
 * Runs the service worker, says calmly when the kit's server cannot be reached, and offers a new
 * version with a reload the student chooses to make. Loaded after the page (offline-client).
 */
export default function OfflineNotices() {
  const offline = useOffline();
  const pageLine = useStatusLine();
  const pathname = usePathname();
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);

  useEffect(() => registerWorker((apply) => setApplyUpdate(() => apply)), []);

  // In-app navigations load no HTML, so the worker hears about each page here to save it.
  useEffect(() => reportPageSeen(window.location.href), [pathname]);

  useEffect(() => {
    if (!offline) return;
    const timer = window.setInterval(askWorker, RECHECK_MS);
    return () => window.clearInterval(timer);
  }, [offline]);

  return (
    <div className="offline-notices">
      {/* Live regions stay in the page (empty when there is nothing to say) so changes are announced. */}
      <p role="status" className="offline-notice">
        {pageLine ?? (offline ? offlineNoticeText.status : '')}
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

/**
 * Background Sync for class mode's outbox: when a page could not send its students' work (the
 * network went), it asks for a sync, and the browser wakes this worker once the network is back,
 * even after the tab was closed. It sends the same IndexedDB outbox the page sends, with the same
 * code; the server records a retry once, so a page and the worker sending together is harmless.
 * Browsers without Background Sync (and plain-http school servers, which have no worker) rely
 * on the page's own retries.
 */
import { indexedDbOutbox, openOutboxDb } from '../lib/class-device/outbox-indexeddb';
import { CLASS_SYNC_TAG } from '../lib/class-device/sync-tag';
import { sendOutbox } from '../lib/class-device/send-outbox';

declare const self: ServiceWorkerGlobalScope;

/** Not in TypeScript's WebWorker library yet (Chromium and Edge only). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

(self as EventTarget).addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== CLASS_SYNC_TAG) return;
  sync.waitUntil(
    (async () => {
      const report = await sendOutbox(indexedDbOutbox(await openOutboxDb()));
      // A rejected promise tells the browser to try the sync again later.
      if (report.retry) throw new Error('The class server could not be reached; trying later.');
    })(),
  );
});

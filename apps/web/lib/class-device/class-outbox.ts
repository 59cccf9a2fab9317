/**
 * The page's one outbox sender (browser only): the outbox in IndexedDB (in memory when the
 * browser refuses it: the work then lasts as long as the page, and the status line says so
 * plainly until everything is sent), sent again when the browser comes back online, and the
 * server's answer to each event handed to whoever waits for it.
 */
import type { ClassEvent } from '@sayswho/core/class-event';
import type { ClassEventResult } from '@sayswho/classroom';
import type { ClassDevice } from './device-place';
import { keepCheck } from './kept-checks';
import { indexedDbOutbox, openOutboxDb } from './outbox-indexeddb';
import { createOutboxSender, type OutboxSender } from './outbox-sender';
import { memoryOutbox, type OutboxEntry, type OutboxStore } from './outbox-store';
import { CLASS_SYNC_TAG } from './sync-tag';

let sender: OutboxSender | null = null;
const waiters = new Map<string, (result: ClassEventResult) => void>();
let lastSeq = 0;
type UnclaimedListener = (entry: OutboxEntry, result: ClassEventResult) => void;
const unclaimed = new Set<UnclaimedListener>();

/** The outbox, and whether it lives in IndexedDB (false: in this page's memory only). */
function openStore(): { store: OutboxStore; durable: Promise<boolean> } {
  const ready: Promise<{ store: OutboxStore; durable: boolean }> = (async () => {
    try {
      return { store: indexedDbOutbox(await openOutboxDb()), durable: true };
    } catch {
      return { store: memoryOutbox(), durable: false };
    }
  })();
  const store = () => ready.then((opened) => opened.store);
  return {
    store: {
      add: (entry) => store().then((s) => s.add(entry)),
      list: () => store().then((s) => s.list()),
      put: (entries) => store().then((s) => s.put(entries)),
      remove: (ids) => store().then((s) => s.remove(ids)),
    },
    durable: ready.then((opened) => opened.durable),
  };
}

type WithSync = ServiceWorkerRegistration & {
  readonly sync?: { register(tag: string): Promise<void> };
};

/** Asks the service worker to send the outbox once the network is back (sw/class-sync.ts). */
function requestBackgroundSync(): void {
  navigator.serviceWorker?.ready
    .then((registration) => (registration as WithSync).sync?.register(CLASS_SYNC_TAG))
    .catch(() => undefined);
}

export function classOutbox(): OutboxSender {
  if (sender) return sender;
  const created = createOutboxSender({
    ...openStore(),
    onResult(entry, result) {
      // Kept whether or not the page that made the Check is still open: a reload redraws it.
      const { event } = entry;
      if (event.kind === 'check' && event.answer && result.judgement)
        keepCheck(
          { studentId: entry.studentId, lesson: event.lesson, exerciseId: event.exerciseId },
          { answer: event.answer, judgement: result.judgement, late: result.late === true },
        );
      const waiter = waiters.get(event.id);
      waiters.delete(event.id);
      if (waiter) waiter(result);
      else for (const listener of unclaimed) listener(entry, result);
    },
  });
  sender = created;
  window.addEventListener('online', () => void created.flush());
  created.subscribe(() => {
    const { unreachable, waiting } = created.status();
    if (unreachable && waiting > 0) requestBackgroundSync();
  });
  // Work left from an earlier visit (or an earlier student of this device) goes out now.
  void created.flush();
  return created;
}

/** Queues an event made by the device's current student; resolves once it is in the outbox. */
export function queueEvent(device: ClassDevice, event: ClassEvent): Promise<void> {
  // Queue order survives a reload: time-based, and strictly increasing within the page.
  lastSeq = Math.max(lastSeq + 1, Date.now() * 1000);
  const entry: OutboxEntry = {
    event,
    token: device.token,
    studentId: device.student.id,
    classId: device.class.id,
    seq: lastSeq,
  };
  return classOutbox().queue(entry);
}

/** The server's answer to an event, whenever it comes (after the network is back). */
export function resultOf(eventId: string): Promise<ClassEventResult> {
  return new Promise((resolve) => waiters.set(eventId, resolve));
}

/**
 * The server's answers that no page waits for: events sent from an earlier page (the outbox
 * outlives a reload), whose result this page must still apply.
 */
export function subscribeUnclaimedResults(listener: UnclaimedListener): () => void {
  unclaimed.add(listener);
  return () => {
    unclaimed.delete(listener);
  };
}

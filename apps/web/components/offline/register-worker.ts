/**
 * Registers the service worker (production builds only) and reports a waiting update, so the
 * page can offer a reload instead of the worker swapping files under a student mid-lesson.
 * In `next dev` it removes any worker a production run left on this address: the teacher's live
 * preview must never be served from a cache.
 */
import type { WorkerRequest } from './sw-protocol';

/** Called when a new version is ready; `apply` activates it and reloads the page. */
export type OnUpdateReady = (apply: () => void) => void;

// Classroom tabs stay open for days; look for a new version this often, and when wifi returns.
const UPDATE_CHECK_MS = 30 * 60 * 1000;

export function registerWorker(onUpdateReady: OnUpdateReady): () => void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};
  const container = navigator.serviceWorker;
  if (process.env.NODE_ENV !== 'production') {
    void removeWorkers(container);
    return () => {};
  }

  const wasControlled = container.controller !== null;
  let reloadRequested = false;
  const offer = (worker: ServiceWorker) =>
    onUpdateReady(() => {
      reloadRequested = true;
      post(worker, { type: 'SKIP_WAITING' });
    });

  const onControllerChange = () => {
    if (reloadRequested) window.location.reload();
    // Another tab took the update: this page still runs the old files, so offer the reload here too.
    else if (wasControlled) onUpdateReady(() => window.location.reload());
  };
  container.addEventListener('controllerchange', onControllerChange);

  let registration: ServiceWorkerRegistration | undefined;
  const checkForUpdate = () => void registration?.update().catch(() => undefined);
  const timer = window.setInterval(checkForUpdate, UPDATE_CHECK_MS);
  window.addEventListener('online', checkForUpdate);

  container
    .register('/sw.js', { scope: '/' })
    .then((reg) => {
      registration = reg;
      if (reg.waiting && container.controller) offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) offer(worker);
        });
      });
    })
    .catch((error: unknown) => {
      // No worker (private mode, blocked storage): the kit works online as a plain site. Said in
      // the console so whoever looks after the devices can see why lessons are not kept offline.
      console.warn('Says Who: lessons will not be kept for offline use here.', error);
    });

  return () => {
    container.removeEventListener('controllerchange', onControllerChange);
    window.removeEventListener('online', checkForUpdate);
    window.clearInterval(timer);
  };
}

/** Tells the worker a page was shown, so it saves the page (and a lesson's data) for offline use. */
export function reportPageSeen(url: string): void {
  if (
    process.env.NODE_ENV !== 'production' ||
    typeof navigator === 'undefined' ||
    !('serviceWorker' in navigator)
  )
    return;
  void navigator.serviceWorker.ready.then(
    (reg) => reg.active && post(reg.active, { type: 'PAGE_SEEN', url }),
  );
}

function post(worker: ServiceWorker, message: WorkerRequest): void {
  worker.postMessage(message);
}

async function removeWorkers(container: ServiceWorkerContainer): Promise<void> {
  const registrations = await container.getRegistrations();
  await Promise.all(registrations.map((r) => r.unregister()));
  // A page a leftover worker served would keep its old files until the next load.
  if (registrations.length > 0 && container.controller) window.location.reload();
}

/**
 * Whether the kit's server can be reached: what the one quiet status line of every page says.
 * `navigator.onLine` and the `offline` event are only a fast hint (on school wifi with no way out
 * they stay "online" while every request fails); the service worker, which sees every request
 * fail or time out and answers from its saved copies, says what really happened
 * (sw/network-first.ts). The `online` event or the worker's next answer from the network clears it.
 */
import { useSyncExternalStore } from 'react';
import type { WorkerMessage, WorkerRequest } from './sw-protocol';

/** What the worker (or a request of the page's own) last found. */
let unreachable = false;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Records whether a request reached the server (the worker's reports, a page's own requests). */
export function reportReachable(reachable: boolean): void {
  unreachable = !reachable;
  emit();
}

/** Asks the worker, which answers with a NETWORK_STATUS message (after a fresh try when it was down). */
export function askWorker(): void {
  const request: WorkerRequest = { type: 'NETWORK_STATUS' };
  navigator.serviceWorker?.controller?.postMessage(request);
}

function onWorkerMessage(event: MessageEvent<WorkerMessage | undefined>): void {
  if (event.data?.type === 'NETWORK_STATUS') reportReachable(event.data.reachable);
}

function onOnline(): void {
  reportReachable(true);
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', emit);
    // None at a plain-http school address (not a secure context). Asked with `in`: the production
    // build dropped an `if (container)` here, and the lesson pages there crashed on hydration.
    if ('serviceWorker' in navigator) {
      const container = navigator.serviceWorker;
      container.addEventListener('message', onWorkerMessage);
      // Messages wait until the page says it listens; a page served from a saved copy asks at once.
      container.startMessages();
      askWorker();
    }
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** True when the device is offline or the kit's server could not be reached; false on the server. */
export function useOffline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !navigator.onLine || unreachable,
    () => false,
  );
}

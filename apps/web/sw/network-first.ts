/**
 * How the worker answers the kit's pages and data, and what it learns about the network while
 * doing so. `navigator.onLine` says only whether the device is on some network: on school wifi
 * with no way out (a captive portal, a filter that drops the site, an overloaded access point)
 * it stays true while every request fails. The worker sees what really happened to each request,
 * so it is the one that tells the pages whether the kit's server can be reached
 * (`NETWORK_STATUS`, see sw-protocol.ts).
 */
import { Strategy, type StrategyHandler, type SerwistPlugin } from 'serwist';
import type { WorkerMessage } from '../components/offline/sw-protocol';

declare const self: ServiceWorkerGlobalScope;

/**
 * How long the network gets before a saved copy is shown instead: a request on a network that
 * hangs rather than refuses would otherwise keep a student waiting for a minute or more.
 */
export const NETWORK_TIMEOUT_SECONDS = shortenedBy('network-timeout', 4);
/**
 * With no saved copy there is nothing better to show, so a slow network gets longer; after this
 * a page gets the kit's "not available offline yet" page and data requests fail.
 */
export const NO_COPY_TIMEOUT_SECONDS = shortenedBy('no-copy-timeout', 10);

/**
 * `seconds`, or less when the worker's own address asks for less: the browser tests register
 * `/sw.js?network-timeout=…&no-copy-timeout=…` (offline.spec.ts) so that a hanging network costs
 * them a second or two a wait, not 4 and 10. The kit's pages register plain `/sw.js`, and the
 * query can only shorten a wait, never make a student wait longer.
 */
function shortenedBy(name: string, seconds: number): number {
  const asked = Number(new URL(self.location.href).searchParams.get(name));
  return asked > 0 && asked < seconds ? asked : seconds;
}

/** A proxy or load balancer in front of the kit says its server is down or unreachable. */
const GATEWAY_ERRORS = new Set([502, 503, 504]);

let reachable = true;

/** Records what the last request found, and tells every open page when that changed. */
export function setReachable(now: boolean): void {
  if (now === reachable) return;
  reachable = now;
  const message: WorkerMessage = { type: 'NETWORK_STATUS', reachable };
  void self.clients
    .matchAll({ type: 'window' })
    .then((clients) => clients.forEach((client) => client.postMessage(message)));
}

export function isReachable(): boolean {
  return reachable;
}

/**
 * Asks the server for a tiny file, bypassing every cache, to learn whether it can be reached
 * again (a page showing the offline notice asks now and then).
 */
export async function probeNetwork(url: string): Promise<void> {
  const answer = await withTimeout(
    fetch(url, { cache: 'no-store', credentials: 'same-origin' }).then(
      (response) => !GATEWAY_ERRORS.has(response.status),
      () => false,
    ),
    NETWORK_TIMEOUT_SECONDS,
  );
  setReachable(answer === true);
}

/** For requests that must come from the network (in-app navigation payloads): it still reports. */
export const reportReachability: SerwistPlugin = {
  fetchDidSucceed: async ({ response }) => {
    setReachable(!GATEWAY_ERRORS.has(response.status));
    return response;
  },
  fetchDidFail: async () => setReachable(false),
};

/**
 * Network first, with the saved copy after NETWORK_TIMEOUT_SECONDS, and a record of which of the
 * two answered. Serwist's own NetworkFirst, on a hanging network with no saved copy, waits for
 * the network indefinitely, and does not say whether its answer came from the cache.
 */
export class NetworkFirstReporting extends Strategy {
  protected async _handle(request: Request, handler: StrategyHandler): Promise<Response> {
    // Revalidated with the server (a 304 is cheap): an answer from the browser's HTTP cache would
    // say nothing about the network, and an icon from it once told a page offline it was online.
    const revalidated =
      request.cache === 'default' ? new Request(request, { cache: 'no-cache' }) : request;
    const network = handler.fetchAndCachePut(revalidated).then(
      (response) => (GATEWAY_ERRORS.has(response.status) ? null : response),
      () => null,
    );
    // Keeps the worker alive until a late answer has been saved for next time.
    void handler.waitUntil(network);
    const first = await withTimeout(network, NETWORK_TIMEOUT_SECONDS);
    if (first) {
      setReachable(true);
      return first;
    }
    setReachable(false);
    const saved = await handler.cacheMatch(request);
    if (saved) return saved;
    const late =
      first === undefined
        ? await withTimeout(network, NO_COPY_TIMEOUT_SECONDS - NETWORK_TIMEOUT_SECONDS)
        : null;
    if (late) {
      setReachable(true);
      return late;
    }
    // Serwist then answers a navigation with the "not available offline yet" page.
    throw new Error(`${request.url}: no answer from the network and no saved copy`);
  }
}

/** The promise's value, or undefined when it takes longer than `seconds`. */
function withTimeout<T>(promise: Promise<T>, seconds: number): Promise<T | undefined> {
  return Promise.race([
    promise,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), seconds * 1000)),
  ]);
}

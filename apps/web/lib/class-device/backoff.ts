/**
 * How long a device waits before it sends its outbox again after a failure: doubling from 1 s up
 * to a minute, with "equal jitter" (half fixed, half random) so that a class whose wifi comes back
 * at once does not hit the server in one wave. A server's Retry-After is a floor.
 */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 60_000;

export function backoffMs(failures: number, random: number, retryAfterMs = 0): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.max(retryAfterMs, Math.round(ceiling / 2 + (ceiling / 2) * random));
}

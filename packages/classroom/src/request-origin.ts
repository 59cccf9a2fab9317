/**
 * What a route handler must know of the request itself: whether a write comes from the kit's own
 * pages (no cross-site requests), and which client address the rate limits see behind proxies.
 */
import { ok, refuse, type Result } from './result';

export interface OriginHeaders {
  /** The `Origin` header (browsers send it with every POST, PUT, PATCH and DELETE). */
  readonly origin: string | null;
  /** The `Sec-Fetch-Site` header, when the browser sends one. */
  readonly secFetchSite: string | null;
  /** The origin the request was addressed to (scheme and host the server saw). */
  readonly requestOrigin: string;
}

export const CROSS_SITE = 'This request did not come from the kit’s own pages, so it was refused.';

/** A write is allowed from the kit's own origin only: PUBLIC_URL when set, else the request's. */
export function isSameOrigin(headers: OriginHeaders, publicUrl: string | null): Result<null> {
  if (headers.secFetchSite && headers.secFetchSite !== 'same-origin')
    return refuse('forbidden', CROSS_SITE);
  const expected = publicUrl ?? headers.requestOrigin;
  if (!headers.origin || headers.origin !== expected) return refuse('forbidden', CROSS_SITE);
  return ok(null);
}

/**
 * The client's address for the rate limits. With no proxy in front, the connection's own address
 * (`peerAddress`, which the server takes from the socket: a client cannot choose it). With
 * `trustProxy` proxies in front, each appends the address it received from to `X-Forwarded-For`,
 * so the client is the `trustProxy`-th entry from the right; what a client wrote before them is
 * never read.
 */
export function clientAddress(
  forwardedFor: string | null,
  trustProxy: number,
  peerAddress: string | null,
): string {
  const peer = peerAddress ?? 'unknown';
  if (trustProxy === 0) return peer;
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  return entries[entries.length - trustProxy] ?? entries[0] ?? peer;
}

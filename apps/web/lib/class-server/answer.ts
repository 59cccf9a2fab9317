/**
 * Every class route answers through here: a service's `Result` as JSON, never cached anywhere
 * (class answers hold names and work; a deleted class must not survive in a cache). A refusal is
 * `{ code, reason }` with its status, and `Retry-After` when it says when to try again.
 */
import type { Result } from '@sayswho/classroom/result';

/** On every class answer: no browser, proxy or service worker keeps a copy. */
export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

export function answer<T>(result: Result<T>, successStatus = 200): Response {
  if (result.ok) return Response.json(result.value, { status: successStatus, headers: NO_STORE });
  const headers: Record<string, string> = { ...NO_STORE };
  if (result.retryAfterSeconds !== undefined)
    headers['Retry-After'] = String(result.retryAfterSeconds);
  return Response.json(
    { code: result.code, reason: result.reason },
    { status: result.status, headers },
  );
}

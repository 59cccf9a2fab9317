/**
 * How the teacher pages' islands call the teacher routes: JSON in, JSON out, and a refusal's
 * reason (written for the person) passed on as it is. Browser side; the session cookie goes
 * with every same-origin request.
 */
import { teacherClassText as T } from '@/lib/ui-text/teacher-class';

export type Sent<V> =
  { readonly ok: true; readonly value: V } | { readonly ok: false; readonly reason: string };

export async function sendJson<V>(
  method: 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<Sent<V>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, reason: T.klass.network };
  }
  const answer = (await response.json().catch(() => null)) as { reason?: unknown } | null;
  if (response.ok) return { ok: true, value: answer as V };
  return {
    ok: false,
    reason:
      typeof answer?.reason === 'string'
        ? answer.reason
        : `${response.status} ${response.statusText}`,
  };
}

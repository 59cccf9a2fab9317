/**
 * Requests as the kit's own pages send them (same origin), for route-handler tests; each part a
 * test wants to get wrong (origin, token, cookie, body) can be changed.
 */
import { NextRequest } from 'next/server';

export const KIT_ORIGIN = 'http://127.0.0.1:3000';

export interface RequestParts {
  readonly method?: string;
  /** A JSON value, or text sent as it is. */
  readonly body?: unknown;
  /** A student's device token, sent as `Authorization: Bearer …`. */
  readonly token?: string;
  /** A teacher's session token, sent as the `sayswho_teacher` cookie. */
  readonly session?: string;
  /** The page's origin; `null` sends none. */
  readonly origin?: string | null;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal;
}

export function classRequest(path: string, parts: RequestParts = {}): NextRequest {
  const method = parts.method ?? (parts.body === undefined ? 'GET' : 'POST');
  const headers = new Headers({ host: new URL(KIT_ORIGIN).host, ...parts.headers });
  const origin = parts.origin === undefined ? KIT_ORIGIN : parts.origin;
  if (method !== 'GET' && origin !== null) {
    headers.set('origin', origin);
    if (!parts.headers?.['sec-fetch-site'])
      headers.set('sec-fetch-site', origin === KIT_ORIGIN ? 'same-origin' : 'cross-site');
  }
  if (parts.token) headers.set('authorization', `Bearer ${parts.token}`);
  if (parts.session) headers.set('cookie', `sayswho_teacher=${parts.session}`);
  const body =
    parts.body === undefined
      ? undefined
      : typeof parts.body === 'string'
        ? parts.body
        : JSON.stringify(parts.body);
  if (body !== undefined) headers.set('content-type', 'application/json');
  return new NextRequest(new URL(path, KIT_ORIGIN), {
    method,
    headers,
    body,
    signal: parts.signal,
  });
}

/** The route's dynamic segments as Next 16 passes them (a promise). */
export function params<T extends Record<string, string>>(values: T): { params: Promise<T> } {
  return { params: Promise.resolve(values) };
}

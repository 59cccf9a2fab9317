/**
 * The class server's student routes, as the device calls them: every answer is JSON, and a
 * refusal is `{ code, reason }` with its status (a 429 also says how long to wait).
 */
import type { ExerciseKey } from '@sayswho/lessons/exercise-spec';
import type { Joined, StudentState } from '@sayswho/classroom';

export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly status: number;
      readonly code: string;
      readonly reason: string;
      readonly retryAfterSeconds: number | null;
    };

/** Status 0: the request never reached the server (offline, server down). */
export const UNREACHABLE = 'unreachable';

async function call<T>(url: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', credentials: 'omit', ...init });
  } catch {
    return { ok: false, status: 0, code: UNREACHABLE, reason: '', retryAfterSeconds: null };
  }
  const body = (await response.json().catch(() => null)) as
    (T & { code?: string; reason?: string }) | null;
  if (response.ok && body !== null) return { ok: true, value: body };
  const after = Number(response.headers.get('Retry-After'));
  return {
    ok: false,
    status: response.status,
    code: body?.code ?? `http-${response.status}`,
    reason: body?.reason ?? `The class server answered ${response.status}.`,
    retryAfterSeconds: Number.isFinite(after) && after > 0 ? after : null,
  };
}

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const bearer = (token: string): RequestInit => ({ headers: { Authorization: `Bearer ${token}` } });

export const joinClass = (code: string, name: string) =>
  call<Joined>('/api/class/join', post({ code, name }));

export const rejoinClass = (code: string, rejoinCode: string) =>
  call<Joined>('/api/class/rejoin', post({ code, rejoinCode }));

export const fetchState = (token: string) => call<StudentState>('/api/class/me', bearer(token));

export const fetchKey = (token: string, lesson: string, exercise: string) =>
  call<ExerciseKey>(
    `/api/class/keys/${encodeURIComponent(lesson)}/${encodeURIComponent(exercise)}`,
    bearer(token),
  );

/** The automatic hints the server has given this student so far, and how many there are in all. */
export const fetchHints = (token: string, lesson: string, exercise: string) =>
  call<{ hints: string[]; total: number }>(
    `/api/class/hints/${encodeURIComponent(lesson)}/${encodeURIComponent(exercise)}`,
    bearer(token),
  );

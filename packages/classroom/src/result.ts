/**
 * What every service answers: a value, or a refusal with the HTTP status a route should send, a
 * stable code a device can act on, and a reason written for the person who asked.
 */
export type RefusalCode =
  /** The request is malformed or breaks a limit; nothing was changed. */
  | 'invalid'
  /** No teacher session (or it expired): sign in again. */
  | 'signed-out'
  /** The device token is not known (never was, or its class was deleted). */
  | 'unknown-device'
  /** The teacher removed this student: the device leaves the class and keeps its work. */
  | 'removed'
  /** No such thing, or not yours: the two are not told apart. */
  | 'not-found'
  /** Known, but not allowed now (a key the lesson's policy withholds, a class that has ended). */
  | 'forbidden'
  /** Clashes with what exists (a teacher's name taken). */
  | 'conflict'
  /** The request body is too big. */
  | 'too-large'
  /** Too many attempts from here, or for this class: wait and try again. */
  | 'rate-limited'
  /** The database cannot be reached or is full: the device keeps its work and tries later. */
  | 'unavailable';

const STATUS: Record<RefusalCode, number> = {
  invalid: 400,
  'signed-out': 401,
  'unknown-device': 401,
  removed: 410,
  'not-found': 404,
  forbidden: 403,
  conflict: 409,
  'too-large': 413,
  'rate-limited': 429,
  unavailable: 503,
};

export interface Refusal {
  readonly ok: false;
  readonly status: number;
  readonly code: RefusalCode;
  readonly reason: string;
  /** For `rate-limited` and `unavailable`: when to try again (the Retry-After header). */
  readonly retryAfterSeconds?: number;
}

export type Result<T> = { readonly ok: true; readonly value: T } | Refusal;

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function refuse(code: RefusalCode, reason: string, retryAfterSeconds?: number): Refusal {
  return {
    ok: false,
    status: STATUS[code],
    code,
    reason,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}

/**
 * A database that is down, full or restarting is a fault of the moment, not a bug: services
 * turn it into a 503 refusal (the device keeps its work and sends it later) and log one line.
 * Anything else is thrown as it is.
 */
import type { Classroom } from '../classroom';
import { errorChain } from '../db/error-codes';
import { refuse, type Refusal } from '../result';

/** PostgreSQL error classes of a fault of the moment: connection, resources, shutdown, I/O. */
const PASSING_CODES = /^(08|53|57P0|58)/;
const PASSING_NODE_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOSPC',
  'EHOSTUNREACH',
]);

/** Why the database cannot answer now, or null when the error is something else. */
export function unavailableReason(error: unknown): string | null {
  for (const { code, message } of errorChain(error)) {
    if (PASSING_CODES.test(code) || PASSING_NODE_ERRORS.has(code)) return message || code;
    if (
      /Connection terminated|timeout exceeded when trying to connect|ENOSPC|PGlite is closed/i.test(
        message,
      )
    )
      return message;
  }
  return null;
}

export const UNAVAILABLE =
  'The class server cannot save right now. Your work is kept on this device and will be sent when it can.';

/** Wraps a service so a database fault becomes a 503 refusal and one log line. */
export function guarded<A extends unknown[], T>(
  service: (classroom: Classroom, ...args: A) => Promise<T>,
): (classroom: Classroom, ...args: A) => Promise<T | Refusal> {
  return async (classroom, ...args) => {
    try {
      return await service(classroom, ...args);
    } catch (error) {
      const reason = unavailableReason(error);
      if (reason === null) throw error;
      classroom.log(
        `Says Who class database (${classroom.database.where}) is unavailable: ${reason}`,
      );
      return refuse('unavailable', UNAVAILABLE, 30);
    }
  };
}

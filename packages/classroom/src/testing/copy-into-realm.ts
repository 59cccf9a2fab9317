/**
 * A deep copy of a value made of the objects of the realm this module was loaded in. Jest runs
 * each test file in its own realm (a `vm` context): a PGlite opened in the worker's realm hands
 * back rows whose arrays, objects, Dates and errors fail the file's `instanceof` checks and
 * Jest's strict equality, and PGlite reads the file's Dates as plain objects. The worker's
 * environment and each test file load this module separately, so each copies into its own realm.
 */
export function copyIntoThisRealm<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return Array.from(value, copy);
  switch (Object.prototype.toString.call(value)) {
    case '[object Date]':
      return new Date((value as Date).getTime());
    case '[object Uint8Array]':
      return new Uint8Array(value as Uint8Array);
    case '[object Error]': {
      const error = value as Error;
      const copied = Object.assign(new Error(error.message), copyFields(error));
      copied.name = error.name;
      copied.stack = error.stack;
      return copied;
    }
  }
  const prototype = Object.getPrototypeOf(value) as object | null;
  // A plain object of any realm: its prototype is that realm's Object.prototype (or null).
  if (prototype === null || Object.getPrototypeOf(prototype) === null) return copyFields(value);
  return value;
}

function copyFields(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, copy(field)]));
}

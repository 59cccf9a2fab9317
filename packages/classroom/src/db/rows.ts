/**
 * The rows of a raw `db.execute(sql…)`: node-postgres and PGlite both answer with `{ rows }`, but
 * Drizzle types the result per driver, so code that runs on both reads it through here.
 */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

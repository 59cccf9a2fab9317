/** The error and its causes, outermost first: Drizzle wraps the driver's error in its own. */
export function* errorChain(error: unknown): Generator<{ code: string; message: string }> {
  const seen = new Set<unknown>();
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
    e && !seen.has(e);
    e = e.cause as typeof e
  ) {
    seen.add(e);
    yield {
      code: typeof e.code === 'string' ? e.code : '',
      message: typeof e.message === 'string' ? e.message : '',
    };
  }
}

/** Whether a failed query broke a unique constraint (PostgreSQL's 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return [...errorChain(error)].some((e) => e.code === '23505');
}

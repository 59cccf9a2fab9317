/**
 * Progress lines for a run that takes minutes: every line carries the time since the start, so
 * a person watching (or reading a CI log) sees what is happening and how long each part took.
 */
const startedAt = Date.now();

function clock(): string {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function progress(message: string): void {
  console.log(`[${clock()}] ${message}`);
}

export function secondsSince(start: number): number {
  return (Date.now() - start) / 1000;
}

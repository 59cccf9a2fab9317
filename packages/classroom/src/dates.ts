/**
 * Days in the school's time zone. A class's end date is a calendar day there ("2025-03-10"), so
 * whether it has passed depends on the zone: at 20:00 UTC on 10 March it is already the 11th in
 * Auckland and still the 10th in Los Angeles.
 */
const DAY = 24 * 60 * 60 * 1000;

/** Today's date (YYYY-MM-DD) in `timeZone` at the instant `now`. */
export function todayIn(timeZone: string, now: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

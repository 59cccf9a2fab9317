/**
 * Dates on the teacher pages, written out in words ("30 June 2025") so that no reader wonders
 * whether 03/04 is March or April. Days are the school's calendar days (YYYY-MM-DD) as stored;
 * moments are shown in the school's time zone (the server's setting), not the server's.
 */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function formatMoment(moment: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(moment);
}

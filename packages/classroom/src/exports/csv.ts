/**
 * A CSV writer (RFC 4180) whose cells a spreadsheet cannot run: no CSV library is in the
 * lockfile, and this is all the exports need. Text starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is a formula to Excel, LibreOffice and Google Sheets (OWASP "CSV injection"),
 * and a student's answer or nickname may start with one, so such a cell gets a leading `'`.
 */
export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows as one CSV file: CRLF line ends (RFC 4180), and a byte-order mark so that Excel reads
 * the names as UTF-8 instead of guessing a legacy code page.
 */
export function csvFile(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;
}

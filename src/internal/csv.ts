/**
 * CSV files for spreadsheet apps (RFC 4180), and their download. The text is built by pure functions;
 * only `downloadCsv` touches the page.
 *
 * - Records end in CRLF, the last one too. A field holding a comma, a double quote, CR or LF is quoted,
 *   and its quotes are doubled.
 * - The text starts with a byte order mark (U+FEFF): without it, Excel reads UTF-8 in the system's legacy
 *   code page, and "Ärende" or "Jørgensen" arrive garbled in most locales.
 * - Formula injection (OWASP "CSV Injection"): a text cell that starts with `=`, `+`, `-`, `@`, a tab or CR
 *   could run as a formula when the file is opened. Such a cell gets a leading apostrophe (`'=1+1`), which
 *   spreadsheet apps show as text; the value stays readable and nothing else in it changes. Numbers are
 *   written as numbers (a count of -1 stays -1): only text from data can carry a formula.
 * - Numbers are plain (`1234`, no grouping, `.` for decimals); dates are ISO 8601 in UTC (`csvDate`).
 */

export type CsvValue = string | number | null | undefined;

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field as it goes into the file: neutralised when it could be a formula, then quoted when needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: the byte order mark, the header record, then one record per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * A contract date as ISO 8601 in UTC: a date-time with any offset becomes `2026-11-23T09:30:00Z` (with
 * the fraction only when there is one); a calendar day (`2027-06-30`) names no moment and stays as it is.
 */
export function csvDate(value: string | null): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString().replace('.000Z', 'Z');
}

/** A file name from data: letters, digits, `.`, `_` and `-` kept, anything else (slashes, spaces) a `-`. */
export const fileNamePart = (text: string) => text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+|-+$/g, '') || 'export';

/**
 * Saves `csv` as `fileName` through a Blob and a temporary `<a download>` placed in `where` (an element's
 * shadow root will do, so the page's own DOM is never touched). The object URL is revoked a little later:
 * revoked at once, some browsers cancel the download before it starts.
 */
export function downloadCsv(fileName: string, csv: string, where: Node): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  where.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Dates and numbers through Intl, by default in the language of the element being rendered, with the
 * formatters cached per locale and style.
 */
import { renderingLocale } from './msg.js';

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat;

const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date-only value ("2027-06-30") is a calendar day, not an instant: format it in UTC so it never shifts. */
export function formatDate(value: string, locale = renderingLocale()): string {
  const dateOnly = DATE_ONLY.test(value);
  const formatter = cached(`d|${locale}|${dateOnly}`, () =>
    new Intl.DateTimeFormat(locale, dateOnly ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium' }),
  );
  return formatter.format(new Date(value));
}

export function formatDateTime(value: string, locale = renderingLocale()): string {
  if (DATE_ONLY.test(value)) return formatDate(value, locale);
  const formatter = cached(`dt|${locale}`, () =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return formatter.format(new Date(value));
}

/** A moment soon, e.g. when a server takes requests again: the time to the second, and the day if not today. */
export function formatMoment(epochMs: number, now = Date.now(), locale = renderingLocale()): string {
  const today = new Date(epochMs).toDateString() === new Date(now).toDateString();
  const formatter = cached(`t|${locale}|${today}`, () =>
    new Intl.DateTimeFormat(locale, today ? { timeStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'medium' }),
  );
  return formatter.format(epochMs);
}

/** `2026-11` → "Nov 2026" in the locale. */
export function formatMonth(key: string, locale = renderingLocale()): string {
  const formatter = cached(`m|${locale}`, () =>
    new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
  return formatter.format(new Date(`${key}-01T00:00:00Z`));
}

export function formatNumber(value: number, locale = renderingLocale(), digits = 0): string {
  const formatter = cached(`n|${locale}|${digits}`, () =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }),
  );
  return formatter.format(value);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 20 minutes", "3 days ago"; the largest unit that fits. */
export function formatRelative(value: string, now = Date.now(), locale = renderingLocale()): string {
  const diff = Date.parse(value) - now;
  const formatter = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size || unit === 'minute') return formatter.format(Math.round(diff / size), unit);
  }
  return formatter.format(0, 'minute');
}

/** Whole days from today (UTC calendar) to a date; negative when it is past. */
export function daysUntil(value: string, now = Date.now()): number {
  const day = 86_400_000;
  const target = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  const today = Math.floor(now / day) * day;
  return Math.floor((target - today) / day);
}

/** Names joined as the language joins them: "A, B and C", "A, B und C", "A, B en C". */
export function formatList(
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
  locale = renderingLocale(),
): string {
  const formatter = cached(`l|${locale}|${type}`, () => new Intl.ListFormat(locale, { type, style: 'long' }));
  return formatter.format(items);
}

/**
 * Text from data inside a sentence, isolated in its own direction (U+2068 FIRST STRONG ISOLATE … U+2069
 * POP DIRECTIONAL ISOLATE): a Hebrew owner name or a stray right-to-left override in a module name cannot
 * reorder the translated words around it. Works in attributes and titles too, where `<bdi>` cannot go.
 */
export const isolate = (text: string | number) => `\u2068${text}\u2069`;

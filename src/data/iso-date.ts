/**
 * Strict ISO 8601 dates as the contract sends them (the RFC 3339 profile): a calendar day `2027-06-30`, or
 * a date-time with an offset `2026-11-23T09:30:00Z` / `2026-11-23T09:30:00.5+01:00`. Only days that exist
 * on the calendar pass (no 2026-02-30; 29 February in leap years only). `Date.parse` is never the judge:
 * it reads "x 2026", "0" and "2026-02-30" as real dates, and the screen would show a date nobody sent.
 *
 * Leap seconds (`:60`) are refused: browsers cannot format them, and no server of this contract writes them.
 * `T` and `Z` may be lower case (RFC 3339 section 5.6); `normalizeIsoDate` writes them upper case, the
 * form every browser's date parser reads.
 */

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt]([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/** A time of day without an offset, as some servers write local wall-clock times (seconds optional). */
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d+)?)?)?$/;

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Whether year-month-day names a day on the (proleptic Gregorian) calendar. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

const onCalendar = (match: RegExpExecArray | null) =>
  !!match && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));

/** `YYYY-MM-DD`, a day on the calendar. */
export const isIsoDay = (text: string) => onCalendar(FULL_DATE.exec(text));

/** `YYYY-MM-DDTHH:MM:SS(.frac)?(Z|±HH:MM)` on a calendar day, hours 00–23, minutes and seconds 00–59. */
export const isIsoDateTime = (text: string) => onCalendar(DATE_TIME.exec(text));

/** A date the contract accepts: a calendar day or a date-time with an offset. */
export const isIsoDate = (text: string) => isUtcInstant(text) || isIsoDay(text) || isIsoDateTime(text);

/** The same date with `T` and `Z` upper case (the only letters an accepted date holds). */
export const normalizeIsoDate = (text: string) => (text.includes('t') || text.includes('z') ? text.toUpperCase() : text);

/** Where `2026-11-23T09:30:00Z` has digits (and `.000` before the `Z`, when there). */
const INSTANT_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
const MILLISECOND_DIGITS = [20, 21, 22];
const isDigitAt = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};
const numberAt = (text: string, at: number, length: number) => Number(text.slice(at, at + length));

/**
 * The form servers write most, `2026-11-23T09:30:00Z` or with milliseconds `…:00.000Z`, read without a
 * regular expression: lists of many events hold tens of thousands of dates. True only when the full rule
 * (`isIsoDateTime`) would say so too; any other form is left to it.
 */
function isUtcInstant(text: string): boolean {
  const length = text.length;
  if (length !== 20 && length !== 24) return false;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':' || text[length - 1] !== 'Z') return false;
  if (length === 24 && text[19] !== '.') return false;
  for (const at of INSTANT_DIGITS) if (!isDigitAt(text, at)) return false;
  if (length === 24) for (const at of MILLISECOND_DIGITS) if (!isDigitAt(text, at)) return false;
  const hours = numberAt(text, 11, 2);
  const minutes = numberAt(text, 14, 2);
  const seconds = numberAt(text, 17, 2);
  return hours <= 23 && minutes <= 59 && seconds <= 59 && isCalendarDay(numberAt(text, 0, 4), numberAt(text, 5, 2), numberAt(text, 8, 2));
}

/** The parts of a day or a wall-clock time without an offset, when they name a real day and time; else null. */
export function wallTimeParts(text: string) {
  const match = WALL_TIME.exec(text);
  if (!onCalendar(match) || !match) return null;
  const [, year, month, day, hours, minutes = '0', seconds = '0', fraction = ''] = match;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    /** Absent for a calendar day, which names no moment. */
    time:
      hours === undefined
        ? undefined
        : {
            hours: Number(hours),
            minutes: Number(minutes),
            seconds: Number(seconds),
            milliseconds: Number(fraction.slice(1, 4).padEnd(3, '0')),
          },
  };
}

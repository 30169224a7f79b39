/**
 * A page's first use of Intl initialises ICU, and each formatter's first creation costs a few milliseconds
 * more (the list's dates, numbers, name lists and plural rules: about 9 ms in Chromium). Called when the
 * page is idle, it keeps that cost off the path from the data arriving to the list being painted; the
 * formatters it makes for the page's language are the ones the list then uses (they are cached per locale).
 */
import { formatDate, formatList, formatNumber } from '../../i18n/format.js';
import { resolveLocale } from '../../i18n/locales.js';
import { plural } from '../../i18n/plural.js';

export function warmListFormatters(): void {
  const locale = resolveLocale(document.documentElement.lang || navigator.language);
  formatDate('2026-01-01', locale);
  formatNumber(0, locale);
  formatList(['a', 'b'], 'conjunction', locale);
  plural(1, { other: '' }, locale);
}

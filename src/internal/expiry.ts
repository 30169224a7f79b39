/** When an expiry date deserves a warning, and the sentence that gives it. Shared by list and status. */
import { msg, str } from '../i18n/msg.js';
import { formatNumber } from '../i18n/format.js';

/** Days before expiry from which the elements warn. */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryLevel = 'expired' | 'expiring' | '';

export function expiryLevel(days: number): ExpiryLevel {
  if (days < 0) return 'expired';
  return days <= EXPIRY_WARNING_DAYS ? 'expiring' : '';
}

/** Singular days get their own sentences rather than "in 1 days". Called from render(). */
export function expiryWarning(days: number): string {
  if (days < 0) return msg('The license has expired.');
  if (days === 0) return msg('The license expires today.');
  if (days === 1) return msg('The license expires tomorrow.');
  return msg(str`The license expires in ${formatNumber(days)} days.`);
}

/**
 * An expired license that has a grace date: usable until that day (the day itself included, as an expiry
 * day is), then expired for good. `graceDays` counts from today to the grace date; `graceDate` is formatted.
 */
export function graceWarning(graceDays: number, graceDate: string): string {
  return graceDays >= 0
    ? msg(str`The license has expired. It is usable until ${graceDate}.`, {
        desc: 'An expired license still in its grace period; the date is the last day it can be used.',
      })
    : msg(str`The license has expired. Its grace period ended on ${graceDate}.`);
}

/** The arithmetic of metered services: which month is running, what is invoiced, and the forecast. */
import type { ConsumptionMonth, MeteredService } from '../../data/schema.js';

/** `2026-11` for the month `now` falls in. Month keys of the contract are calendar months in UTC. */
export const monthKey = (now: number) => new Date(now).toISOString().slice(0, 7);

export function daysInMonth(key: string): number {
  const [year = 1970, month = 1] = key.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What is invoiced for a month: the use above its threshold. */
export const overage = (month: ConsumptionMonth) => Math.max(0, month.used - month.threshold);

/**
 * Month-end use of a running total, extrapolated linearly from the use so far:
 * `used / elapsedDays * daysInMonth`, where `elapsedDays` is today's day of the month (UTC), so today
 * counts as a whole day. On 10 November, 5 000 e-mails so far forecast 5 000 / 10 × 30 = 15 000.
 * Rounded to whole units, as counts are.
 */
export function forecastUse(used: number, key: string, now: number): number {
  const elapsedDays = new Date(now).getUTCDate();
  return Math.round((used / elapsedDays) * daysInMonth(key));
}

/** `over`: already above the threshold; `forecast-over`: expected to pass it before the month ends. */
export type UsageLevel = 'ok' | 'forecast-over' | 'over';

export interface ServiceUsage {
  /** Oldest first, as the chart and table show them. */
  months: ConsumptionMonth[];
  /** The running month's figures, else the newest month the endpoint sent. */
  latest?: ConsumptionMonth;
  overage: number;
  /**
   * Only for counts in the running month. Storage (GB) is a level, not a running total, so
   * extrapolating it would be meaningless.
   */
  forecast?: number;
  level: UsageLevel;
}

export function serviceUsage(service: MeteredService, now: number): ServiceUsage {
  const months = [...service.months].sort((a, b) => a.month.localeCompare(b.month));
  const latest = months.at(-1);
  if (!latest) return { months, overage: 0, level: 'ok' };
  const running = latest.month === monthKey(now);
  const forecast = running && service.unit === 'count' ? forecastUse(latest.used, latest.month, now) : undefined;
  const level: UsageLevel =
    latest.used > latest.threshold ? 'over' : (forecast ?? 0) > latest.threshold ? 'forecast-over' : 'ok';
  return { months, latest, overage: overage(latest), forecast, level };
}

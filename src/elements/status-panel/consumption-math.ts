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

/** How many earlier months the forecast compares with. */
export const HISTORY_MONTHS = 3;
/** Without an earlier month, the earlier months' rate is taken as the pace so far ± this share. */
const NO_HISTORY_SPREAD = 0.5;
/**
 * However alike the earlier months, the days still to come are not known: the range is at least this
 * share of their expected use either side, times the share of the month still to come (so ±15 % of the
 * rest on day 1, shrinking to nothing on the last day).
 */
const REMAINING_SPREAD = 0.15;
/** A range narrower than this share of the forecast is shown as one number. */
const RANGE_SHOWN_FROM = 0.02;

export interface Forecast {
  /** The expected month-end use. */
  value: number;
  /** The lowest and highest plausible month-end use; `low <= value <= high`. */
  low: number;
  high: number;
  /** True when the range is wide enough to be shown instead of one number. */
  uncertain: boolean;
  /** What it is based on: `elapsedDays` of `monthDays`, and how many earlier months (0 to 3). */
  elapsedDays: number;
  monthDays: number;
  historyMonths: number;
}

/**
 * A daily rate of an earlier month, in the running month's terms. The threshold follows the number of
 * users, and so does use: a month with a lower threshold had fewer users, so its rate is scaled up by the
 * ratio of the thresholds (only when both are positive; a zero threshold says nothing about users).
 */
function dailyRate(month: ConsumptionMonth, threshold: number): number {
  const rate = month.used / daysInMonth(month.month);
  return month.threshold > 0 && threshold > 0 ? rate * (threshold / month.threshold) : rate;
}

/**
 * Month-end use of a running total.
 *
 * With `d` the day of the month (UTC, today counted as a whole day), `D` the days in the month and
 * `w = d / D` the elapsed share:
 * - this month's pace `p = used / d` (per day);
 * - the earlier months' rate `h`: the mean of the daily rates of up to 3 months before this one (each
 *   month's use ÷ its own length, so February compares fairly; scaled by the threshold ratio, see
 *   `dailyRate`);
 * - the days still to come run at the blend `r = w · p + (1 − w) · h`: early in the month mostly the
 *   earlier months, late in the month mostly this month's own pace;
 * - forecast `F = used + (D − d) · r`. On the last day `F = used`.
 *
 * The range puts the lowest and the highest of the earlier months' rates in place of `h`, and is at least
 * `± 15 % · (1 − w)` of the days still to come (`F − used`) wide, so however steady the earlier months, day
 * 1 is a range; it never goes below the use so far. With no earlier month `h = p`, and the range puts
 * `p × (1 ± 50 %)` in place of `h`. Both narrow as the month goes. It is `uncertain` (shown as a range)
 * when it is at least 2 % of `F` wide.
 *
 * Example: 1 November (30 days), 400 used, earlier months at 12 400, 11 800 and 13 020 in months of 31, 30
 * and 31 days: `p = 400`, `h ≈ 404.4`, `r ≈ 404.3`, `F = 12 125`, range 10 425–13 825 (shown 10,400–13,900): ± 15 % · 29/30 of the 11 725 still to come.
 */
export function forecastUse(running: ConsumptionMonth, earlier: readonly ConsumptionMonth[], now: number): Forecast {
  const monthDays = daysInMonth(running.month);
  const elapsedDays = Math.min(new Date(now).getUTCDate(), monthDays);
  const share = elapsedDays / monthDays;
  const pace = running.used / elapsedDays;
  const history = earlier.slice(-HISTORY_MONTHS).map((month) => dailyRate(month, running.threshold));
  const rates = history.length
    ? { mean: history.reduce((sum, rate) => sum + rate, 0) / history.length, low: Math.min(...history), high: Math.max(...history) }
    : { mean: pace, low: pace * (1 - NO_HISTORY_SPREAD), high: pace * (1 + NO_HISTORY_SPREAD) };
  const remaining = monthDays - elapsedDays;
  const rest = (rate: number) => remaining * (share * pace + (1 - share) * rate);
  const at = (rate: number) => Math.round(running.used + rest(rate));
  const value = at(rates.mean);
  const spread = Math.round(REMAINING_SPREAD * (1 - share) * rest(rates.mean));
  const low = Math.max(running.used, Math.min(value - spread, at(rates.low)));
  const high = Math.max(value + spread, at(rates.high));
  const uncertain = value > 0 && (high - low) / value >= RANGE_SHOWN_FROM;
  return { value, low, high, uncertain, elapsedDays, monthDays, historyMonths: history.length };
}

/**
 * A range rounded outwards to three significant figures (11 873–13 412 reads 11 800–13 500): the figures
 * beyond are noise, and rounding outwards keeps the true range inside.
 */
export function roundedRange({ low, high }: Pick<Forecast, 'low' | 'high'>): [number, number] {
  const step = (value: number) => (value >= 1000 ? 10 ** (Math.floor(Math.log10(value)) - 2) : 1);
  return [Math.floor(low / step(low)) * step(low), Math.ceil(high / step(high)) * step(high)];
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
  forecast?: Forecast;
  level: UsageLevel;
}

export function serviceUsage(service: MeteredService, now: number): ServiceUsage {
  const months = [...service.months].sort((a, b) => a.month.localeCompare(b.month));
  const latest = months.at(-1);
  if (!latest) return { months, overage: 0, level: 'ok' };
  const running = latest.month === monthKey(now);
  const forecast = running && service.unit === 'count' ? forecastUse(latest, months.slice(0, -1), now) : undefined;
  // The running month's own threshold decides, even when earlier months had another one.
  const level: UsageLevel =
    latest.used > latest.threshold ? 'over' : (forecast?.value ?? 0) > latest.threshold ? 'forecast-over' : 'ok';
  return { months, latest, overage: overage(latest), forecast, level };
}

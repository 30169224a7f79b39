import { expect } from '@open-wc/testing';
import {
  daysInMonth,
  forecastUse,
  monthKey,
  overage,
  roundedRange,
  serviceUsage,
} from '../src/elements/status-panel/consumption-math.js';
import type { ConsumptionMonth, MeteredService } from '../src/data/schema.js';

const NOW = Date.parse('2026-11-10T12:00:00Z');
const service = (unit: 'GB' | 'count', months: [string, number, number][]): MeteredService => ({
  id: 'x',
  name: null,
  unit,
  months: months.map(([month, used, threshold]) => ({ month, used, threshold })),
});

describe('consumption math', () => {
  it('knows the running month and its length (UTC calendar)', () => {
    expect(monthKey(NOW)).to.equal('2026-11');
    expect(monthKey(Date.parse('2026-11-30T23:59:59Z'))).to.equal('2026-11');
    expect(daysInMonth('2026-11')).to.equal(30);
    expect(daysInMonth('2026-12')).to.equal(31);
    expect(daysInMonth('2028-02')).to.equal(29);
    expect(daysInMonth('2026-02')).to.equal(28);
  });

  it('invoices only what is above the threshold', () => {
    expect(overage({ month: '2026-11', used: 52, threshold: 50 })).to.equal(2);
    expect(overage({ month: '2026-11', used: 40, threshold: 50 })).to.equal(0);
  });

  const month = (key: string, used: number, threshold = 20000): ConsumptionMonth => ({ month: key, used, threshold });
  /** Three earlier months at exactly 400 a day each (30, 31 and 30 days long). */
  const steady = [month('2026-09', 12000), month('2026-10', 12400), month('2026-11', 12000)];

  it('forecasts day 1 mostly from the earlier months, as a range while they differ', () => {
    // 1 November: 1 of 30 days. Earlier months at 400, 393.3 and 420 a day.
    const earlier = [month('2026-08', 12400), month('2026-09', 11800), month('2026-10', 13020)];
    const forecast = forecastUse(month('2026-11', 400), earlier, Date.parse('2026-11-01T09:00:00Z'));
    expect(forecast).to.include({ elapsedDays: 1, monthDays: 30, historyMonths: 3, uncertain: true });
    // 400 + 29 × (1/30 × 400 + 29/30 × 404.4); the old linear rule said 400 × 30 = 12,000 only by luck.
    expect(forecast.value).to.equal(12125);
    // The earlier months' spread gives 11,813–12,561; the 11,725 still to come are open by at least
    // ± 15 % × 29/30 = ± 1,700, which is wider.
    expect([forecast.low, forecast.high]).to.deep.equal([10425, 13825]);
    expect(roundedRange(forecast)).to.deep.equal([10400, 13900]);
  });

  it('does not multiply a first day by the month when the earlier months say otherwise', () => {
    // A day of 12,063 (a batch mailing) on 1 December: linear extrapolation said 373,953.
    const forecast = forecastUse(month('2026-12', 12063), steady, Date.parse('2026-12-01T09:00:00Z'));
    // The heavy day counts at its share (1/31) for each day to come: about three months' worth, not 31.
    // 12,063 + 30 × (12,063/31 + 30/31 × 400) = 12,063 + 30 × 776.2 = 35,350, ± 15 % × 30/31 of 23,287.
    expect(forecast).to.include({ value: 35350, low: 31970, high: 38730, uncertain: true });
  });

  it('forecasts day 15 from an even blend of this month\'s pace and the earlier months', () => {
    const now = Date.parse('2026-12-15T12:00:00Z');
    // Same pace as before: 400 a day for 31 days, exactly; the 6,400 still to come are open by
    // ± 15 % × 16/31 = ± 495, so it is still a range.
    const even = forecastUse(month('2026-12', 6000), steady, now);
    expect(even).to.include({ value: 12400, low: 11905, high: 12895, uncertain: true, elapsedDays: 15 });
    // Faster this month (500 a day): the 16 days to come run at 15/31 × 500 + 16/31 × 400.
    expect(forecastUse(month('2026-12', 7500), steady, now).value).to.equal(Math.round(7500 + 16 * ((15 / 31) * 500 + (16 / 31) * 400)));
  });

  it('forecasts the use so far on the last day of a 31-day month', () => {
    const forecast = forecastUse(month('2026-12', 13001), steady, Date.parse('2026-12-31T22:00:00Z'));
    expect(forecast).to.include({ value: 13001, low: 13001, high: 13001, uncertain: false, elapsedDays: 31, monthDays: 31 });
  });

  it('compares February by daily rates, 28 days and 29 in a leap year', () => {
    const winter = [month('2025-11', 12000), month('2025-12', 12400), month('2026-01', 12400)];
    // 14 February 2026: 400 a day like every earlier month; a month-average rule would say 12,267.
    expect(forecastUse(month('2026-02', 5600), winter, Date.parse('2026-02-14T12:00:00Z'))).to.include({ value: 11200, monthDays: 28 });
    const leap = [month('2027-11', 12000), month('2027-12', 12400), month('2028-01', 12400)];
    expect(forecastUse(month('2028-02', 400), leap, Date.parse('2028-02-01T12:00:00Z'))).to.include({ value: 11600, monthDays: 29 });
    expect(forecastUse(month('2028-02', 11600), leap, Date.parse('2028-02-29T12:00:00Z'))).to.include({ value: 11600, elapsedDays: 29 });
  });

  it('forecasts a first month (no history) from its own pace, with a range that narrows as the month goes', () => {
    const forecast = forecastUse(month('2026-11', 5000), [], NOW);
    // 5,000 in 10 days: 500 a day; the 20 days to come at 1/3 × 500 + 2/3 × (250 to 750).
    expect(forecast).to.deep.equal({
      value: 15000, low: 11667, high: 18333, uncertain: true, elapsedDays: 10, monthDays: 30, historyMonths: 0,
    });
    expect(forecastUse(month('2026-11', 0), [], NOW)).to.include({ value: 0, uncertain: false });
  });

  it('scales an earlier month with another threshold (another number of users), and rates against this month\'s', () => {
    // October: 400 a day at threshold 10,000; November's threshold is 12,000, so 20 % more users: 480 a day.
    const usage = serviceUsage(service('count', [['2026-10', 12400, 10000], ['2026-11', 4800, 12000]]), NOW);
    expect(usage.forecast?.value).to.equal(4800 + 20 * 480);
    expect(usage.level).to.equal('forecast-over');
    // Only the three newest earlier months count.
    const many = [month('2026-05', 99999), ...steady];
    expect(forecastUse(month('2026-12', 6000), many, Date.parse('2026-12-15T12:00:00Z')).historyMonths).to.equal(3);
  });

  it('rounds a range outwards to three significant figures', () => {
    expect(roundedRange({ low: 11873, high: 13412 })).to.deep.equal([11800, 13500]);
    expect(roundedRange({ low: 187, high: 412 })).to.deep.equal([187, 412]);
    expect(roundedRange({ low: 1234567, high: 1250001 })).to.deep.equal([1230000, 1260000]);
  });

  it('rates a service: over, forecast over, ok', () => {
    const over = serviceUsage(service('count', [['2026-11', 600, 500]]), NOW);
    expect(over).to.include({ level: 'over', overage: 100 });
    expect(over.forecast?.value).to.equal(1800);
    const forecastOver = serviceUsage(service('count', [['2026-11', 200, 500]]), NOW);
    expect(forecastOver).to.include({ level: 'forecast-over', overage: 0 });
    expect(forecastOver.forecast?.value).to.equal(600);
    const ok = serviceUsage(service('count', [['2026-11', 100, 500]]), NOW);
    expect(ok).to.include({ level: 'ok' });
    expect(ok.forecast?.value).to.equal(300);
  });

  it('gives storage (a level) and a month that is not running no forecast', () => {
    expect(serviceUsage(service('GB', [['2026-11', 45, 50]]), NOW).forecast).to.equal(undefined);
    const old = serviceUsage(service('count', [['2026-09', 450, 500]]), NOW);
    expect(old.forecast).to.equal(undefined);
    expect(old.level).to.equal('ok');
  });

  it('orders months oldest first and takes the newest as this month', () => {
    const usage = serviceUsage(service('count', [['2026-11', 5, 9], ['2026-09', 1, 9], ['2026-10', 3, 9]]), NOW);
    expect(usage.months.map((m) => m.month)).to.deep.equal(['2026-09', '2026-10', '2026-11']);
    expect(usage.latest?.used).to.equal(5);
  });

  it('copes with a service that has no months yet', () => {
    expect(serviceUsage(service('count', []), NOW)).to.deep.equal({ months: [], overage: 0, level: 'ok' });
  });
});

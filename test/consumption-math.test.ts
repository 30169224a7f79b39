import { expect } from '@open-wc/testing';
import {
  daysInMonth,
  forecastUse,
  monthKey,
  overage,
  serviceUsage,
} from '../src/elements/status-panel/consumption-math.js';
import type { MeteredService } from '../src/data/schema.js';

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

  it('forecasts a running total as used / elapsed days (today included) × days in the month', () => {
    expect(forecastUse(5000, '2026-11', NOW)).to.equal(15000);
    // On the first day the use so far is one day's worth.
    expect(forecastUse(10, '2026-12', Date.parse('2026-12-01T08:00:00Z'))).to.equal(310);
    // On the last day the forecast is the use so far.
    expect(forecastUse(777, '2026-11', Date.parse('2026-11-30T08:00:00Z'))).to.equal(777);
  });

  it('rates a service: over, forecast over, ok', () => {
    const over = serviceUsage(service('count', [['2026-11', 600, 500]]), NOW);
    expect(over).to.include({ level: 'over', overage: 100, forecast: 1800 });
    const forecastOver = serviceUsage(service('count', [['2026-11', 200, 500]]), NOW);
    expect(forecastOver).to.include({ level: 'forecast-over', overage: 0, forecast: 600 });
    const ok = serviceUsage(service('count', [['2026-11', 100, 500]]), NOW);
    expect(ok).to.include({ level: 'ok', forecast: 300 });
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

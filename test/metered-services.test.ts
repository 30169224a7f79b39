// The metered-services dashboard on a controlled clock: the forecast as a person reads it, and the charts.
import { expect, fixture, html } from '@open-wc/testing';
import { StatusPanel } from '../src/elements/status-panel/status-panel.js';
import { defineElement } from '../src/internal/define.js';
import { consumption, status } from '../demo/endpoint/fixtures.js';
import { json, readText as text, stubFetch, until } from './helpers.js';

defineElement('status-panel', StatusPanel);

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const serviceNamed = (el: StatusPanel, name: string) =>
  [...shadow(el).querySelectorAll('[part=service]')].find((s) => text(s.querySelector('h4')) === name) as HTMLElement;
const months = (entries: [string, number, number][]) => entries.map(([month, used, threshold]) => ({ month, used, threshold }));

async function dashboard(data: unknown, now: Date) {
  const fetch = stubFetch({ '/status': json(status('normal')), '/consumption?months=12': json(data) });
  const el = await fixture<StatusPanel>(
    html`<status-panel lang="en" endpoint="https://crm.example/api" .fetch=${fetch} .now=${now}></status-panel>`,
  );
  await until(() => !!shadow(el).querySelector('[part=dashboard-button]'), 'status');
  await el.openDashboard();
  await until(() => !!shadow(el).querySelector('[part=service]'), 'dashboard');
  return el;
}

describe('metered services dashboard', () => {
  it('on day 1 shows the forecast as a range, says what it is based on, and does not multiply the day by 31', async () => {
    const now = new Date('2026-12-01T09:00:00Z');
    const el = await dashboard(consumption('normal', 12, now), now);
    const mailings = serviceNamed(el, 'E-mails sent via mailings');
    const figure = text(mailings.querySelector('[part=forecast]'));
    expect(figure).to.match(/^[\d,]+–[\d,]+$/);
    const [low = 0, high = 0] = figure.split('–').map((n) => Number(n.replace(/,/g, '')));
    // The earlier months are 8,000 to 13,000: the forecast lies among them.
    expect(low).to.be.within(8000, 13000);
    expect(high).to.be.within(low, 14000);
    expect(text(mailings.querySelector('[part=forecast-basis]'))).to.equal('Based on 1 of 31 days and the average of the last 3 months');
    await expect(el).to.be.accessible();
  });

  it('on the last day shows one number, the use so far', async () => {
    const now = new Date('2026-12-31T20:00:00Z');
    const data = consumption('normal', 12, now);
    const el = await dashboard(data, now);
    const used = data.services[1]?.months.at(-1)?.used ?? NaN;
    const mailings = serviceNamed(el, 'E-mails sent via mailings');
    expect(text(mailings.querySelector('[part=forecast]'))).to.equal(used.toLocaleString('en'));
    expect(text(mailings.querySelector('[part=forecast-basis]'))).to.equal('Based on 31 of 31 days');
  });

  it('draws a y-axis with values and the threshold the same way in the legend as in the chart', async () => {
    const now = new Date('2026-11-10T12:00:00Z');
    const data = { userCount: 3, services: [{ id: 'chatSessions', unit: 'count', months: months([['2026-10', 300, 400], ['2026-11', 100, 400]]) }] };
    const el = await dashboard(data, now);
    const chat = serviceNamed(el, 'Chat sessions started');
    expect([...chat.querySelectorAll('[part=y-axis] .tick')].map(text)).to.deep.equal(['0', '100', '200', '300', '400']);
    const line = (root: Element) => {
      const style = getComputedStyle(root.querySelector('path.limit') as Element);
      return [style.stroke, style.strokeWidth, style.strokeDasharray];
    };
    const legend = chat.querySelector('[part=chart-legend]') as Element;
    expect(line(legend)).to.deep.equal(line(chat.querySelector('svg[part=chart]') as Element));
    expect(text(legend)).to.contain('Threshold');
  });

  it('keeps the months readable when the forecast is far above them: the forecast adds one grid step, clipped beyond', async () => {
    const now = new Date('2026-12-01T09:00:00Z');
    // A first day of 12,063 after months of about 12,000, one small month and one tiny one.
    const history: [string, number, number][] = [
      ['2026-01', 12000, 12400], ['2026-02', 1240, 12400], ['2026-03', 5, 12400], ['2026-04', 11800, 12400],
      ['2026-05', 12400, 12400], ['2026-06', 12000, 12400], ['2026-07', 12400, 12400], ['2026-08', 12400, 12400],
      ['2026-09', 12000, 12400], ['2026-10', 12400, 12400], ['2026-11', 12000, 12400], ['2026-12', 12063, 12400],
    ];
    const el = await dashboard({ userCount: 3, services: [{ id: 'mailings', unit: 'count', months: months(history) }] }, now);
    const mailings = serviceNamed(el, 'E-mails sent via mailings');
    const chart = mailings.querySelector('svg[part=chart]') as SVGSVGElement;
    const plot = chart.getBoundingClientRect().height;
    const heights = [...chart.querySelectorAll('rect.bar')].map((bar) => bar.getBoundingClientRect().height / plot);
    // The months set the scale (0–15,000); the forecast (about 35,000) adds one step, to 20,000, no more.
    expect([...mailings.querySelectorAll('[part=y-axis] .tick')].map(text)).to.deep.equal(['0', '5,000', '10,000', '15,000', '20,000']);
    expect(mailings.querySelector('[part=y-axis] .forecast-tick')?.textContent).to.equal('20,000');
    expect(chart.querySelector('.forecast-clipped'), 'a forecast beyond the top is marked').to.exist;
    heights.forEach((height, i) => {
      const used = history[i]?.[1] ?? 0;
      if (used >= 11800) expect(height, history[i]?.[0]).to.be.above(0.55);
    });
    // 10 % of the highest month is 6 % of the plot (20,000 at the top), and a month of 5 still shows.
    expect(heights[1]).to.be.within(0.06, 0.07);
    expect(heights[2]).to.be.above(0.01);
  });

  it('the demo fixture\'s running month is the month so far, storage (a level) excepted', () => {
    const at = (day: string) => consumption('normal', 12, new Date(`2026-12-${day}T12:00:00Z`));
    const [first, middle, last] = [at('01'), at('15'), at('31')];
    last.services.forEach((service, s) => {
      const full = service.months.at(-1)?.used ?? NaN;
      const day1 = first.services[s]?.months.at(-1)?.used;
      const day15 = middle.services[s]?.months.at(-1)?.used;
      if (service.unit === 'GB') {
        expect([day1, day15], service.id).to.deep.equal([full, full]);
      } else {
        expect(day1, service.id).to.equal(Math.round(full / 31));
        expect(day15, service.id).to.equal(Math.round((full * 15) / 31));
      }
      // Earlier months are whole months, whatever the day.
      expect(first.services[s]?.months.slice(0, -1)).to.deep.equal(service.months.slice(0, -1));
    });
    expect(last.services[0]?.months.at(-1)?.month).to.equal('2026-12');
  });
});

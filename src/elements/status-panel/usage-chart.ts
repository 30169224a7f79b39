/**
 * One metered service's months as a bar chart drawn in SVG (bars, the threshold as a stepped line, the
 * forecast as a dashed outline) and the same numbers as a table, which is what assistive technology reads.
 */
import { html, nothing, svg } from 'lit';
import { msg } from '../../i18n/msg.js';
import type { ConsumptionMonth } from '../../data/schema.js';
import { formatMonth } from '../../i18n/format.js';

/** Width of one month in chart units; the SVG stretches to its box, so only proportions matter. */
const SLOT = 10;
const HEIGHT = 40;

/** `months` is never empty: a service without months gets no chart. */
export function usageChart(months: readonly ConsumptionMonth[], forecast: number | undefined, label: string) {
  // Headroom above the highest figure keeps the threshold line off the top edge.
  const top = Math.max(1, forecast ?? 0, ...months.flatMap((m) => [m.used, m.threshold])) * 1.1;
  const y = (value: number) => HEIGHT - (value / top) * HEIGHT;
  const bar = (value: number, i: number, kind: string) =>
    svg`<rect class=${kind} x=${i * SLOT + 1.5} y=${y(value)} width="7" height=${HEIGHT - y(value)}
      vector-effect="non-scaling-stroke"></rect>`;
  const limit = months.map((m, i) => `${i ? 'L' : 'M'}${i * SLOT} ${y(m.threshold)}H${(i + 1) * SLOT}`).join('');
  const last = months.length - 1;
  return html`<svg class="chart" part="chart" role="img" aria-label=${label} preserveAspectRatio="none"
      viewBox="0 0 ${months.length * SLOT} ${HEIGHT}">
      ${forecast === undefined ? nothing : bar(forecast, last, 'forecast')}
      ${months.map((m, i) => bar(m.used, i, m.used > m.threshold ? 'bar over' : 'bar'))}
      <path class="limit" d=${limit} vector-effect="non-scaling-stroke"></path>
    </svg>
    <div class="axis" aria-hidden="true">
      <span>${formatMonth(months[0].month)}</span>
      <span class="legend"><i class="key"></i>${msg('Used')}<i class="key limit"></i>${msg('Threshold')}${forecast === undefined
        ? nothing : html`<i class="key forecast"></i>${msg('Forecast')}`}</span>
      <span>${formatMonth(months[last].month)}</span>
    </div>`;
}

/** The chart's numbers month by month; the forecast is in the figures above it. */
export function usageTable(caption: string, months: readonly ConsumptionMonth[], value: (amount: number) => string) {
  return html`<details part="chart-table"><summary>${msg('Numbers as a table')}</summary>
    <table><caption>${caption}</caption>
      <thead><tr><th scope="col">${msg('Month')}</th><th scope="col" class="num">${msg('Used')}</th>
        <th scope="col" class="num">${msg('Threshold')}</th><th scope="col" class="num">${msg('Overage')}</th></tr></thead>
      <tbody>${months.map((m) => html`<tr><th scope="row">${formatMonth(m.month)}</th>
        <td class="num">${value(m.used)}</td><td class="num">${value(m.threshold)}</td>
        <td class="num">${value(Math.max(0, m.used - m.threshold))}</td></tr>`)}</tbody>
    </table>
  </details>`;
}

/**
 * One metered service's months as a bar chart drawn in SVG (bars, the threshold as a stepped line, the
 * forecast as a dashed outline with its range) beside a y-axis with values, and the same numbers as a
 * table, which is what assistive technology reads.
 */
import { html, nothing, svg } from 'lit';
import { msg } from '../../i18n/msg.js';
import type { ConsumptionMonth } from '../../data/schema.js';
import { formatMonth } from '../../i18n/format.js';
import type { Forecast } from './consumption-math.js';

/** Width of one month in chart units; the SVG stretches to its box, so only proportions matter. */
const SLOT = 10;
const HEIGHT = 40;
/** A month with any use is never drawn thinner than this (chart units), so every month stays visible. */
const MIN_BAR = 0.6;

export interface ChartScale {
  /** The value at the top of the plot. */
  top: number;
  /** The top the months and thresholds alone need; `top` is above it only for the forecast. */
  base: number;
  /** The y-axis values, 0 first. */
  ticks: number[];
  /** The forecast runs off the top of the plot (it is drawn to the top with a mark). */
  clipped: boolean;
}

/** 1, 2, 2.5 or 5 times a power of ten, the smallest at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
}

/**
 * The scale comes from the months' use and thresholds: about four grid steps, rounded up to the next
 * step. A forecast above that may add one step, no more, so one extreme forecast cannot flatten twelve
 * months of bars; beyond it the forecast is clipped.
 */
export function chartScale(months: readonly ConsumptionMonth[], forecast?: Forecast): ChartScale {
  const highest = Math.max(...months.flatMap((m) => [m.used, m.threshold]), 0);
  const step = highest > 0 ? niceStep(highest / 4) : 1;
  const base = Math.max(step, Math.ceil(highest / step) * step);
  const wanted = forecast ? Math.max(forecast.value, forecast.uncertain ? forecast.high : 0) : 0;
  const top = wanted > base ? Math.min(base + step, Math.ceil(wanted / step) * step) : base;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  return { top, base, ticks, clipped: (forecast?.value ?? 0) > top };
}

const key = (drawing: unknown) => html`<svg class="key" viewBox="0 0 12 8" aria-hidden="true">${drawing}</svg>`;

/**
 * `months` is never empty: a service without months gets no chart. `tick` formats a y-axis value. The
 * ticks are evenly spaced, so the stylesheet spreads them over the plot's height (no inline styles, which
 * a strict Content-Security-Policy would refuse).
 */
export function usageChart(
  months: readonly ConsumptionMonth[],
  forecast: Forecast | undefined,
  label: string,
  tick: (value: number) => string,
) {
  const scale = chartScale(months, forecast);
  const y = (value: number) => HEIGHT - (Math.min(value, scale.top) / scale.top) * HEIGHT;
  const bar = (value: number, i: number, kind: string) => {
    const height = value > 0 ? Math.max(MIN_BAR, HEIGHT - y(value)) : 0;
    return svg`<rect class=${kind} x=${i * SLOT + 1.5} y=${HEIGHT - height} width="7" height=${height}
      vector-effect="non-scaling-stroke"></rect>`;
  };
  const limit = months.map((m, i) => `${i ? 'L' : 'M'}${i * SLOT} ${y(m.threshold)}H${(i + 1) * SLOT}`).join('');
  const last = months.length - 1;
  const middle = last * SLOT + SLOT / 2;
  const anyOver = months.some((m) => m.used > m.threshold);
  const forecastMarks = forecast
    ? svg`${bar(forecast.value, last, 'forecast')}
        ${forecast.uncertain
          ? svg`<path class="forecast-range" d="M${middle - 2} ${y(forecast.low)}H${middle + 2}M${middle} ${y(forecast.low)}V${y(forecast.high)}M${middle - 2} ${y(forecast.high)}H${middle + 2}"
              vector-effect="non-scaling-stroke"></path>`
          : nothing}
        ${scale.clipped ? svg`<path class="forecast-clipped" d="M${middle - 3} 3L${middle} 0L${middle + 3} 3Z"></path>` : nothing}`
    : nothing;
  return html`<div class="plot">
      <div class="y-axis" part="y-axis" aria-hidden="true">
        ${scale.ticks.map((value) => html`<span class=${value > scale.base ? 'tick forecast-tick' : 'tick'}>${tick(value)}</span>`)}
      </div>
      <svg class="chart" part="chart" role="img" aria-label=${label} preserveAspectRatio="none"
        viewBox="0 0 ${months.length * SLOT} ${HEIGHT}">
        ${scale.top > scale.base
          ? svg`<rect class="forecast-band" x="0" y="0" width=${months.length * SLOT} height=${y(scale.base)}></rect>`
          : nothing}
        ${scale.ticks.map((value) => svg`<path class="grid" d="M0 ${y(value)}H${months.length * SLOT}" vector-effect="non-scaling-stroke"></path>`)}
        ${forecastMarks}
        ${months.map((m, i) => bar(m.used, i, m.used > m.threshold ? 'bar over' : 'bar'))}
        <path class="limit" d=${limit} vector-effect="non-scaling-stroke"></path>
      </svg>
      <div class="axis" aria-hidden="true">
        <span>${formatMonth(months[0].month)}</span>
        <span class="legend" part="chart-legend">
          <span>${key(svg`<rect class="bar" width="12" height="8"></rect>`)}${msg('Used', { desc: 'Column header: how much of a metered service was used in a month.' })}</span>
          ${anyOver ? html`<span>${key(svg`<rect class="bar over" width="12" height="8"></rect>`)}${msg('Over the threshold')}</span>` : nothing}
          <span>${key(svg`<path class="limit" d="M0 4H12" vector-effect="non-scaling-stroke"></path>`)}${msg('Threshold', { desc: 'Column header: the monthly amount included before overage is invoiced.' })}</span>
          ${forecast
            ? html`<span>${key(svg`<rect class="forecast" x="1" y="1" width="10" height="7" vector-effect="non-scaling-stroke"></rect>`)}${msg('Forecast', { desc: 'The expected use by the end of the month.' })}</span>`
            : nothing}
        </span>
        <span>${formatMonth(months[last].month)}</span>
      </div>
    </div>`;
}

/** The chart's numbers month by month; the forecast is in the figures above it. */
export function usageTable(caption: string, months: readonly ConsumptionMonth[], value: (amount: number) => string) {
  // The table scrolls sideways in its own frame when the card is narrower than its columns.
  return html`<details part="chart-table"><summary>${msg('Numbers as a table')}</summary>
    <div class="table-scroll" role="group" aria-label=${caption} tabindex="0"><table><caption>${caption}</caption>
      <thead><tr><th scope="col">${msg('Month', { desc: 'Column header: the calendar month.' })}</th><th scope="col" class="num">${msg('Used', { desc: 'Column header: how much of a metered service was used in a month.' })}</th>
        <th scope="col" class="num">${msg('Threshold', { desc: 'Column header: the monthly amount included before overage is invoiced.' })}</th><th scope="col" class="num">${msg('Overage', { desc: 'Column header: use above the threshold, invoiced on the next invoice.' })}</th></tr></thead>
      <tbody>${months.map((m) => html`<tr><th scope="row">${formatMonth(m.month)}</th>
        <td class="num">${value(m.used)}</td><td class="num">${value(m.threshold)}</td>
        <td class="num">${value(Math.max(0, m.used - m.threshold))}</td></tr>`)}</tbody>
    </table></div>
  </details>`;
}

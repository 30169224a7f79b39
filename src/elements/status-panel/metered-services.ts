/** The metered-services dashboard's content: per service this month's figures, the chart and its table. */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { Consumption, MeteredService } from '../../data/schema.js';
import { emptyView } from '../../internal/states.js';
import { rejectedNotice } from '../../internal/rejected-notice.js';
import { formatNumber, isolate } from '../../i18n/format.js';
import { type Forecast, roundedRange, serviceUsage } from './consumption-math.js';
import { usageChart, usageTable } from './usage-chart.js';
import { thresholdNote } from './threshold-note.js';
import { formatMonth } from '../../i18n/format.js';

/** The known services by the names the help pages use; an unknown id is shown by the name it comes with. */
export function serviceName(service: MeteredService): string {
  switch (service.id) {
    case 'storage':
      return msg('Storage space used');
    case 'mailings':
      return msg('E-mails sent via mailings');
    case 'customerCentreLogins':
      return msg('Customer Centre logins');
    case 'chatSessions':
      return msg('Chat sessions started');
    case 'formSubmissions':
      return msg('Form submissions', { desc: 'A metered service: forms submitted by visitors.' });
    default:
      return service.name ?? service.id;
  }
}

export function renderConsumption(consumption: Consumption, now: number) {
  const notice = rejectedNotice(consumption.rejectedServices, msg('Some metered services could not be read and are not shown.'));
  if (consumption.services.length === 0) return html`${emptyView(msg('No metered services'))} ${notice}`;
  return html`${thresholdNote(consumption.userCount)} ${notice}
    <p class="note">${msg('Forecast: the use so far, plus the days still to come at a blend of this month\'s daily pace and the daily average of the last 3 months, weighted by the share of the month elapsed. Shown as a range while uncertain. Storage is a level, so it has no forecast.')}</p>
    <div class="services">${consumption.services.map((service, index) => renderService(service, now, index))}</div>`;
}

function renderService(service: MeteredService, now: number, index: number) {
  const { months, latest, forecast, level, overage } = serviceUsage(service, now);
  const name = serviceName(service);
  const value = (amount: number) =>
    service.unit === 'GB' ? `${formatNumber(amount, undefined, 1)} GB` : formatNumber(amount);
  const figure = (label: string, amount: number) => html`<div><dt>${label}</dt><dd>${value(amount)}</dd></div>`;
  const perMonth = msg(str`${isolate(name)} per month`);
  const alert = level === 'over' ? msg('Over the threshold') : msg('The forecast passes the threshold');
  return html`<section class="service ${level}" part="service" aria-labelledby="service-${index}">
    <h4 id="service-${index}">${name}</h4>
    ${rejectedNotice(service.rejectedMonths, msg('Some months could not be read and are not shown.'))}
    ${latest
      ? html`<p class="month">${formatMonth(latest.month)}</p>
          <dl>${figure(msg('Used', { desc: 'Column header: how much of a metered service was used in a month.' }), latest.used)}${figure(msg('Threshold', { desc: 'Column header: the monthly amount included before overage is invoiced.' }), latest.threshold)}
            ${figure(msg('Overage to be invoiced'), overage)}
            ${forecast === undefined ? nothing : html`<div><dt>${msg('Forecast for the month')}</dt>
              <dd part="forecast">${forecastFigure(forecast)}</dd></div>`}</dl>
          ${forecast === undefined ? nothing : html`<p class="basis" part="forecast-basis">${forecastBasis(forecast)}</p>`}
          ${level === 'ok' ? nothing : html`<p class="alert" part="usage-alert"><span aria-hidden="true">⚠</span> ${alert}</p>`}
          ${usageChart(months, forecast, perMonth, (amount) => formatNumber(amount))} ${usageTable(perMonth, months, value)}`
      : html`<p>${msg('No use recorded yet.')}</p>`}
  </section>`;
}

/** One number when the forecast is firm, else its range rounded outwards ("11,800–13,400"). */
function forecastFigure(forecast: Forecast): string {
  if (!forecast.uncertain) return formatNumber(forecast.value);
  const [low, high] = roundedRange(forecast);
  return msg(str`${formatNumber(low)}–${formatNumber(high)}`, { desc: 'A range of numbers, lowest to highest' });
}

/** What the forecast rests on, in the person's words: how much of the month, and which earlier months. */
function forecastBasis({ elapsedDays, monthDays, historyMonths }: Forecast): string {
  const days = formatNumber(elapsedDays);
  const length = formatNumber(monthDays);
  // On the last day the earlier months carry no weight any more.
  if (elapsedDays >= monthDays) return msg(str`Based on ${days} of ${length} days`);
  if (historyMonths === 0) {
    return msg(str`Based on ${days} of ${length} days; there is no earlier month to compare with`);
  }
  // One earlier month is a different basis (no average), not a grammatical form of several.
  return historyMonths === 1
    ? msg(str`Based on ${days} of ${length} days and the previous month`)
    : msg(str`Based on ${days} of ${length} days and the average of the last ${formatNumber(historyMonths)} months`);
}

/** What each column says about an event, in words and icons: labels, status, person, dates. Called from render(). */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/msg.js';
import type { EventScope, Person, SystemEvent } from '../../data/schema.js';
import { formatDateTime, formatNumber, formatRelative } from '../../i18n/format.js';
import { resolveLocale } from '../../i18n/locales.js';
import { avatar } from '../../internal/avatar.js';
import { SCOPES, STATUSES, type EventColumn } from './event-view.js';
import { finishedAt } from './event-rules.js';

export function columnLabel(column: EventColumn): string {
  switch (column) {
    case 'name':
      return msg('Event', { desc: 'Column header: the name of a system event.' });
    case 'status':
      return msg('Status', { desc: 'Tab name, column header or filter label: the state of the system or of an event.' });
    case 'message':
      return msg('Message', { desc: 'Column header: the system event’s short message.' });
    case 'activated':
      return msg('Activated', { desc: 'Column header: when the system event started.' });
    case 'activatedBy':
      return msg('Activated by', { desc: 'Column header: who started the system event.' });
    case 'finished':
      return msg('Finished', { desc: 'Column header: when the system event ended or is expected to end.' });
    case 'scope':
      return msg('Type', { desc: 'Label or column: the kind of database, or whether an event applies to the whole system.' });
  }
}

/** The label of a contract status; any other value is shown as the server sent it. */
export function statusLabel(status: string): string {
  switch (status) {
    case 'pending':
      return msg('Pending', { desc: 'Status of a system event: not started yet.' });
    case 'running':
      return msg('Running', { desc: 'Status of a system event: in progress.' });
    case 'finished':
      return msg('Completed', { desc: 'Status of a system event: ended successfully.' });
    case 'failed':
      return msg('Failed', { desc: 'Status of a system event: ended with an error.' });
    case 'cancelled':
      return msg('Cancelled', { desc: 'Status of a system event: stopped before it ended.' });
    default:
      return status;
  }
}

/**
 * Icons repeat the status in shape, so colour is never the only sign. Drawn as SVG paths rather than
 * symbol characters: those would look different on every platform and send the browser looking for a
 * font that has them.
 */
const STATUS_ICONS: Record<string, string> = {
  pending: 'M14 8A6 6 0 1 1 2 8a6 6 0 0 1 12 0M8 5v3l2 2',
  running: 'M5 3l8 5-8 5z',
  finished: 'M3 8.5l3.5 3.5L13 4',
  failed: 'M4 4l8 8m0-8l-8 8',
  cancelled: 'M14 8A6 6 0 1 1 2 8a6 6 0 0 1 12 0M4 4l8 8',
};

// Own keys only: a status of "constructor" must not find Object's.
const known = (status: string) => Object.hasOwn(STATUS_ICONS, status);
export const statusIcon = (status: string): string => (known(status) ? (STATUS_ICONS[status] ?? '') : 'M6 8h4');
/** The class that colours a status; one fixed word, whatever the server sent. */
export const statusClass = (status: string): string => (known(status) ? status : 'other');

export const icon = (path: string) => html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${path} /></svg>`;

export function statusCell(status: string) {
  return html`<span class="status ${statusClass(status)}">${icon(statusIcon(status))}${statusLabel(status)}</span>`;
}

/** The Type column: the server's own name for the kind of event where it gives one, else the scope. */
export const typeLabel = (event: SystemEvent) => event.type || scopeLabel(event.scope);

export function scopeLabel(scope: EventScope): string {
  switch (scope) {
    case 'system':
      return msg('Whole system', { desc: 'Type of a system event: it applies to the whole system.' });
    case 'database':
      return msg('Database', { id: 'event-scope.database', desc: 'Type of a system event: it applies to one database.' });
    case 'group':
      return msg('Group', { id: 'event-scope.group', desc: 'Type of a system event: it applies to one user group.' });
    case 'user':
      return msg('User', { desc: 'Type of a system event: it applies to one user.' });
  }
}

/**
 * "Activated by" as the help pages have it: the user id with the portrait (initials when there is none or
 * it fails to load). The full name is the tooltip and is in the description pane; `null` is the system itself.
 */
export function personCell(person: Person | null, endpoint: string) {
  if (!person) return html`<span class="muted">${msg('System', { desc: 'A system event’s source or type: the system itself, not a person.' })}</span>`;
  const name = person.name || person.id;
  return html`<span class="person" title=${name}
    >${avatar({ name, portraitUrl: person.portraitUrl }, endpoint)}<span class="who">${person.id}</span></span
  >`;
}

const DAY = 86_400_000;

/**
 * A date for a table cell. Within a day of now the relative time says more ("in 20 minutes") and the
 * exact time goes in the tooltip; further away the exact time is shown.
 */
export function shortDate(value: string | null, now: number): { text: string; title?: string } {
  if (!value) return { text: msg('Not known', { desc: 'Shown when a value is missing.' }) };
  const exact = formatDateTime(value);
  return Math.abs(Date.parse(value) - now) < DAY ? { text: formatRelative(value, now), title: exact } : { text: exact };
}

/** The full form for the description pane: "23 Nov 2026, 10:00 (in 20 minutes)". */
export function dateText(value: string | null, now: number): string {
  return value ? `${formatDateTime(value)} (${formatRelative(value, now)})` : msg('Not known', { desc: 'Shown when a value is missing.' });
}

const ended = () => msg('Ended', { desc: 'Finished column: the event has ended, before the time it was expected to finish' });

/** The Finished cell: an event that has ended never shows a time still to come (see `finishedAt`). */
export function finishedCell(event: SystemEvent, now: number): { text: string; title?: string } {
  const { value, endedEarly } = finishedAt(event, now);
  if (value && endedEarly) return { text: ended(), title: msg(str`Expected: ${formatDateTime(value)}`, { desc: 'When the event was expected to finish' }) };
  return shortDate(value, now);
}

/** The Finished line of the description pane, on the same rule as the cell. */
export function finishedText(event: SystemEvent, now: number): string {
  const { value, endedEarly } = finishedAt(event, now);
  if (value && endedEarly) return msg(str`Ended (expected ${formatDateTime(value)})`, { desc: 'The event has ended; in brackets when it was expected to finish' });
  return dateText(value, now);
}

/**
 * One table row, as one flat template: nested templates per cell would cost a template instance each.
 * `position` is the row's place in the shown rows; `selected` the selected row's; `endpoint` where the
 * events came from (for portrait URLs). The cells are in the columns' order, by which the stylesheet
 * places them (one line when wide, folded onto more lines when narrow). Text that may be cut short
 * (name, message) has its full form in the tooltip, and the Description pane shows it whole.
 */
export function eventRow(event: SystemEvent, position: number, selected: number, now: number, endpoint: string) {
  const activated = shortDate(event.activated, now);
  const finished = finishedCell(event, now);
  const message = event.message ?? '';
  // A type the server names may be longer than its column: its full text is in the title.
  const type = typeLabel(event);
  // No whitespace between the cells: it would become text nodes, cloned into every row.
  return html`<tr role="row" id="row-${position}" aria-rowindex=${position + 2} aria-selected=${position === selected ? 'true' : 'false'}
    ><td role="gridcell" title=${event.name}>${event.name}</td
    ><td role="gridcell" class="status ${statusClass(event.status)}"
      ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${statusIcon(event.status)} /></svg>${statusLabel(event.status)}</td
    ><td role="gridcell" title=${message}>${message}</td
    ><td role="gridcell" title=${ifDefined(activated.title)}>${activated.text}</td
    ><td role="gridcell">${personCell(event.activatedBy, endpoint)}</td
    ><td role="gridcell" title=${ifDefined(finished.title)}>${finished.text}</td
    ><td role="gridcell" title=${type}>${type}</td></tr
  >`;
}

/** Stands in for `rows` rows that are not rendered; the row window sets its height. */
export const spacerRow = (rows: number) => html`<tr class="spacer" aria-hidden="true"><td colspan="7" data-rows=${rows}></td></tr>`;

const HOUR = 3_600_000;

/**
 * What a date cell can say in the element's language: the exact form for each month (morning and
 * evening, for clocks with AM/PM), the longest relative forms, and the words for no date. Sizes the
 * date columns, so every date fits whichever rows are in view.
 */
function longestDates(): string[] {
  const dates: string[] = [];
  for (let month = 0; month < 12; month += 1) {
    for (const hour of [11, 23]) dates.push(formatDateTime(new Date(2026, month, 28, hour, 59).toISOString()));
  }
  // Any moment will do: only the distance from it shows.
  const now = Date.UTC(2026, 0, 1);
  for (const offset of [-59 * 60_000, 59 * 60_000, -23.5 * HOUR, 23.5 * HOUR]) dates.push(formatRelative(new Date(now + offset).toISOString(), now));
  return [...dates, msg('Not known', { desc: 'Shown when a value is missing.' }), ended()];
}

/** One cell of the sizer row: the header, and the values one per line (one text node: the row is cheap). */
const sizerCell = (column: EventColumn, values: readonly string[] = []) =>
  html`<td><span class="head">${columnLabel(column)}</span><span class="values">${values.join('\n')}</span></td>`;

/**
 * A row no one sees that holds every column's header and its longest possible values: the columns are
 * as wide as these need (statuses, dates, types in the language shown), not as wide as the rows that
 * happen to be rendered, so nothing of them is cut off and the columns stay put while scrolling.
 * Rendered once per language (the caller guards it). Statuses are measured bold with room for their
 * icon, as the widest of them (a failure) is shown.
 */
export function sizerRow() {
  const dates = longestDates();
  return html`<tr class="sizer" aria-hidden="true">
    ${sizerCell('name')}${sizerCell('status', STATUSES.map(statusLabel))}${sizerCell('message')}${sizerCell('activated', dates)}
    ${sizerCell('activatedBy', [msg('System', { desc: 'A system event’s source or type: the system itself, not a person.' })])}
    ${sizerCell('finished', dates)}${sizerCell('scope', SCOPES.map(scopeLabel))}
  </tr>`;
}

/**
 * A page's first use of Intl initialises ICU, about 15 ms in Chromium. Called when the page is idle, it
 * keeps that cost off the path from the data arriving to the rows being painted; the formatters it makes
 * for the page's language are the ones the table then uses.
 */
export function warmFormatters(): void {
  const locale = resolveLocale(document.documentElement.lang || navigator.language);
  const now = new Date().toISOString();
  formatDateTime(now, locale);
  formatRelative(now, Date.now(), locale);
  formatNumber(0, locale);
}

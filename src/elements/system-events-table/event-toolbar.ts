/** The bar above the events table: the title with Export and the editor's buttons, then status filter, search and count. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { formatNumber } from '../../i18n/format.js';
import { statusLabel } from './event-cells.js';
import { STATUSES } from './event-view.js';

export interface EventToolbar {
  total: number;
  shown: number;
  /** The chosen status ('' for all) and the search text. */
  status: string;
  query: string;
  /** Said in place of the count while a sort or search is under way (the rows shown are the previous ones). */
  busy?: string;
  /** More pages of events are still being read. */
  loadingMore: boolean;
  on: { status: (event: Event) => void; search: (event: Event) => void; export: () => void };
  /** Add and Delete, when the host allows editing. */
  edit: TemplateResult | typeof nothing;
  /** The title's level in the page's outline (2 unless the table sits under a deeper heading). */
  headingLevel: number;
}

export function eventToolbar(bar: EventToolbar) {
  return html`<div class="toolbar" part="toolbar">
    <h2 class="title" part="title" id="events-heading" aria-level=${bar.headingLevel === 2 ? nothing : String(bar.headingLevel)}>${msg('Events', { desc: 'Heading of the list of system events.' })}</h2>
    <div class="buttons">
      <button type="button" part="export-button" ?disabled=${bar.shown === 0} @click=${bar.on.export}>${msg('Export as CSV')}</button>
      ${bar.edit}
    </div>
    <div class="filters">
      <label class="field"
        ><span class="label">${msg('Status', { desc: 'Tab name, column header or filter label: the state of the system or of an event.' })}</span>
        <select part="status-filter" @change=${bar.on.status}>
          <option value="">${msg('All', { desc: 'Filter option: events of every status.' })}</option>
          ${STATUSES.map((status) => html`<option value=${status} ?selected=${status === bar.status}>${statusLabel(status)}</option>`)}
        </select>
      </label>
      <label class="field search"
        ><span class="label">${msg('Search', { desc: 'Label of the search field that filters the events.' })}</span>
        <input type="search" part="search" .value=${bar.query} @input=${bar.on.search}
      /></label>
      <span class="count" role="status">${bar.busy
          ? html`<span class="loading-more"><span class="spinner" aria-hidden="true"></span>${bar.busy}</span>`
          : msg(str`Showing ${formatNumber(bar.shown)} of ${formatNumber(bar.total)}`)}${bar.loadingMore
          ? html` <span class="loading-more"><span class="spinner" aria-hidden="true"></span>${msg('Loading more events…')}</span>`
          : nothing}</span>
    </div>
  </div>`;
}

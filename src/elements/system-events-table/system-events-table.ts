import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '../../i18n/msg.js';
import { LicenseElement } from '../../internal/license-element.js';
import type { SystemEvent } from '../../data/schema.js';
import type { EventChanges } from '../../data/event-changes.js';
import { emit } from '../../internal/emit.js';
import { rejectedNotice } from '../../internal/rejected-notice.js';
import { emptyView, errorView, loadingView, noEndpointView, staleNotice } from '../../internal/states.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { avatarStyles } from '../../internal/avatar.js';
import { formatNumber } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';
import { COLUMNS, EventView, type EventColumn, type EventSort, type ViewPhase } from './event-view.js';
import { ViewRunner } from './view-runner.js';
import { columnLabel, eventRow, icon, sizerRow, spacerRow } from './event-cells.js';
import { descriptionPane } from './event-description.js';
import { eventToolbar } from './event-toolbar.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { EventFeed } from './event-feed.js';
import { EventEditor } from './event-editor.js';
import { RowWindow } from './row-window.js';
import { systemEventsTableStyles } from './system-events-table.styles.js';
import { eventTableStyles } from './event-table.styles.js';

export interface EventSelectDetail {
  /** The selected event; null when the selection was cleared (the event was deleted or is gone). */
  event: SystemEvent | null;
}
export type EventSelectEvent = CustomEvent<EventSelectDetail>;

/**
 * The system messages of the Status tab: the events list (Event, Status, Message, Activated, Activated by,
 * Finished, Type) and a Description pane for the selected event. The columns are as wide as their longest
 * localized value; a narrower container folds them onto two lines per row (below 80em) or three (below
 * 46em, with who, when it finishes and the type in the Description pane). Sorts by any column, filters by status
 * and text, keeps 100 000 events quick by rendering only the rows in view, polls for changes, exports the
 * events shown as CSV (docs/export.md), and lets administrators add and delete events when the host allows
 * editing (never an event whose work must not be cancelled, such as a rebuild of user-defined fields).
 *
 * @tagname system-events-table
 * @summary System events with a description pane.
 * @fires {CustomEvent<EventSelectDetail>} event-select - A row was selected (click, arrow keys, Home/End, Page Up/Down, Enter, an added event, the next row after a delete), or the selected event went away; `detail: { event }`.
 * @csspart toolbar - The title, buttons, filters and count above the table.
 * @csspart title - The title ("Events"), an h2; a host that heads the table itself can restyle it.
 * @csspart status-filter - The status select.
 * @csspart search - The free-text search field.
 * @csspart add-button - Add event (only with `editable` and somewhere to write to: an endpoint or data source).
 * @csspart delete-button - Delete the selected event (only with `editable`; disabled for an event that must not be cancelled).
 * @csspart export-button - Export as CSV: the events shown (after filter and sort), with the table's columns.
 * @csspart scroller - The scroll container around the table.
 * @csspart table - The events table.
 * @csspart avatar - A person's portrait, or their initials when there is none or it fails to load.
 * @csspart description - The Description pane.
 * @csspart dialog - The Add and Delete dialog.
 * @csspart form-error - Why an add or delete failed.
 * @csspart confirm-button - The dialog's Add / Delete button.
 * @csspart loading - The loading message.
 * @csspart empty - The no events / no match message.
 * @csspart error - The error message.
 * @csspart retry-button - The Try again button.
 * @csspart stale-notice - The notice above data that could not be refreshed.
 * @csspart rejected-notice - The notice naming events that could not be read.
 * @csspart truncated-notice - Says that only the first events are shown (the source stopped at its cap).
 * @cssprop --system-events-height - Height of the scrolling table (default 24em).
 * @cssprop --system-events-row-height - Height of a one-line row (default 2.5em); a row folded onto two or three lines at narrower widths is 1.25em taller per line.
 * @cssprop --license-avatar-size - Size of a portrait (default 2em of the smaller avatar text).
 * @cssprop --license-color-text - Text colour.
 * @cssprop --license-color-muted - Labels, counts, pending and cancelled status.
 * @cssprop --license-color-border - Lines and borders.
 * @cssprop --license-color-accent - Selection, focus ring, running status.
 * @cssprop --license-focus-ring - Focus outline (default: 2px solid in the accent colour).
 * @cssprop --license-color-danger - Failed status, errors.
 * @cssprop --license-color-ok - Completed status.
 * @cssprop --license-color-warning - Stale data notice.
 * @cssprop --license-color-surface - Table background.
 * @cssprop --license-color-surface-alt - Header row, buttons, description pane.
 * @cssprop --license-radius - Corner radius.
 * @cssprop --license-color-on-accent - Text on the primary action (default: white, or a dark blue in dark mode).
 * @cssprop --license-shadow - Shadow of cards and panels.
 * @cssprop --license-space - One step of the spacing scale (default 1em); smaller makes the element denser.
 * @cssprop --license-font-size-title - The element's title (default 1.375em).
 * @cssprop --license-font-size-heading - Section headings (default 1.125em).
 * @cssprop --license-font-size-small - Labels and small print (default 0.875em).
 * @cssprop --license-intrinsic-width - The width the element asks for where a host's layout sizes it by its content (a flex item, an inline-block, a dialog; default 20em). Give it a width or `flex: 1` instead where you can.
 */
export class SystemEventsTable extends LicenseElement {
  static override styles = [sharedStyles, avatarStyles, eventTableStyles, systemEventsTableStyles];

  /** Events the host already has; when set, nothing is read from the endpoint. Updated after add and delete. */
  @property({ attribute: false }) events?: SystemEvent[];

  /** Id of the selected event, '' for none. */
  @property({ reflect: true }) selected = '';

  /**
   * The level of the table's title in the page's outline: 2 by default; a host that places the table under
   * a deeper heading sets it one below that (`<status-panel>` sets 4, under its System messages).
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Seconds between polls of the endpoint; 0 (default) polls never. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 0;

  /** Shows Add and Delete (administrators). */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** The moment relative times ("in 20 minutes") and ended events are judged by; the current time when not set. */
  @property({ attribute: false }) now?: Date;

  @state() private sort?: EventSort;
  @state() private statusFilter = '';
  @state() private query = '';

  private readonly feed = new EventFeed(this);
  private readonly rowWindow = new RowWindow(this);
  private readonly runner = new ViewRunner(this);
  private readonly editor = new EventEditor(this, () => this.activeSource, {
    added: (event) => {
      this.focusAfterWrite();
      const list = this.list ?? [];
      this.replaceList([event, ...list], { base: list, removed: [], changed: [0] });
      this.choose(event);
    },
    deleted: (event) => {
      const rows = this.rows();
      const at = rows.findIndex((other) => other.id === event.id);
      // The next row takes the deleted one's place, or the previous when it was the last.
      const neighbour = at < 0 ? undefined : (rows[at + 1] ?? rows[at - 1]);
      // A deleted event the filter hides leaves every shown row in place.
      this.focusAfterWrite(neighbour !== undefined || (at < 0 && rows.length > 0));
      const list = this.list ?? [];
      const removed: number[] = [];
      list.forEach((other, i) => other.id === event.id && removed.push(i));
      this.replaceList(
        list.filter((other) => other.id !== event.id),
        { base: list, removed, changed: [] },
      );
      if (neighbour) this.choose(neighbour);
      else if (this.selected === event.id) this.choose(null);
    },
  });
  /** After an add or delete: show the selected row and put focus on the table once it is rendered. */
  private focusPending = false;
  private view?: EventView;
  /** How the list the table itself wrote (an add, a delete) was made from the one before. */
  private written?: { list: readonly SystemEvent[]; changes: EventChanges };
  private found?: { rows: readonly SystemEvent[]; id: string; position: number };
  private clock?: ReturnType<typeof setInterval>;

  override connectedCallback() {
    super.connectedCallback();
    // Relative times ("in 20 minutes") age; once a minute keeps them true.
    this.clock = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.clock);
    this.editor.dismiss();
  }

  /** Reads the endpoint again now; what is shown stays until the new list is there. */
  refresh(): Promise<void> {
    return this.feed.load();
  }

  override willUpdate() {
    this.feed.use(this.events ? undefined : this.activeSource, this.refreshInterval);
    const list = this.list;
    if (list && this.view?.events !== list) {
      // A list made from the one shown by a few changes (a poll, our own add or delete) keeps the
      // sort orders and searches, patched for the changed events.
      const changes = this.written?.list === list ? this.written.changes : this.feedChanges;
      this.written = undefined;
      this.view = this.view && changes?.base === this.view.events ? this.view.patched(list, changes) : new EventView(list);
      // A refresh keeps the selection while the event is still there.
      if (this.selected && !this.view.find(this.selected)) this.choose(null);
    }
    if (this.view) this.runner.want(this.view, this.queryNow());
  }

  /** What the feed says about how its newest list was made from the previous one, where it says so. */
  private get feedChanges(): EventChanges | undefined {
    return this.events ? undefined : (this.feed as EventFeed & { changes?: EventChanges }).changes;
  }

  override updated() {
    if (this.editable) this.editor.sync();
    if (this.focusPending) {
      this.focusPending = false;
      const position = this.position(this.rows());
      if (position >= 0) this.rowWindow.reveal(position);
      this.grid?.focus();
    }
  }

  private get grid(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('table[role=grid]');
  }

  /**
   * Focus goes where the person goes on after a write, never to <body>: the table, which names the
   * selected row; the Add button when no row stays. It moves now, before the rows change, as a button
   * that became unavailable under it would drop it; and again once the table is rendered.
   */
  private focusAfterWrite(rowsStay = true) {
    // Only while the person is still here: after a write they walked away from (cancelled, then went on
    // typing in the host's page), focus stays where they put it.
    const active = document.activeElement;
    if (active && active !== document.body && !this.matches(':focus-within')) return;
    const target = rowsStay ? this.grid : null;
    (target ?? this.renderRoot.querySelector<HTMLElement>('[part=add-button]'))?.focus();
    this.focusPending = rowsStay;
  }

  private get nowMs(): number {
    return this.now?.getTime() ?? Date.now();
  }

  private get list(): readonly SystemEvent[] | undefined {
    return this.events ?? this.feed.list;
  }

  private replaceList(list: SystemEvent[], changes: EventChanges) {
    this.written = { list, changes };
    if (this.events) this.events = list;
    else this.feed.replace(list);
  }

  private queryNow() {
    return { sort: this.sort, status: this.statusFilter, text: this.query, locale: this.localeController.locale };
  }

  /** The rows on screen: while a new sort or search is under way, the complete rows of the one before. */
  private rows(): readonly SystemEvent[] {
    return this.runner.rows;
  }

  /** Where the selected event is in `rows`; -1 when not there. Searched once per rows and selection. */
  private position(rows: readonly SystemEvent[]): number {
    const id = this.selected;
    if (!id) return -1;
    if (this.found?.rows !== rows || this.found.id !== id) {
      const event = this.view?.find(id);
      // By identity first (a quick native search), by id where the rows are of an older list.
      let position = event ? rows.indexOf(event) : -1;
      if (position < 0) position = rows.findIndex((other) => other.id === id);
      this.found = { rows, id, position };
    }
    return this.found.position;
  }

  private choose(event: SystemEvent | null) {
    this.selected = event?.id ?? '';
    emit<EventSelectDetail>(this, 'event-select', { event });
  }

  private selectAt(position: number) {
    const rows = this.rows();
    const clamped = Math.max(0, Math.min(position, rows.length - 1));
    const event = rows[clamped];
    if (!event) return;
    this.found = { rows, id: event.id, position: clamped };
    if (this.runner.shownView === this.view) this.view?.remember(event);
    this.rowWindow.reveal(clamped);
    this.choose(event);
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    // Keys pressed on a sort button inside the table are the button's.
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Delete' && this.editable) {
      const selected = this.selected ? this.view?.find(this.selected) : undefined;
      if (selected) this.editor.openDelete(selected);
      return;
    }
    const current = this.position(this.rows());
    const page = this.rowWindow.page;
    const targets: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: Infinity,
      PageDown: current + page,
      PageUp: current - page,
      Enter: current,
      ' ': current,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.selectAt(target);
  };

  private readonly onClick = (event: MouseEvent) => {
    const row = (event.target as Element).closest('tbody tr[aria-rowindex]');
    if (row) this.selectAt(Number(row.getAttribute('aria-rowindex')) - 2);
  };

  private readonly onSort = (event: Event) => {
    const value = (event.currentTarget as HTMLButtonElement).value;
    const column = COLUMNS.find((candidate) => candidate === value);
    if (!column) return;
    this.sort = { column, descending: this.sort?.column === column && !this.sort.descending };
    this.rowWindow.reset();
  };

  private readonly onStatusFilter = (event: Event) => {
    this.statusFilter = (event.target as HTMLSelectElement).value;
    this.rowWindow.reset();
  };

  private readonly onSearch = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.rowWindow.reset();
  };

  /** The CSV export's code, loaded on the first Export as CSV. */
  private readonly exportPart = new LazyPart(this, 'event-csv', () => import('./event-export.js'));

  /**
   * The rows of the query asked for, with the headers in the element's language: while its sort or search
   * is still under way (the previous rows on screen), the view finishes it now, since the file is what
   * the person asked for, not what was shown before.
   */
  private readonly onExport = () => {
    this.exportPart.run(({ downloadCsv, EVENTS_FILE_NAME, eventsCsv }) => {
      const rows = this.view?.rows(this.queryNow()) ?? this.rows();
      downloadCsv(EVENTS_FILE_NAME, this.inOwnLanguage(() => eventsCsv(rows)), this.renderRoot);
    });
  };

  protected override renderContent() {
    const list = this.list;
    const source = this.activeSource;
    const endpoint = source?.endpoint ?? '';
    const retry = () => void this.feed.load();
    if (!list) {
      if (this.feed.error) return errorView(this.feed.error, endpoint, { retry, retrying: true });
      return source ? loadingView(msg('Loading events…', { desc: 'Shown while the system events load.' })) : noEndpointView();
    }
    const rows = this.rows();
    const selected = this.selected ? this.view?.find(this.selected) : undefined;
    return html`${this.feed.error ? staleNotice(this.feed.error, endpoint, retry) : nothing}
      ${this.events ? nothing : rejectedNotice(this.feed.rejected, msg('Some events could not be read and are not shown.'))}
      ${!this.events && this.feed.truncated
        ? html`<p class="notice" role="note" part="truncated-notice">${truncatedNotice(list.length)}</p>`
        : nothing}
      <div class="layout">
        <section class="events" aria-labelledby="events-heading">
          ${eventToolbar({
            total: list.length,
            shown: rows.length,
            status: this.statusFilter,
            query: this.query,
            busy: this.runner.unasked ? undefined : busyLabel(this.runner.busy),
            loadingMore: this.feed.partial && !this.events,
            headingLevel: this.headingLevel,
            on: { status: this.onStatusFilter, search: this.onSearch, export: this.onExport },
            edit: this.editable && this.activeSource ? this.editor.renderButtons(selected) : nothing,
          })}${this.exportPart.failure()}
          ${list.length === 0
            ? emptyView(msg('No events', { desc: 'Title of an empty state: there are no system events.' }), msg('The system reports no events.'))
            : rows.length === 0 && !this.runner.busy
              ? emptyView(msg('No events match the filter'), msg('Change the status or the search text.'))
              : this.renderTable(rows)}
        </section>
        ${descriptionPane(selected, this.nowMs)}
      </div>
      ${this.editable ? this.editor.render(endpoint) : nothing}`;
  }

  private renderTable(rows: readonly SystemEvent[]) {
    const [start, end] = this.rowWindow.range(rows.length);
    const position = this.position(rows);
    const now = this.nowMs;
    // role=grid: one tab stop, arrow keys move the selection, aria-activedescendant names the row, so
    // focus survives the rows being swapped while scrolling.
    return html`<div class="scroller" part="scroller" @scroll=${this.rowWindow.scrolled}>
      <table
        role="grid"
        part="table"
        tabindex="0"
        aria-labelledby="events-heading"
        aria-rowcount=${rows.length + 1}
        aria-busy=${this.runner.busy ? 'true' : 'false'}
        aria-activedescendant=${position >= start && position < end ? `row-${position}` : nothing}
        @keydown=${this.onKeydown}
        @click=${this.onClick}
      >
        <thead role="rowgroup">
          <tr role="row" aria-rowindex="1">${COLUMNS.map((column) => this.renderHeader(column))}</tr>
          ${guard([this.localeController.formatLocale, this.localeController.templates], sizerRow)}
        </thead>
        <tbody role="rowgroup">
          ${start > 0 ? spacerRow(start) : nothing}
          ${rows.slice(start, end).map((event, i) => eventRow(event, start + i, position, now, this.activeSource?.endpoint ?? ''))}
          ${end < rows.length ? spacerRow(rows.length - end) : nothing}
        </tbody>
      </table>
    </div>`;
  }

  private renderHeader(column: EventColumn) {
    const sort = this.sort?.column === column ? this.sort : undefined;
    return html`<th role="columnheader" scope="col" class=${column} aria-sort=${ifDefined(sort ? (sort.descending ? 'descending' : 'ascending') : undefined)}>
      <button type="button" class="sort" value=${column} @click=${this.onSort}>
        ${columnLabel(column)}${sort ? icon(sort.descending ? 'M4 6l4 4 4-4' : 'M4 10l4-4 4 4') : nothing}
      </button>
    </th>`;
  }
}

/** Said while the rows shown are still those of the previous sort, search or filter. */
function busyLabel(phase: ViewPhase | undefined): string | undefined {
  switch (phase) {
    case 'sorting':
      return msg('Sorting…', { desc: 'Shown in place of the count while the events are being sorted.' });
    case 'searching':
      return msg('Searching…', { desc: 'Shown in place of the count while the events are being searched.' });
    case 'filtering':
      return msg('Filtering…', { desc: 'Shown in place of the count while the events are being filtered by status.' });
    default:
      return undefined;
  }
}

/** The source decides where it stops (the contract's `truncated`), so the count may be any number, one included. */
function truncatedNotice(count: number): string {
  const shown = formatNumber(count);
  return plural(count, {
    one: msg(str`Only ${shown} event is shown.`, { id: 'events-truncated.one' }),
    other: msg(str`Only the first ${shown} events are shown.`, { id: 'events-truncated.other' }),
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'system-events-table': SystemEventsTable;
  }
  interface HTMLElementEventMap {
    'event-select': EventSelectEvent;
  }
}

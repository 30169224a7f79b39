import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '../../i18n/msg.js';
import { LicenseElement } from '../../internal/license-element.js';
import type { LicenseDataSource } from '../../data/data-source.js';
import type { Consumption, DatabaseRole, Status } from '../../data/schema.js';
import { Resource } from '../../internal/resource.js';
import { rejectedNotice } from '../../internal/rejected-notice.js';
import { errorView, loadingView, noEndpointView, staleNotice } from '../../internal/states.js';
import { daysUntil, formatDate, isolate } from '../../i18n/format.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { renderRestrictions } from './plan-restrictions.js';
import { thresholdNote } from './threshold-note.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { EVENTS_TABLE_PART, loadEventsTable } from './events-table-module.js';
import { statusPanelStyles } from './status-panel.styles.js';
import { expiryLevel, expiryWarning } from '../../internal/expiry.js';
import { EventsWatch, sameFailure } from './events-watch.js';
import { readAtConnect, takeEarly } from '../../data/early-reads.js';

export { restrictionLevel, type RestrictionLevel } from './plan-restrictions.js';

function roleLabel(role: DatabaseRole): string {
  switch (role) {
    case 'central':
      return msg('Central database', { desc: 'The database role: the main database (not a satellite).' });
    case 'satellite':
      return msg('Satellite database', { desc: 'The database role: a satellite of a central database.' });
    case 'travel':
      return msg('Travel database', { desc: 'The database role: a travel (offline) copy.' });
  }
}

/**
 * The Status tab: the database (owner, serial number, subscription, type, central/satellite/travel, next
 * expiry date, logged-in user), the plan with its restrictions, a dashboard of the metered services, and
 * the system messages.
 *
 * The dashboard loads `GET {endpoint}/consumption?months=12` each time it opens. For counts in the running
 * month it shows a forecast: the use so far plus the days still to come at a blend of this month's daily
 * pace and the last 3 months' daily average, weighted by the share of the month elapsed, as a range while
 * that is uncertain, with a line saying what it is based on (`forecastUse`, docs/metered-services.md).
 * Storage (GB) is a level and gets no forecast.
 *
 * `/status` and its events table's `/events` start as the panel is put in the page, in parallel.
 *
 * One failure shows one error: when `GET /status` fails there is no dashboard button (its figures come
 * from the same service), and when the panel's own events table fails the same way before it has shown
 * any events, the table waits behind the panel's error, whose Try again reads both again.
 *
 * @tagname status-panel
 * @summary The database status, plan restrictions, metered services and system messages.
 * @slot system-messages - The system messages view. Defaults to `<system-events-table>` when that
 *   element is defined, reading from this panel's data source.
 * @fires {CustomEvent<EventSelectDetail>} event-select - From the default system events table: a row was selected, or the
 *   selected event went away; `detail: { event }`.
 * @csspart title - The panel's title (Status). Inside `<license-screen>` the Status tab names the panel, and the title is
 *   there for assistive technology only.
 * @csspart database - The database section.
 * @csspart expiry - The next expiry date line (has a class `expiring` or `expired`).
 * @csspart plan - The plan and restrictions section.
 * @csspart rejected-notice - The notice naming restrictions, services, months or events that could not be read.
 * @csspart restriction - One restriction (has a class `normal`, `warning` or `blocked`).
 * @csspart metered - The metered services section.
 * @csspart user-count - The sentence with the user count that sets the thresholds.
 * @csspart dashboard-button - The button that opens the dashboard.
 * @csspart dashboard - The dashboard `<dialog>`.
 * @csspart close-button - The dashboard's Close button.
 * @csspart service - One metered service in the dashboard (has a class `ok`, `forecast-over` or `over`).
 * @csspart usage-alert - The over-threshold or forecast warning of a service.
 * @csspart forecast - A service's forecast figure (one number, or a range while uncertain).
 * @csspart forecast-basis - The line saying what a forecast is based on.
 * @csspart chart - A service's SVG chart.
 * @csspart y-axis - The values beside a chart.
 * @csspart chart-legend - A chart's legend.
 * @csspart chart-table - The disclosure with a chart's numbers as a table.
 * @csspart system-messages - The system messages section.
 * @csspart loading - The loading message.
 * @csspart empty - The empty message.
 * @csspart error - The error message.
 * @csspart retry-button - The Try again button.
 * @csspart stale-notice - The notice above data that could not be refreshed.
 * @cssprop --license-color-text - Text colour.
 * @cssprop --license-color-muted - Labels, axis text and the forecast outline.
 * @cssprop --license-color-border - Lines, borders and the empty part of restriction bars.
 * @cssprop --license-color-accent - Focus ring, restriction bars and chart bars.
 * @cssprop --license-focus-ring - Focus outline (default: 2px solid in the accent colour).
 * @cssprop --license-color-danger - Expired, restrictions from 85 %, months over the threshold.
 * @cssprop --license-color-warning - Expiring soon, forecasts over the threshold.
 * @cssprop --license-color-surface - Background of the dashboard.
 * @cssprop --license-color-surface-alt - Background of notices.
 * @cssprop --license-radius - Corner radius.
 * @cssprop --license-chart-bar - Chart bars (default: the accent colour).
 * @cssprop --license-chart-over - Chart bars of months over the threshold (default: the danger colour).
 * @cssprop --license-chart-threshold - The threshold line (default: the text colour).
 * @cssprop --license-chart-forecast - The forecast outline (default: the muted colour).
 * @cssprop --license-color-on-accent - Text on the primary action (default: white, or a dark blue in dark mode).
 * @cssprop --license-shadow - Shadow of cards and panels.
 * @cssprop --license-space - One step of the spacing scale (default 1em); smaller makes the element denser.
 * @cssprop --license-font-size-title - The element's title (default 1.375em).
 * @cssprop --license-font-size-heading - Section headings (default 1.125em).
 * @cssprop --license-font-size-small - Labels and small print (default 0.875em).
 * @cssprop --license-intrinsic-width - The width the element asks for where a host's layout sizes it by its content (a flex item, an inline-block, a dialog; default 20em). Give it a width or `flex: 1` instead where you can.
 */
export class StatusPanel extends LicenseElement {
  static override styles = [sharedStyles, statusPanelStyles];

  /**
   * Set by `license-widgets/status-panel`, which defines `<system-events-table>` with the panel: then the
   * note for hosts without it is never needed, not even in server-rendered HTML before the scripts run.
   */
  static eventsTableIncluded = false;

  /** Administrators add and remove system events here (the built-in events table's `editable`). */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** The moment expiry warnings and forecasts are computed for; the current time when not set. */
  @property({ attribute: false }) now?: Date;

  @state() private dashboardOpen = false;
  @query('dialog') private dashboard?: HTMLDialogElement;
  @query('[part=dashboard-button]') private dashboardButton?: HTMLButtonElement;
  @query('system-events-table') private eventsTable?: HTMLElement & { refresh?: () => Promise<void> };

  private readonly eventsWatch = new EventsWatch(() => this.requestUpdate());

  /** The dashboard's content (charts, forecasts): fetched with its data when the dashboard first opens. */
  private readonly dashboardPart = new LazyPart(this, 'metered-services', () => import('./metered-services.js'));

  /** The built-in events table, defined when the panel first shows it. */
  private readonly eventsTablePart = new LazyPart(this, EVENTS_TABLE_PART, loadEventsTable);

  private readonly status = new Resource<Status, [LicenseDataSource]>(
    this,
    () => (this.activeSource ? [this.activeSource] : undefined),
    ([source], signal) => takeEarly(source, 'status', signal) ?? source.getStatus(signal),
  );

  /** Keyed on the dashboard being open: nothing is fetched until a person asks for it. */
  private readonly consumption = new Resource<Consumption, [LicenseDataSource]>(
    this,
    () => (this.dashboardOpen && this.activeSource ? [this.activeSource] : undefined),
    ([source], signal) => source.getConsumption(12, signal),
  );

  constructor() {
    super();
    // `/status`, and `/events` for the built-in events table, start as the panel is put in the page, in
    // parallel, rather than after the first render creates the table (which then takes its answer over).
    // Started already when the enclosing screen opened on Status. The table's code may still be on its
    // way (it loads when first shown); `/events` starts beside it. Without the events table in the
    // build (`eventsTableIncluded` unset and the tag not defined), nothing here reads `/events`.
    readAtConnect(this, () => this.activeSource, () =>
      ((this.constructor as typeof StatusPanel).eventsTableIncluded || customElements.get('system-events-table')) && !this.hostsSystemMessages()
        ? ['status', 'events']
        : ['status'],
    );
  }

  /**
   * The host filled the `system-messages` slot with its own view: then the built-in events table is
   * neither loaded nor read for. (No light DOM to look at in a server render.)
   */
  private hostsSystemMessages(): boolean {
    return typeof this.querySelector === 'function' && !!this.querySelector(':scope > [slot="system-messages"]');
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // A removed dialog fires no close event and would come back open but not modal: close it, and
    // forget it was open so the dashboard does not reload on reconnect.
    this.dashboard?.close();
    this.dashboardOpen = false;
  }

  /** Reads the status again; what is shown stays until the new data is there. */
  refresh(): Promise<void> {
    return this.status.reload();
  }

  /** Opens the metered-services dashboard as a modal dialog and loads its data. */
  async openDashboard(): Promise<void> {
    this.dashboardOpen = true;
    // Its code comes while its data does, not after.
    void this.dashboardPart.load().catch(() => undefined);
    await this.updateComplete;
    if (this.dashboard?.isConnected && !this.dashboard.open) this.dashboard.showModal();
  }

  closeDashboard(): void {
    this.dashboard?.close();
  }

  /** Escape, the Close button and `closeDashboard()` all end here. */
  private onDashboardClose() {
    // The close event comes a task later: if the dashboard was opened again meanwhile, it stays open.
    if (this.dashboard?.open) return;
    this.dashboardOpen = false;
    this.dashboardButton?.focus();
  }

  /** The host put in or took out its own system messages view: the built-in table goes or comes. */
  private readonly onSystemMessagesChange = () => this.requestUpdate();

  private get nowMs(): number {
    return this.now?.getTime() ?? Date.now();
  }

  protected override renderContent() {
    const source = this.activeSource;
    // The events table reads where the panel reads (same base class, an explicit data source). A host that
    // registered the panel without it sees the note instead: the stylesheet hides it once the tag is defined,
    // so neither this render nor a server render needs to ask the registry.
    const note = (this.constructor as typeof StatusPanel).eventsTableIncluded
      ? nothing
      : html`<p class="note events-note">${msg('The page can show its system messages here (slot "system-messages").')}</p>`;
    const status = this.status.state;
    const watch = this.eventsWatch;
    // The table's first read failed as the status did: the panel's one error speaks for both.
    const eventsBehind = status.kind === 'failed' && !watch.loaded && watch.failure !== undefined &&
      sameFailure(watch.failure, status.error);
    const table = () => html`<system-events-table heading-level="4" .dataSource=${source && watch.watch(source)} ?hidden=${eventsBehind}
      ?editable=${this.editable} .now=${this.now}>
      </system-events-table>`;
    const fallback = this.hostsSystemMessages()
      ? nothing
      : (this.constructor as typeof StatusPanel).eventsTableIncluded
      ? this.eventsTablePart.renderElement('system-events-table', table, msg('Loading events…', { desc: 'Shown while the system events load.' }))
      : html`${table()}${note}`;
    const busy = status.kind === 'ready' && status.refreshing;
    return html`<h2 class="title" part="title">${msg('Status', { desc: 'Tab name, column header or filter label: the state of the system or of an event.' })}</h2>
      ${source
        ? html`<div class="overview" aria-busy=${busy ? 'true' : 'false'}>${this.renderStatus(source.endpoint, eventsBehind)}
            ${section('metered', msg('Metered services', { desc: 'Services billed by use above a monthly threshold (storage, e-mails, chats, …).' }), html`<p>${msg('Invoiced when a monthly threshold is exceeded.')}</p>
              ${status.kind === 'ready' ? thresholdNote(status.value.userCount) : nothing}
              ${status.kind === 'failed'
                ? nothing
                : html`<div class="section-actions"><button type="button" part="dashboard-button" aria-haspopup="dialog" @click=${this.openDashboard}>
                    ${msg('Open the dashboard')}</button></div>`}`, 'card')}</div>
            ${this.renderDashboard(source.endpoint)}`
        : noEndpointView()}
      ${section('system-messages', msg('System messages', { desc: 'Heading: messages and events from the system.' }), html`<slot name="system-messages" @slotchange=${this.onSystemMessagesChange}>${fallback}</slot>`)}`;
  }

  private renderStatus(endpoint: string, eventsToo: boolean) {
    const state = this.status.state;
    const retry = () => void this.refresh();
    if (state.kind === 'failed') {
      const both = () => {
        retry();
        void this.eventsTable?.refresh?.();
      };
      return errorView(state.error, endpoint, { retry: eventsToo ? both : retry, retrying: true });
    }
    if (state.kind !== 'ready') return loadingView(msg('Loading status…', { desc: 'Shown while the database facts load.' }));
    const { database, plan } = state.value;
    const user = database.loggedInUser;
    const row = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`${state.error ? staleNotice(state.error, endpoint, retry) : nothing}
      ${section('database', msg('Database', { desc: 'Heading: facts about the CRM database.' }), html`<dl class="facts">
        ${row(msg('Database owner', { desc: 'Label: the company that owns the database.' }), database.owner)}${row(msg('Serial number', { desc: 'Label: the license serial number.' }), html`<span class="num">${database.serialNumber}</span>`)}
        ${row(msg('Subscription', { desc: 'Label: the kind of subscription the database has.' }), database.subscription)}${row(msg('Type', { desc: 'Label or column: the kind of database, or whether an event applies to the whole system.' }), database.type)}
        ${row(msg('Database role', { desc: 'Label: central, satellite or travel database.' }), roleLabel(database.role))}${this.renderExpiry(database.nextExpiryDate)}
        ${row(msg('Logged-in user', { desc: 'Label: the person signed in now.' }), user ? `${user.name} (${user.id})` : msg('Nobody', { desc: 'Shown instead of a person’s name when no one is signed in.' }))}</dl>`, 'card')}
      ${plan
        ? section('plan', msg(str`Plan: ${isolate(plan.name)}`, { desc: 'Heading: the suite subscription plan by name, e.g. Plan: Core Suite.' }), html`${renderRestrictions(plan.restrictions)}
            ${rejectedNotice(plan.rejectedRestrictions, msg('Some restrictions could not be read and are not shown.'))}`, 'card')
        : nothing}`;
  }

  private renderExpiry(date: string | null) {
    const days = date ? daysUntil(date, this.nowMs) : Infinity;
    const level = expiryLevel(days);
    const warning = level ? expiryWarning(days) : '';
    return html`<div class="expiry ${level}" part="expiry"><dt>${msg('Next expiry date')}</dt>
      <dd>${date ? formatDate(date) : msg('None', { desc: 'Shown instead of the next expiry date when no license expires.' })}
        ${level ? html`<span class="flag"><span aria-hidden="true">⚠</span> ${warning}</span>` : nothing}</dd></div>`;
  }

  private renderDashboard(endpoint: string) {
    const state = this.consumption.state;
    const retry = () => void this.consumption.reload();
    return html`<dialog part="dashboard" aria-labelledby="dashboard-h" @close=${this.onDashboardClose}>
      <div class="head"><h3 id="dashboard-h">${msg('Metered services', { desc: 'Services billed by use above a monthly threshold (storage, e-mails, chats, …).' })}</h3>
        <button type="button" part="close-button" @click=${this.closeDashboard}>${msg('Close', { desc: 'Button: close the dialog.' })}</button></div>
      ${state.kind === 'failed'
        ? errorView(state.error, endpoint, { retry, retrying: true })
        : state.kind === 'loading'
          ? loadingView(msg('Loading metered services…'))
          : state.kind === 'ready'
            ? html`${state.error ? staleNotice(state.error, endpoint, retry) : nothing}
                ${this.dashboardPart.render(({ renderConsumption }) => renderConsumption(state.value, this.nowMs), msg('Loading metered services…'))}`
            : nothing}
    </dialog>`;
  }
}

/** A titled region; its heading names it for assistive technology. */
const section = (part: string, heading: string, content: unknown, kind = '') =>
  html`<section class=${kind} part=${part} aria-labelledby="${part}-h"><h3 class="section-title" id="${part}-h">${heading}</h3>${content}</section>`;

declare global {
  interface HTMLElementTagNameMap {
    'status-panel': StatusPanel;
  }
}

import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '../../i18n/msg.js';
import { LicenseElement } from '../../internal/license-element.js';
import { licensesContext } from '../../data/context.js';
import type { LicenseDataSource } from '../../data/data-source.js';
import type { LicenseModule, LicenseOwner, LicensesResponse } from '../../data/schema.js';
import { Resource } from '../../internal/resource.js';
import { emptyView, errorView, loadingView, noEndpointView, noLicensesView, staleNotice } from '../../internal/states.js';
import { emit } from '../../internal/emit.js';
import { rejectedNotice } from '../../internal/rejected-notice.js';
import { expiryLevel, expiryWarning, graceWarning } from '../../internal/expiry.js';
import { daysUntil, formatDate, isolate } from '../../i18n/format.js';
import { groupLabel, groupModules, pickOwner, type LicenseSection } from './license-groups.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { freeLabel, inUseLabel, totalLabel } from './license-usage.js';
import { licenseRow } from './license-row.js';
import { cssProperties } from './css-properties.js';
import { renderSummary, summarize } from './license-summary.js';
import { licenseListStyles } from './license-list.styles.js';
import { licenseSummaryStyles } from './license-summary.styles.js';
import { sharedStyles } from '../../internal/shared-styles.js';

export interface LicenseSelectDetail {
  ownerId: string;
  moduleId: string;
}
export type LicenseSelectEvent = CustomEvent<LicenseSelectDetail>;

/**
 * One license owner's tab: its name as the title, the owner information, a strip of figures (user plans in
 * use, over-assigned licenses, time left), and the license list grouped by license type, with in use (and a
 * bar) / free / total per license and an Export as CSV button for the list (docs/export.md). Below a
 * container width of 48em each license is a block of its own.
 *
 * @tagname license-list
 * @summary The licenses of one license owner.
 * @fires {CustomEvent<LicenseSelectDetail>} license-select - A license name was activated; `detail: { ownerId, moduleId }`.
 * @csspart title - The owner's name, the element's heading.
 * @csspart owner - The owner information block.
 * @csspart expiry - The expiry date fact (has a warning class when near or past).
 * @csspart summary - The strip of figures before the table.
 * @csspart table - The license table.
 * @csspart group-header - The header row of each license group.
 * @csspart license-name - The button with a license's name.
 * @csspart description - A license's description, under its name.
 * @csspart usage-bar - The bar of how many of a license are in use.
 * @csspart over-assigned - The text marking a license with more in use than licensed.
 * @csspart all-in-use - The text marking a license of which none is free.
 * @csspart export-button - Export as CSV: the license list as shown (group, license, description, in use, free, total).
 * @csspart loading - The loading message.
 * @csspart empty - The empty message.
 * @csspart error - The error message.
 * @csspart retry-button - The Try again button.
 * @csspart stale-notice - The notice above data that could not be refreshed.
 * @csspart rejected-notice - The notice naming licenses (or owners) that could not be read.
 * @cssprop --license-color-text - Text colour.
 * @cssprop --license-color-muted - Secondary text.
 * @cssprop --license-color-border - Lines and borders.
 * @cssprop --license-color-accent - License names, focus ring, usage bars.
 * @cssprop --license-focus-ring - Focus outline (default: 2px solid in the accent colour).
 * @cssprop --license-color-danger - Problems: over-assigned, expired, errors.
 * @cssprop --license-color-warning - Warnings: expiring soon, all in use, stale data.
 * @cssprop --license-color-ok - The sign beside "No license is over-assigned".
 * @cssprop --license-color-surface - Background of the table, the owner information and the figures.
 * @cssprop --license-color-surface-alt - Background of group headers and notices.
 * @cssprop --license-radius - Corner radius.
 * @cssprop --license-color-on-accent - Text on the primary action (default: white, or a dark blue in dark mode).
 * @cssprop --license-shadow - Shadow of cards and panels.
 * @cssprop --license-space - One step of the spacing scale (default 1em); smaller makes the element denser.
 * @cssprop --license-font-size-title - The element's title (default 1.375em).
 * @cssprop --license-font-size-heading - Section headings (default 1.125em).
 * @cssprop --license-font-size-small - Labels and small print (default 0.875em).
 * @cssprop --license-intrinsic-width - The width the element asks for where a host's layout sizes it by its content (a flex item, an inline-block, a dialog; default 20em). Give it a width or `flex: 1` instead where you can.
 */
export class LicenseList extends LicenseElement {
  static override styles = [sharedStyles, licenseListStyles, licenseSummaryStyles];

  /** The CSV export's code (loaded on the first Export as CSV). */
  private readonly exportPart = new LazyPart(this, 'license-csv', () => import('./license-export.js'));

  /** The owner id to show; empty shows the vendor's owner, else the first. */
  @property({ reflect: true }) owner = '';

  /** The moment expiry and grace dates are judged for; the current time when not set. */
  @property({ attribute: false }) now?: Date;

  /** Provided by an enclosing `<license-screen>`, which fetched `/licenses` once for all its tabs. */
  @consume({ context: licensesContext, subscribe: true })
  @property({ attribute: false })
  licenses?: LicensesResponse;

  private readonly resource = new Resource<LicensesResponse, [LicenseDataSource]>(
    this,
    () => {
      const source = this.activeSource;
      // Inside a screen without an endpoint of its own, the screen's copy is used and nothing is fetched.
      if (!source || (this.licenses && !this.endpoint && !this.dataSource)) return undefined;
      return [source];
    },
    ([source], signal) => source.getLicenses(signal),
  );

  /** Reads the endpoint again; what is shown stays until the new data is there. */
  refresh(): Promise<void> {
    return this.resource.reload();
  }

  private select(owner: LicenseOwner, module: LicenseModule) {
    emit<LicenseSelectDetail>(this, 'license-select', { ownerId: owner.id, moduleId: module.id });
  }

  protected override renderContent() {
    const state = this.resource.state;
    const endpoint = this.activeSource?.endpoint ?? '';
    const retry = () => void this.refresh();
    if (state.kind === 'idle') return this.licenses ? this.renderLicenses(this.licenses, false) : noEndpointView();
    if (state.kind === 'loading') return loadingView(msg('Loading licenses…', { desc: 'Shown while the license list loads.' }));
    if (state.kind === 'failed') return errorView(state.error, endpoint, { retry, retrying: true });
    return html`${state.error ? staleNotice(state.error, endpoint, retry) : nothing}
    ${this.renderLicenses(state.value, state.refreshing)}`;
  }

  private renderLicenses(licenses: LicensesResponse, refreshing: boolean) {
    // An owner that could not be read may be the one asked for: say so rather than only "unknown".
    const ownersNotice = rejectedNotice(licenses.rejectedOwners, msg('Some license owners could not be read and are not shown.'));
    if (licenses.owners.length === 0) {
      return html`${noLicensesView()} ${ownersNotice}`;
    }
    const owner = pickOwner(licenses.owners, this.owner);
    if (!owner) {
      return html`${emptyView(msg('Unknown license owner'), msg(str`There is no license owner "${isolate(this.owner)}".`))}
        ${ownersNotice}`;
    }
    const sections = groupModules(owner.modules);
    return html`<div class="owner-view" aria-busy=${refreshing ? 'true' : 'false'}>
      <h2 class="title" part="title">${owner.name}</h2>
      ${this.renderOwner(owner)}
      ${sections.length ? renderSummary(summarize(owner, sections, this.now?.getTime() ?? Date.now())) : nothing}
      ${rejectedNotice(owner.rejectedModules, msg('Some licenses could not be read and are not shown.'))}
      ${this.renderTable(owner, sections)}
    </div>`;
  }

  private renderOwner(owner: LicenseOwner) {
    return html`<section class="owner card" part="owner" aria-labelledby="owner-heading">
      <h3 class="section-title" id="owner-heading">${msg('Owner information', { desc: 'Heading above the license owner’s company name and serial number.' })}</h3>
      <dl class="facts">
        <div><dt>${msg('Company name', { desc: 'Label: the customer’s organisation that owns the license.' })}</dt><dd>${owner.companyName}</dd></div>
        <div><dt>${msg('Serial number', { desc: 'Label: the license serial number.' })}</dt><dd class="num">${owner.serialNumber}</dd></div>
        ${owner.expiryDate ? this.renderExpiry(owner.expiryDate, owner.graceDate) : nothing}
      </dl>
    </section>`;
  }

  private renderExpiry(expiryDate: string, graceDate: string | null) {
    const now = this.now?.getTime() ?? Date.now();
    const days = daysUntil(expiryDate, now);
    const level = expiryLevel(days);
    // Past the expiry date, a grace date says until when the license can still be used.
    const warning = level === 'expired' && graceDate
      ? graceWarning(daysUntil(graceDate, now), isolate(formatDate(graceDate)))
      : level ? expiryWarning(days) : '';
    return html`<div class="expiry ${level}" part="expiry">
      <dt>${msg('Expiry date', { desc: 'Label: the date the license stops being valid.' })}</dt>
      <dd>
        <span class="num">${formatDate(expiryDate)}</span>
        ${warning ? html`<span class="warning" role="note"><span aria-hidden="true">⚠</span> ${warning}</span>` : nothing}
      </dd>
    </div>`;
  }

  /**
   * A real table at every width: below 48em its rows are laid out as blocks, so every part carries its
   * role explicitly (a table whose display changes loses its semantics in some browsers).
   */
  private renderTable(owner: LicenseOwner, sections: LicenseSection[]) {
    if (sections.length === 0) {
      return emptyView(msg('No licenses', { desc: 'Title of an empty state: the service lists no licenses.' }), msg(str`${isolate(owner.name)} has no licenses to show.`));
    }
    const label = msg('License list', { desc: 'Caption of the table of licenses.' });
    const labels = { inUse: inUseLabel(), free: freeLabel(), total: totalLabel() };
    // The stacked layout names each number's column beside it (CSS ::before): once for the table, not per cell.
    const columnNames = cssProperties({ '--_label-in-use': cssString(labels.inUse), '--_label-free': cssString(labels.free), '--_label-total': cssString(labels.total) });
    const select = (event: Event) => this.onNameClick(owner, event);
    return html`<section class="list" aria-labelledby="list-heading">
      <div class="list-header">
        <h3 class="section-title" id="list-heading">${label}</h3>
        ${this.renderExport(owner, sections)}
      </div>
      <div class="table-card">
        <table class="licenses" part="table" role="table" style=${columnNames} @click=${select}>
          <caption class="visually-hidden">${label}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">${msg('License', { desc: 'Column header: the license’s name.' })}</th>
              <th scope="col" role="columnheader" class="num in-use">${labels.inUse}</th>
              <th scope="col" role="columnheader" class="num count">${labels.free}</th>
              <th scope="col" role="columnheader" class="num count">${labels.total}</th>
            </tr>
          </thead>
          ${sections.map(
            (section) => html`<tbody role="rowgroup">
              <tr class="group" part="group-header" role="row">
                <th scope="rowgroup" colspan="4" role="rowheader">${groupLabel(section.group)}</th>
              </tr>
              ${section.modules.map((module) => licenseRow(module))}
            </tbody>`,
          )}
        </table>
      </div>
    </section>`;
  }

  /**
   * The CSV is built on click, in the list's language (`msg()` speaks it only while the element's language
   * is set), by code loaded on the first click.
   */
  private renderExport(owner: LicenseOwner, sections: LicenseSection[]) {
    const save = () =>
      this.exportPart.run(({ downloadCsv, licensesCsv, licensesFileName }) =>
        downloadCsv(licensesFileName(owner), this.inOwnLanguage(() => licensesCsv(sections)), this.renderRoot),
      );
    return html`<button type="button" class="export" part="export-button" @click=${save}>${downloadIcon}${msg('Export as CSV')}</button>${this.exportPart.failure()}`;
  }

  /** A click on a license's name (a button, so Enter and Space too): the button's value is the module's id. */
  private onNameClick(owner: LicenseOwner, event: Event) {
    const button = (event.target as Element).closest('button.name');
    const module = button && owner.modules.find((candidate) => candidate.id === (button as HTMLButtonElement).value);
    if (module) this.select(owner, module);
  }
}

/** Text as a CSS string, for `content`: quotes and backslashes escaped, a line break as CSS writes it. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

const downloadIcon = html`<svg class="icon" aria-hidden="true" viewBox="0 0 16 16"><path d="M8 1.5v8m0 0L4.75 6.25M8 9.5l3.25-3.25M2.5 11v2.5h11V11" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'license-list': LicenseList;
  }
  interface HTMLElementEventMap {
    'license-select': LicenseSelectEvent;
  }
}

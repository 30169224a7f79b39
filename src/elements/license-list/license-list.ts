import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
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
import { daysUntil, formatDate, formatNumber, isolate } from '../../i18n/format.js';
import { groupLabel, groupModules, pickOwner, type LicenseSection } from './license-groups.js';
import { licensesCsv, licensesFileName } from './license-csv.js';
import { downloadCsv } from '../../internal/csv.js';
import { isOverAssigned } from '../../data/license-rules.js';
import { licenseListStyles } from './license-list.styles.js';
import { sharedStyles } from '../../internal/shared-styles.js';

export interface LicenseSelectDetail {
  ownerId: string;
  moduleId: string;
}
export type LicenseSelectEvent = CustomEvent<LicenseSelectDetail>;

/**
 * One license owner's tab: the owner information and the license list, grouped by license type, with
 * in use / free / total per license, and an Export as CSV button for the list (docs/export.md).
 *
 * @tagname license-list
 * @summary The licenses of one license owner.
 * @fires {CustomEvent<LicenseSelectDetail>} license-select - A license name was activated; `detail: { ownerId, moduleId }`.
 * @csspart owner - The owner information block.
 * @csspart expiry - The expiry date line (has a warning class when near or past).
 * @csspart table - The license table.
 * @csspart group-header - The header row of each license group.
 * @csspart license-name - The button with a license's name.
 * @csspart over-assigned - The text marking a license with more in use than licensed.
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
 * @cssprop --license-color-accent - Links, focus ring.
 * @cssprop --license-focus-ring - Focus outline (default: 2px solid in the accent colour).
 * @cssprop --license-color-danger - Problems: over-assigned, expired, errors.
 * @cssprop --license-color-warning - Warnings: expiring soon, stale data.
 * @cssprop --license-color-surface - Background of the table.
 * @cssprop --license-color-surface-alt - Background of group headers and notices.
 * @cssprop --license-radius - Corner radius.
 * @cssprop --license-color-on-accent - Text on the primary action (default: white, or a dark blue in dark mode).
 * @cssprop --license-shadow - Shadow of cards and panels.
 * @cssprop --license-space - One step of the spacing scale (default 1em); smaller makes the element denser.
 * @cssprop --license-font-size-title - The element's title (default 1.375em).
 * @cssprop --license-font-size-heading - Section headings (default 1.125em).
 * @cssprop --license-font-size-small - Labels and small print (default 0.875em).
 */
export class LicenseList extends LicenseElement {
  static override styles = [sharedStyles, licenseListStyles];

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
    return html`<div aria-busy=${refreshing ? 'true' : 'false'}>
      ${this.renderOwner(owner)}
      ${rejectedNotice(owner.rejectedModules, msg('Some licenses could not be read and are not shown.'))}
      ${this.renderTable(owner)}
    </div>`;
  }

  private renderOwner(owner: LicenseOwner) {
    return html`<section class="owner" part="owner" aria-labelledby="owner-heading">
      <h3 id="owner-heading">${msg('Owner information', { desc: 'Heading above the license owner’s company name and serial number.' })}</h3>
      <dl>
        <div><dt>${msg('Company name', { desc: 'Label: the customer’s organisation that owns the license.' })}</dt><dd>${owner.companyName}</dd></div>
        <div><dt>${msg('Serial number', { desc: 'Label: the license serial number.' })}</dt><dd>${owner.serialNumber}</dd></div>
        ${owner.expiryDate ? this.renderExpiry(owner.expiryDate, owner.graceDate) : nothing}
      </dl>
    </section>`;
  }

  private renderExpiry(expiryDate: string, graceDate: string | null) {
    const now = this.now?.getTime() ?? Date.now();
    const days = daysUntil(expiryDate, now);
    const date = formatDate(expiryDate);
    const level = expiryLevel(days);
    // Past the expiry date, a grace date says until when the license can still be used.
    const warning = level === 'expired' && graceDate
      ? graceWarning(daysUntil(graceDate, now), isolate(formatDate(graceDate)))
      : level ? expiryWarning(days) : '';
    return html`<div class="expiry ${level}" part="expiry">
      <dt>${msg('Expiry date', { desc: 'Label: the date the license stops being valid.' })}</dt>
      <dd>
        ${date}
        ${warning ? html`<span class="warning" role="note"><span aria-hidden="true">⚠</span> ${warning}</span>` : nothing}
      </dd>
    </div>`;
  }

  private renderTable(owner: LicenseOwner) {
    const sections = groupModules(owner.modules);
    if (sections.length === 0) {
      return emptyView(msg('No licenses', { desc: 'Title of an empty state: the service lists no licenses.' }), msg(str`${isolate(owner.name)} has no licenses to show.`));
    }
    return html`${this.renderExport(owner, sections)}<table part="table">
      <caption>${msg('License list', { desc: 'Caption of the table of licenses.' })}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('License', { desc: 'Column header: the license’s name.' })}</th>
          <th scope="col">${msg('Description', { desc: 'Heading or column: a text that describes the item.' })}</th>
          <th scope="col" class="num">${msg('In use', { desc: 'Column or label: how many licenses are assigned to users now (a number follows).' })}</th>
          <th scope="col" class="num">${msg('Free', { desc: 'Column or label: how many licenses are not in use and can be assigned (a number, not ’free of charge’).' })}</th>
          <th scope="col" class="num">${msg('Total', { desc: 'Column or label: how many licenses there are in all (a number).' })}</th>
        </tr>
      </thead>
      ${sections.map(
        (section) => html`<tbody>
          <tr class="group" part="group-header">
            <th scope="rowgroup" colspan="5">${groupLabel(section.group)}</th>
          </tr>
          ${section.modules.map((module) => this.renderRow(owner, module))}
        </tbody>`,
      )}
    </table>`;
  }

  /** The CSV is built on click, in the list's language (`msg()` speaks it only while the element's language is set). */
  private renderExport(owner: LicenseOwner, sections: LicenseSection[]) {
    const save = () =>
      downloadCsv(licensesFileName(owner), this.inOwnLanguage(() => licensesCsv(sections)), this.renderRoot);
    return html`<div class="export"><button type="button" part="export-button" @click=${save}>${msg('Export as CSV')}</button></div>`;
  }

  private renderRow(owner: LicenseOwner, module: LicenseModule) {
    const over = isOverAssigned(module);
    const unlimited = msg('Unlimited', { desc: 'Shown instead of a number: the license has no limit.' });
    return html`<tr class=${over ? 'over-assigned' : ''}>
      <th scope="row">
        <button type="button" class="name" part="license-name" title=${ifDefined(module.tooltip ?? undefined)}
          @click=${() => this.select(owner, module)}>${module.name}</button>
      </th>
      <td class="description">${module.description ?? ''}</td>
      <td class="num in-use">
        ${formatNumber(module.inUse)}
        ${over
          ? html`<span class="problem" part="over-assigned"><span aria-hidden="true">⚠</span>
              ${msg(str`${formatNumber(module.inUse - module.total)} more in use than licensed`)}</span>`
          : nothing}
      </td>
      <td class="num">${module.unrestricted ? unlimited : formatNumber(module.free)}</td>
      <td class="num">${module.unrestricted ? unlimited : formatNumber(module.total)}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'license-list': LicenseList;
  }
  interface HTMLElementEventMap {
    'license-select': LicenseSelectEvent;
  }
}

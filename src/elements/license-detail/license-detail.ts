import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { consume } from '@lit/context';
import { msg, str } from '../../i18n/msg.js';
import { LicenseElement } from '../../internal/license-element.js';
import { licensesContext } from '../../data/context.js';
import type { LicenseDataSource } from '../../data/data-source.js';
import { DataError } from '../../data/errors.js';
import type { LicenseDetail as LicenseDetailData, LicensesResponse, LicenseType } from '../../data/schema.js';
import { Resource } from '../../internal/resource.js';
import { emptyView, errorView, loadingView, noEndpointView, staleNotice } from '../../internal/states.js';
import { rejectedNotice } from '../../internal/rejected-notice.js';
import { avatar, avatarStyles } from '../../internal/avatar.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { formatDate, formatNumber, isolate } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';
import { groupLabel } from '../license-list/license-groups.js';
import { blocksActivation } from '../../data/license-rules.js';
import { bar, countText, freeLabel, inUseLabel, licenseUsage, showsBar, totalLabel, usageNote } from '../license-list/license-usage.js';
import { licenseListStyles } from '../license-list/license-list.styles.js';
import { licenseDetailStyles } from './license-detail.styles.js';

/** One object per (source, owner, module): the resource keeps last-good data per key, never another module's. */
interface DetailRequest {
  source: LicenseDataSource;
  owner: string;
  module: string;
}

/**
 * Everything about one license: what it is, how many there are, who has it, a change waiting on the
 * license server and its history.
 *
 * @tagname license-detail
 * @summary The detail of one license.
 * @csspart detail - The detail block.
 * @csspart name - The license name heading.
 * @csspart counts - In use, free and total, with the usage bar.
 * @csspart usage-bar - The bar of how many of the license are in use.
 * @csspart over-assigned - The text saying how many more are in use than licensed.
 * @csspart all-in-use - The text saying none is free.
 * @csspart facts - License type, group, prerequisite and version.
 * @csspart includes - For a user plan, the licenses it comprises.
 * @csspart pending - The change waiting on the license server.
 * @csspart users - The list of assigned users.
 * @csspart avatar - A user's portrait or initials.
 * @csspart history - The history table.
 * @csspart loading - The loading message.
 * @csspart empty - The not-found and nothing-selected messages.
 * @csspart error - The error message.
 * @csspart retry-button - The Try again button.
 * @csspart stale-notice - The notice above data that could not be refreshed.
 * @cssprop --license-color-text - Text colour.
 * @cssprop --license-color-muted - Secondary text.
 * @cssprop --license-color-border - Lines and borders.
 * @cssprop --license-color-accent - Focus ring, the usage bar.
 * @cssprop --license-focus-ring - Focus outline (default: 2px solid in the accent colour).
 * @cssprop --license-color-danger - Problems: over-assigned, a new total below the number in use.
 * @cssprop --license-color-warning - The pending change, all in use, stale data.
 * @cssprop --license-color-surface - Background of the counts panel.
 * @cssprop --license-color-surface-alt - Background of avatars and notices.
 * @cssprop --license-avatar-size - Size of a portrait (default 2em).
 * @cssprop --license-radius - Corner radius.
 * @cssprop --license-color-on-accent - Text on the primary action (default: white, or a dark blue in dark mode).
 * @cssprop --license-shadow - Shadow of cards and panels.
 * @cssprop --license-space - One step of the spacing scale (default 1em); smaller makes the element denser.
 * @cssprop --license-font-size-title - The element's title (default 1.375em).
 * @cssprop --license-font-size-heading - Section headings (default 1.125em).
 * @cssprop --license-font-size-small - Labels and small print (default 0.875em).
 * @cssprop --license-intrinsic-width - The width the element asks for where a host's layout sizes it by its content (a flex item, an inline-block, a dialog; default 20em). Give it a width or `flex: 1` instead where you can.
 */
export class LicenseDetail extends LicenseElement {
  static override styles = [sharedStyles, licenseListStyles, avatarStyles, licenseDetailStyles];

  /** The license owner's id, e.g. `SUPEROFFICE`. */
  @property({ reflect: true }) owner = '';

  /** The license (module) id, e.g. `ten-sales`. */
  @property({ reflect: true }) module = '';

  /** An enclosing screen's `/licenses`, used to name the prerequisite license. */
  @consume({ context: licensesContext, subscribe: true })
  @state()
  private licenses?: LicensesResponse;

  private request?: DetailRequest;

  private readonly resource = new Resource<LicenseDetailData, [DetailRequest]>(
    this,
    () => {
      const source = this.activeSource;
      if (!source || !this.owner || !this.module) return undefined;
      let request = this.request;
      if (!request || request.source !== source || request.owner !== this.owner || request.module !== this.module) {
        request = this.request = { source, owner: this.owner, module: this.module };
      }
      return [request];
    },
    ([request], signal) => request.source.getLicenseDetail(request.owner, request.module, signal),
  );

  /** Reads the license again; what is shown stays until the new data is there. */
  refresh(): Promise<void> {
    return this.resource.reload();
  }

  protected override renderContent() {
    const state = this.resource.state;
    const endpoint = this.activeSource?.endpoint ?? '';
    const retry = () => void this.refresh();
    if (state.kind === 'idle') {
      return this.activeSource
        ? emptyView(msg('No license selected'), msg('Set the owner and module attributes.'))
        : noEndpointView();
    }
    if (state.kind === 'loading') return loadingView(msg('Loading the license…'));
    if (state.kind === 'failed') {
      return state.error instanceof DataError && state.error.kind === 'not-found'
        ? emptyView(msg('License not found'), msg(str`There is no license "${isolate(this.module)}" for "${isolate(this.owner)}".`))
        : errorView(state.error, endpoint, { retry, retrying: true });
    }
    return html`${state.error ? staleNotice(state.error, endpoint, retry) : nothing}
      ${this.renderDetail(state.value, state.refreshing)}`;
  }

  private renderDetail(detail: LicenseDetailData, refreshing: boolean) {
    const { pending } = detail;
    return html`<article part="detail" aria-busy=${refreshing ? 'true' : 'false'}>
      <header class="heading">
        <h2 class="title" part="name" title=${ifDefined(detail.tooltip ?? undefined)}>${detail.name}</h2>
        ${detail.description ? html`<p class="description">${detail.description}</p>` : nothing}
        ${detail.tooltip && detail.tooltip !== detail.description ? html`<p class="description tooltip">${detail.tooltip}</p>` : nothing}
      </header>
      ${this.renderCounts(detail)}
      <dl class="facts detail-facts" part="facts">
        ${fact(msg('License type', { desc: 'Label: how the license is counted (per site, satellite or user).' }), typeLabel(detail.licenseType))} ${fact(msg('Group', { desc: 'Label: which group of the license list the license belongs to.' }), groupLabel(detail.group))}
        ${detail.prerequisite ? fact(msg('Prerequisite', { desc: 'Label: another license this one needs.' }), this.moduleName(detail.ownerId, detail.prerequisite)) : nothing}
        ${detail.version ? fact(msg('Version', { desc: 'Label: the version of the licensed module.' }), detail.version) : nothing}
      </dl>
      ${detail.includes?.length
        ? html`<section class="section">
            <h3 class="section-title">${msg('Included in this plan')}</h3>
            <ul class="includes" part="includes">
              ${detail.includes.map((id) => html`<li>${this.moduleName(detail.ownerId, id)}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${pending ? this.renderPending(pending, blocksActivation(detail, pending.newTotal)) : nothing}
      ${detail.assignedTo.length || detail.rejectedAssignees?.length
        ? html`<section class="section">
            <h3 class="section-title">${msg('Assigned users', { desc: 'Heading: the people a license is assigned to.' })}</h3>
            ${detail.assignedTo.length
              ? html`<ul class="users" part="users">
                  ${detail.assignedTo.map((person) => html`<li>${avatar(person, this.activeSource?.endpoint ?? '')}<span>${person.name}</span></li>`)}
                </ul>`
              : nothing}
            ${rejectedNotice(detail.rejectedAssignees, msg('Some assigned users could not be read and are not shown.'))}
          </section>`
        : nothing}
      ${detail.history.length ? this.renderHistory(detail.history) : nothing}
      ${rejectedNotice(detail.rejectedHistory, msg('Some history entries could not be read and are not shown.'))}
    </article>`;
  }

  /** In use, free and total as the headline facts, with the bar under them and a note when full or over. */
  private renderCounts(detail: LicenseDetailData) {
    return html`<div class="counts card ${licenseUsage(detail)}" part="counts">
      <dl class="facts">
        ${fact(inUseLabel(), html`<span class="num">${formatNumber(detail.inUse)}</span>`)}
        ${fact(freeLabel(), html`<span class="num">${countText(detail, detail.free)}</span>`)}
        ${fact(totalLabel(), html`<span class="num">${countText(detail, detail.total)}</span>`)}
      </dl>
      ${showsBar(detail) ? bar(detail) : nothing}
      ${usageNote(detail)}
    </div>`;
  }

  private renderPending({ newTotal, added }: { newTotal: number; added: number }, blocked: boolean) {
    const total = formatNumber(newTotal);
    const count = formatNumber(Math.abs(added));
    // Swedish says "1 tillagd" but "2 tillagda": one message per plural form.
    const change =
      added > 0
        ? plural(added, {
            one: msg(str`New total: ${total} (${count} added)`, { id: 'pending-added.one', desc: 'A change waiting on the license server; one license added.' }),
            other: msg(str`New total: ${total} (${count} added)`, { id: 'pending-added.other', desc: 'A change waiting on the license server; several licenses added.' }),
          })
        : added < 0
          ? plural(-added, {
              one: msg(str`New total: ${total} (${count} removed)`, { id: 'pending-removed.one', desc: 'A change waiting on the license server; one license removed.' }),
              other: msg(str`New total: ${total} (${count} removed)`, { id: 'pending-removed.other', desc: 'A change waiting on the license server; several licenses removed.' }),
            })
          : msg(str`New total: ${total}`);
    return html`<section class="pending ${blocked ? 'blocked' : ''}" part="pending">
      <h3 class="callout-title">${msg('Waiting on the license server')}</h3>
      <p>${change}
        ${blocked ? problem(msg('The new total is below the number in use.')) : nothing}</p>
    </section>`;
  }

  private renderHistory(history: LicenseDetailData['history']) {
    return html`<table class="history" part="history">
      <caption class="section-title">${msg('History', { desc: 'Caption: earlier changes of a license’s total.' })}</caption>
      <thead><tr><th scope="col">${msg('Date', { desc: 'Column header: the date of a change.' })}</th><th scope="col" class="num">${totalLabel()}</th>
        <th scope="col">${msg('Note', { desc: 'Column header: a comment on a change.' })}</th></tr></thead>
      <tbody>${history.map((entry) => html`<tr><td>${formatDate(entry.date)}</td>
        <td class="num">${formatNumber(entry.total)}</td><td>${entry.note ?? ''}</td></tr>`)}</tbody>
    </table>`;
  }

  /** The prerequisite's name when the screen's data knows it, else its id as the endpoint gave it. */
  private moduleName(ownerId: string, moduleId: string): string {
    const owner = this.licenses?.owners.find((candidate) => candidate.id === ownerId);
    return owner?.modules.find((module) => module.id === moduleId)?.name ?? moduleId;
  }
}

function fact(term: string, value: unknown) {
  return html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
}

/** Problems are marked by text and a sign, not by colour alone. */
function problem(text: string) {
  return html` <span class="problem"><span aria-hidden="true">⚠</span> ${text}</span>`;
}

function typeLabel(type: LicenseType): string {
  switch (type) {
    case 'site':
      return msg('Site license', { desc: 'A license type: counted per site (database).' });
    case 'satellite':
      return msg('Satellite license', { desc: 'A license type: counted per satellite database.' });
    case 'user':
      return msg('User license', { desc: 'A license type: counted per user.' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'license-detail': LicenseDetail;
  }
}

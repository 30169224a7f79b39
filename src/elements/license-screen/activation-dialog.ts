/**
 * The "Activate new license" dialog: which licenses changed on the license server, whether they can be
 * activated, and the activation itself.
 */
import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { LicenseDataSource } from '../../data/data-source.js';
import { DataError } from '../../data/errors.js';
import type { ActivationResult, LicenseModule, LicenseOwner } from '../../data/schema.js';
import { blocksActivation } from '../../data/license-rules.js';
import { errorView, loadingView } from '../../internal/states.js';
import { formatNumber } from '../../i18n/format.js';

interface Change {
  module: LicenseModule;
  newTotal: number;
  /** The new total is below the number in use: activating would leave people without a license. */
  blocked: boolean;
}

export class ActivationDialog implements ReactiveController {
  private readonly host: LitElement;
  private readonly source: () => LicenseDataSource | undefined;
  private readonly activated: (result: ActivationResult) => void;
  private owner?: LicenseOwner;
  private invoker?: HTMLElement;
  private phase: 'checking' | 'ready' | 'activating' = 'checking';
  private changes: Change[] = [];
  private checkError?: unknown;
  private activationError?: unknown;
  private checking?: AbortController;

  constructor(
    host: LitElement,
    source: () => LicenseDataSource | undefined,
    activated: (result: ActivationResult) => void,
  ) {
    this.host = host;
    this.source = source;
    this.activated = activated;
    host.addController(this);
  }

  hostDisconnected() {
    // A removed modal dialog would come back open but not modal, its check aborted mid-way: start over.
    this.checking?.abort();
    this.dialog()?.close();
    this.phase = 'ready';
  }

  /** Opens the dialog for `owner`; focus goes back to `invoker` when it closes. */
  async open(owner: LicenseOwner, invoker: HTMLElement): Promise<void> {
    this.owner = owner;
    this.invoker = invoker;
    this.activationError = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.dialog()?.showModal();
    await this.check();
  }

  private dialog() {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.activation');
  }

  private async check() {
    const { owner } = this;
    const source = this.source();
    if (!owner || !source) return;
    this.checking?.abort();
    const checking = (this.checking = new AbortController());
    this.phase = 'checking';
    this.checkError = undefined;
    this.host.requestUpdate();
    const modules = owner.modules.filter((module) => !module.hidden);
    try {
      const pending = await Promise.all(
        modules.map(async (module) => {
          // `pending` on /licenses is optional: absent means "not told", so ask the module's detail.
          const known = module.pending;
          if (known !== undefined) return known;
          return (await source.getLicenseDetail(owner.id, module.id, checking.signal)).pending;
        }),
      );
      this.changes = modules.flatMap((module, i) => {
        const change = pending[i];
        if (!change) return [];
        return [{ module, newTotal: change.newTotal, blocked: blocksActivation(module, change.newTotal) }];
      });
    } catch (error) {
      if (checking.signal.aborted) return;
      this.changes = [];
      this.checkError = error;
    }
    this.phase = 'ready';
    this.host.requestUpdate();
  }

  private async activate() {
    const { owner } = this;
    const source = this.source();
    if (!owner || !source) return;
    this.phase = 'activating';
    this.activationError = undefined;
    this.host.requestUpdate();
    try {
      // Not aborted on close: once sent, the server's answer is the truth and must be shown.
      const result = await source.activate(owner.id);
      this.dialog()?.close();
      this.activated(result);
    } catch (error) {
      this.activationError = error;
    }
    this.phase = 'ready';
    this.host.requestUpdate();
  }

  private readonly onCancel = (event: Event) => {
    // Escape must not hide an activation whose answer is still coming.
    if (this.phase === 'activating') event.preventDefault();
  };

  private readonly onClose = () => {
    this.checking?.abort();
    this.owner = undefined;
    this.host.requestUpdate();
    this.invoker?.focus();
  };

  render() {
    return html`<dialog class="activation" part="dialog activation-dialog" aria-labelledby="activation-heading"
      @cancel=${this.onCancel} @close=${this.onClose}>${this.owner ? this.renderBody(this.owner) : nothing}</dialog>`;
  }

  private renderBody(owner: LicenseOwner) {
    const error = this.activationError;
    // A 409 names the modules whose new total is below the number in use.
    const named = (error instanceof DataError && error.kind === 'conflict' && error.problem?.modules) || [];
    const blocked = named.length > 0 || this.changes.some((change) => change.blocked);
    const endpoint = this.source()?.endpoint ?? '';
    const names = named.map((id) => owner.modules.find((module) => module.id === id)?.name ?? id).join(', ');
    return html`<h2 id="activation-heading">${msg('Activate new license')}</h2>
      <p class="subtitle">${owner.name}</p>
      ${this.phase === 'checking'
        ? loadingView(msg('Checking the license server…'))
        : this.checkError
          ? errorView(this.checkError, endpoint, { retry: () => void this.check() })
          : this.renderChanges(named)}
      ${error
        ? errorView(error, endpoint, {
            more: names ? html`<p>${msg(str`New total below the number in use: ${names}`)}</p>` : nothing,
          })
        : nothing}
      <div class="dialog-buttons">
        <button type="button" class="primary" part="confirm-button" ?disabled=${this.phase !== 'ready' || blocked}
          @click=${() => void this.activate()}>${msg('Activate')}</button>
        <button type="button" part="cancel-button" ?disabled=${this.phase === 'activating'}
          @click=${() => this.dialog()?.close()}>${msg('Cancel')}</button>
      </div>`;
  }

  private renderChanges(named: readonly string[]) {
    if (this.changes.length === 0) return html`<p>${msg('No license changes are waiting on the license server.')}</p>`;
    return html`<table part="changes">
      <caption>${msg('Changes on the license server')}</caption>
      <thead><tr><th scope="col">${msg('License')}</th><th scope="col" class="num">${msg('In use')}</th>
        <th scope="col" class="num">${msg('Current total')}</th><th scope="col" class="num">${msg('New total')}</th></tr></thead>
      <tbody>${this.changes.map(({ module, newTotal, blocked }) => {
        const problem = blocked || named.includes(module.id);
        return html`<tr class=${problem ? 'blocked' : ''}>
          <th scope="row">${module.name} ${problem
            ? html`<span class="problem"><span aria-hidden="true">⚠</span> ${msg('The new total is below the number in use.')}</span>`
            : nothing}</th>
          <td class="num">${formatNumber(module.inUse)}</td>
          <td class="num">${module.unrestricted ? msg('Unlimited') : formatNumber(module.total)}</td>
          <td class="num">${formatNumber(newTotal)}</td></tr>`;
      })}</tbody>
    </table>`;
  }
}

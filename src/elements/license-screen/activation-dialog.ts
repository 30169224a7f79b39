/**
 * The "Activate new license" dialog: which licenses changed on the license server, whether they can be
 * activated, and the activation itself.
 */
import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { ActivationCheck, LicenseDataSource } from '../../data/data-source.js';
import { checkActivation } from '../../data/activation-check.js';
import { DataError } from '../../data/errors.js';
import type { ActivationResult, LicenseOwner } from '../../data/schema.js';
import { errorView, loadingView } from '../../internal/states.js';
import { rejectedNotice } from '../../internal/rejected-notice.js';
import { formatNumber, isolate } from '../../i18n/format.js';
import { SingleFlight } from '../../internal/single-flight.js';

export class ActivationDialog implements ReactiveController {
  private readonly host: LitElement;
  private readonly source: () => LicenseDataSource | undefined;
  private readonly activated: (result: ActivationResult) => void;
  private owner?: LicenseOwner;
  private invoker?: HTMLElement;
  private phase: 'checking' | 'ready' | 'activating' = 'checking';
  private check?: ActivationCheck;
  private checkError?: unknown;
  private activationError?: unknown;
  private checking?: AbortController;
  private readonly writes: SingleFlight;

  constructor(
    host: LitElement,
    source: () => LicenseDataSource | undefined,
    activated: (result: ActivationResult) => void,
  ) {
    this.host = host;
    this.source = source;
    this.activated = activated;
    this.writes = new SingleFlight(host);
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
    await this.runCheck();
  }

  private dialog() {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.activation');
  }

  /** Asks what the license server holds (through the data source) each time the dialog opens. */
  private async runCheck() {
    const { owner } = this;
    const source = this.source();
    if (!owner || !source) return;
    this.checking?.abort();
    const checking = (this.checking = new AbortController());
    this.phase = 'checking';
    this.check = undefined;
    this.checkError = undefined;
    this.host.requestUpdate();
    try {
      this.check = await checkActivation(source, owner, checking.signal);
    } catch (error) {
      if (checking.signal.aborted) return;
      this.checkError = error;
    }
    this.phase = 'ready';
    this.host.requestUpdate();
  }

  private async activate() {
    const { owner } = this;
    const source = this.source();
    if (!owner || !source) return;
    await this.writes.run(async () => {
      this.phase = 'activating';
      this.activationError = undefined;
      try {
        // Not aborted on close: once sent, the server's answer is the truth and must be shown.
        const result = await source.activate(owner.id);
        this.phase = 'ready';
        this.dialog()?.close();
        this.activated(result);
      } catch (error) {
        this.activationError = error;
        this.phase = 'ready';
        // The license server's answer may have changed: what a second click sends must be what is shown.
        await this.runCheck();
      }
    });
  }

  private readonly onCancel = (event: Event) => {
    // Escape must not hide an activation whose answer is still coming.
    if (this.phase === 'activating') event.preventDefault();
  };

  private readonly onClose = () => {
    // The close event comes a task after close(): the dialog may have been opened again meanwhile.
    if (this.dialog()?.open) return;
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
    const check = this.check;
    // A 409 names the modules whose new total is below the number in use.
    const named = (error instanceof DataError && error.kind === 'conflict' && error.problem?.modules) || [];
    const blocked = named.length > 0 || !check?.canActivate || check.changes.some((change) => change.blocked);
    const endpoint = this.source()?.endpoint ?? '';
    const names = named.map((id) => isolate(owner.modules.find((module) => module.id === id)?.name ?? id)).join(', ');
    return html`<h2 id="activation-heading">${msg('Activate new license')}</h2>
      <p class="subtitle">${owner.name}</p>
      ${this.phase === 'checking'
        ? loadingView(msg('Checking the license server…'))
        : this.checkError
          ? errorView(this.checkError, endpoint, { retry: () => void this.runCheck() })
          : check
            ? this.renderCheck(check, named)
            : nothing}
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

  private renderCheck(check: ActivationCheck, named: readonly string[]) {
    // The server's verdict comes first, in its own words, as the vendor's own screen shows it.
    const verdict = check.canActivate
      ? check.reason
        ? html`<p class="verdict" part="verdict">${check.reason}</p>`
        : nothing
      : html`<p class="verdict refused" part="verdict" role="alert"><span aria-hidden="true">⚠</span>
          ${check.reason ||
          (check.rejected?.length
            ? msg('Some licenses in the license server’s answer could not be read, so it is not activated from here.')
            : check.changes.length
            ? msg('The license server says these changes cannot be activated.')
            : msg('The license server holds no license that can be activated.'))}</p>`;
    return html`${verdict} ${this.renderChanges(check, named)}
      ${rejectedNotice(check.rejected, msg('Some licenses could not be read and are not shown.'))}`;
  }

  private renderChanges(check: ActivationCheck, named: readonly string[]) {
    if (check.changes.length === 0) return html`<p>${msg('No license changes are waiting on the license server.')}</p>`;
    return html`<table part="changes">
      <caption>${msg('Changes on the license server')}</caption>
      <thead><tr><th scope="col">${msg('License')}</th><th scope="col" class="num">${msg('In use')}</th>
        <th scope="col" class="num">${msg('Current total')}</th><th scope="col" class="num">${msg('New total')}</th></tr></thead>
      <tbody>${check.changes.map(({ module, newTotal, unrestricted = module.unrestricted, blocked }) => {
        const problem = blocked || named.includes(module.id);
        return html`<tr class=${problem ? 'blocked' : ''}>
          <th scope="row">${module.name} ${problem
            ? html`<span class="problem"><span aria-hidden="true">⚠</span> ${msg('The new total is below the number in use.')}</span>`
            : nothing}</th>
          <td class="num">${formatNumber(module.inUse)}</td>
          <td class="num">${module.unrestricted ? msg('Unlimited') : formatNumber(module.total)}</td>
          <td class="num">${unrestricted ? msg('Unlimited') : formatNumber(newTotal)}</td></tr>`;
      })}</tbody>
    </table>`;
  }
}

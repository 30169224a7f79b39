/**
 * The "Activate new license" dialog: which licenses changed on the license server, whether they can be
 * activated, and the activation itself.
 */
import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import { msg } from '../../i18n/msg.js';
import type { ActivationCheck, LicenseDataSource } from '../../data/data-source.js';
import { checkActivation } from '../../data/activation-check.js';
import { DataError } from '../../data/errors.js';
import type { ActivationResult, LicenseOwner } from '../../data/schema.js';
import { errorView, loadingView } from '../../internal/states.js';
import { rejectedNotice } from '../../internal/rejected-notice.js';
import { BLOCKED_REASON_ID, blockedReason, refusedNames, renderChanges } from './activation-changes.js';
import { SingleFlight } from '../../internal/single-flight.js';
import { activationDialogStyles } from './activation-dialog.styles.js';

const VERDICT_ID = 'activation-verdict';

export class ActivationDialog implements ReactiveController {
  private readonly host: LitElement;
  private readonly source: () => LicenseDataSource | undefined;
  private readonly activated: (result: ActivationResult) => void;
  private readonly checked: (owner: LicenseOwner, check: ActivationCheck) => void;
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
    /** After a success the dialog leaves focus to this callback: the outcome, not the button, is what changed. */
    activated: (result: ActivationResult) => void,
    /** What the license server holds, each time the dialog has asked. */
    checked: (owner: LicenseOwner, check: ActivationCheck) => void,
  ) {
    this.host = host;
    this.source = source;
    this.activated = activated;
    this.checked = checked;
    this.writes = new SingleFlight(host);
    host.addController(this);
    const root = host.renderRoot;
    const sheet = activationDialogStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
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
    // Already open when it was opened while this module loaded (OwnerActions' stand-in content).
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
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
    this.moveFocusOffRetry();
    this.phase = 'checking';
    this.check = undefined;
    this.checkError = undefined;
    this.host.requestUpdate();
    void this.keepFocus();
    try {
      this.check = await checkActivation(source, owner, checking.signal);
      this.checked(owner, this.check);
    } catch (error) {
      if (checking.signal.aborted) return;
      this.checkError = error;
    }
    this.phase = 'ready';
    this.host.requestUpdate();
    void this.keepFocus();
  }

  /**
   * The pressed Try again goes away with the render that follows: focus moves to Activate before it does,
   * so it never passes through <body> on the way (a screen reader would announce the page).
   */
  private moveFocusOffRetry() {
    const dialog = this.dialog();
    const root = this.host.renderRoot;
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    if (dialog?.open && active?.matches('[part~=retry-button]') && dialog.contains(active)) {
      dialog.querySelector<HTMLElement>('[part~=confirm-button]')?.focus();
    }
  }

  /**
   * A re-render may remove the focused element (Try again, once it is pressed): focus then goes to the
   * Activate button, which is never removed nor disabled, rather than falling to <body>.
   */
  private async keepFocus() {
    await this.host.updateComplete;
    const dialog = this.dialog();
    const root = this.host.renderRoot;
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    if (dialog?.open && !(active && active !== dialog && dialog.contains(active))) {
      dialog.querySelector<HTMLElement>('[part~=confirm-button]')?.focus();
    }
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
        this.invoker = undefined;
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

  readonly onCancel = (event: Event) => {
    // Escape must not hide an activation whose answer is still coming.
    if (this.phase === 'activating') event.preventDefault();
  };

  readonly onClose = () => {
    // The close event comes a task after close(): the dialog may have been opened again meanwhile.
    if (this.dialog()?.open) return;
    this.checking?.abort();
    this.owner = undefined;
    this.host.requestUpdate();
    this.invoker?.focus();
  };

  /** What goes inside the `<dialog class="activation">` that OwnerActions renders with `onCancel` and `onClose`. */
  renderContent() {
    return this.owner ? this.renderBody(this.owner) : nothing;
  }

  private renderBody(owner: LicenseOwner) {
    const error = this.activationError;
    const check = this.check;
    // A 409 names the licenses the server refused: those, as named, and no others.
    const refused = (error instanceof DataError && error.kind === 'conflict' && error.problem?.modules) || [];
    const reason = this.phase === 'ready' ? blockedReason(owner, check, refused) : undefined;
    // The server's own verdict, when it refuses, is the reason the button points to.
    const verdictRefuses = this.phase === 'ready' && !this.checkError && check !== undefined && !check.canActivate;
    const unavailable = this.phase !== 'ready' || !check || !!this.checkError || verdictRefuses || !!reason || refused.length > 0;
    const endpoint = this.source()?.endpoint ?? '';
    const named = refusedNames(owner, check, refused);
    return html`<div class="dialog-head"><h2 id="activation-heading">${msg('Activate new license')}</h2>
      <p class="subtitle">${owner.name}</p></div>
      <div class="dialog-body">${this.phase === 'checking'
        ? loadingView(msg('Checking the license server…'))
        : this.checkError
          ? errorView(this.checkError, endpoint, { retry: () => void this.runCheck() })
          : check
            ? this.renderCheck(check, refused)
            : nothing}
      ${error ? errorView(error, endpoint, { more: named ? html`<p>${named}</p>` : nothing }) : nothing}
      ${reason ? html`<p class="blocked-reason" id=${BLOCKED_REASON_ID}><span aria-hidden="true">⚠</span> ${reason}</p>` : nothing}</div>
      <div class="dialog-buttons">
        ${/* aria-disabled, not disabled: a focused button that becomes disabled drops focus to <body>, and
             this one stays reachable so its reason can be read from it. */ ''}
        <button type="button" class="primary" part="confirm-button" aria-disabled=${unavailable ? 'true' : 'false'}
          aria-describedby=${reason ? BLOCKED_REASON_ID : verdictRefuses ? VERDICT_ID : nothing}
          @click=${() => unavailable || void this.activate()}>${msg('Activate', { desc: 'Button in the activation dialog: take the new licenses into use.' })}</button>
        <button type="button" part="cancel-button" aria-disabled=${this.phase === 'activating' ? 'true' : 'false'}
          @click=${() => this.phase === 'activating' || this.dialog()?.close()}>${msg('Cancel', { desc: 'Button: close the dialog without doing anything.' })}</button>
      </div>`;
  }

  private renderCheck(check: ActivationCheck, refused: readonly string[]) {
    // The server's verdict comes first, in its own words, as the vendor's own screen shows it.
    const verdict = check.canActivate
      ? check.reason
        ? html`<p class="verdict" part="verdict">${check.reason}</p>`
        : nothing
      : html`<p class="verdict refused" part="verdict" role="alert" id=${VERDICT_ID}><span aria-hidden="true">⚠</span>
          ${check.reason ||
          (check.rejected?.length
            ? msg('Some licenses in the license server’s answer could not be read, so it is not activated from here.')
            : check.changes.length
            ? msg('The license server says these changes cannot be activated.')
            : msg('The license server holds no license that can be activated.'))}</p>`;
    return html`${verdict} ${renderChanges(check, refused)}
      ${rejectedNotice(check.rejected, msg('Some licenses could not be read and are not shown.'))}`;
  }
}

/**
 * The action bar above an owner's licenses: Purchase new licenses, Activate new license, Load license
 * from file, and what the last activation or loaded file changed. One of the first two is the primary
 * action: Activate while the license server is known to hold a change that can be activated, else
 * Purchase.
 */
import { html, nothing, type LitElement } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { ActivationCheck, LicenseDataSource } from '../../data/data-source.js';
import { DataError } from '../../data/errors.js';
import { dataUrl } from '../../data/url-policy.js';
import type { ActivationResult, LicenseOwner } from '../../data/schema.js';
import { errorView } from '../../internal/states.js';
import { formatList, formatNumber, isolate } from '../../i18n/format.js';
import type { ActivationDialog } from './activation-dialog.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { SingleFlight } from '../../internal/single-flight.js';
import { changesNothing, ownerChanges } from '../../data/owner-changes.js';
import { blocksActivation } from '../../data/license-rules.js';

/** What the last action on an owner's tab did; shown on that tab only. */
type Outcome =
  | { owner: string; kind: 'activated' | 'loaded'; result: ActivationResult; changed: readonly string[]; before?: LicenseOwner }
  | { owner: string; kind: 'unchanged' }
  | { owner: string; kind: 'uploading' }
  | { owner: string; kind: 'refused'; error: unknown };

/**
 * Whether the license server is known to hold a change for `owner` that can be activated. Known from the
 * last check the activation dialog made for this version of the owner, else from the `pending` changes in
 * `/licenses`. The screen never asks the license server by itself to decide how a button looks: where
 * `/licenses` does not tell (the vendor's API), Activate is primary only after a check found a change.
 * A change whose new total is below the number in use cannot be activated: buying licenses is then the
 * way forward.
 */
export function holdsChange(owner: LicenseOwner, check: ActivationCheck | undefined): boolean {
  if (!owner.canActivate) return false;
  if (check) return check.canActivate && check.changes.length > 0 && !check.changes.some((change) => change.blocked);
  const changes = owner.modules.flatMap((module) => (!module.hidden && module.pending ? [{ module, pending: module.pending }] : []));
  return changes.length > 0 && !changes.some(({ module, pending }) => blocksActivation(module, pending.newTotal));
}

/** Marks the link that opens the shop in another window; the words for it are in the link's text. */
const externalIcon = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M9 2h5v5M14 2 7 9M12 9.5V13a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3.5"></path></svg>`;

export class OwnerActions {
  private readonly host: LitElement;
  private readonly source: () => LicenseDataSource | undefined;
  private readonly apply: (result: ActivationResult) => void;
  private readonly shown: (ownerId: string) => LicenseOwner | undefined;
  /** The activation dialog's code, loaded when Activate is first pressed; then the dialog itself. */
  private readonly activationPart: LazyPart<typeof import('./activation-dialog.js')>;
  private activation?: ActivationDialog;
  /** Whose activation was asked for while the dialog's code loads. */
  private waiting?: { owner: LicenseOwner; invoker: HTMLElement };
  private outcome?: Outcome;
  private readonly uploads: SingleFlight;
  /** The activation dialog's last check per owner as shown (a new version of the owner starts afresh). */
  private readonly checks = new WeakMap<LicenseOwner, ActivationCheck>();

  constructor(
    host: LitElement,
    source: () => LicenseDataSource | undefined,
    apply: (result: ActivationResult) => void,
    /** The owner as the screen shows it now, to compare an answer with. */
    shown: (ownerId: string) => LicenseOwner | undefined,
  ) {
    this.host = host;
    this.source = source;
    this.apply = apply;
    this.shown = shown;
    this.uploads = new SingleFlight(host);
    this.activationPart = new LazyPart(host, 'activation-dialog', () => import('./activation-dialog.js'));
    host.addController({
      // A removed modal dialog would come back open but not modal; once here, the dialog sees to it itself.
      hostDisconnected: () => {
        if (this.activation) return;
        this.activationDialog()?.close();
        this.waiting = undefined;
      },
    });
  }

  /**
   * Opens the activation dialog for `owner`. The first time, the dialog opens at once with a loading line
   * (or why its code could not be loaded, with Try again) and fills in when its code is here.
   */
  private async openActivation(owner: LicenseOwner, invoker: HTMLElement) {
    if (this.activation) return this.activation.open(owner, invoker);
    this.waiting = { owner, invoker };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const shell = this.activationDialog();
    // Removed while it rendered: a dialog out of the document cannot be shown (showModal would throw).
    if (!shell?.isConnected || !this.waiting) return;
    if (!shell.open) shell.showModal();
    // Try again after a failed load resumes here too.
    this.activationPart.run((module) => void this.openLoaded(module));
  }

  private async openLoaded(module: typeof import('./activation-dialog.js')) {
    const waiting = this.waiting;
    const shell = this.activationDialog();
    // Closed while it loaded: the person changed their mind.
    if (!waiting || !shell?.open) return;
    // Focus rests on the dialog itself while its content is swapped, never on <body>.
    shell.focus();
    this.waiting = undefined;
    this.activation ??= new module.ActivationDialog(
      this.host,
      this.source,
      (result) => this.done('activated', result, result.owner.id),
      (checked, check) => {
        this.checks.set(checked, check);
        this.host.requestUpdate();
      },
    );
    await this.activation.open(waiting.owner, waiting.invoker);
  }

  private activationDialog() {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.activation');
  }

  /** Escape or Cancel before the dialog's code was here. */
  private readonly onWaitingClose = () => {
    if (this.activationDialog()?.open) return;
    const invoker = this.waiting?.invoker;
    this.waiting = undefined;
    this.host.requestUpdate();
    invoker?.focus();
  };

  private renderActivationDialog() {
    const dialog = this.activation;
    const waiting = this.waiting;
    return html`<dialog class="activation" part="dialog activation-dialog" aria-labelledby="activation-heading" tabindex="-1"
      @cancel=${dialog ? dialog.onCancel : nothing} @close=${dialog ? dialog.onClose : this.onWaitingClose}>${dialog
        ? dialog.renderContent()
        : waiting
          ? html`<div class="dialog-head"><h2 id="activation-heading">${msg('Activate new license')}</h2>
                <p class="subtitle">${waiting.owner.name}</p></div>
              <div class="dialog-body">${this.activationPart.render(() => nothing)}</div>
              <div class="dialog-buttons"><button type="button" part="cancel-button"
                @click=${() => this.activationDialog()?.close()}>${msg('Cancel', { desc: 'Button: close the dialog without doing anything.' })}</button></div>`
          : nothing}</dialog>`;
  }

  /** `tab`: the owner whose tab the action was started on, where its outcome is shown. */
  private done(kind: 'activated' | 'loaded', result: ActivationResult, tab: string) {
    const before = this.shown(result.owner.id);
    const changes = before ? ownerChanges(before, result.owner) : undefined;
    if (kind === 'loaded' && changes && changesNothing(changes)) {
      // A file that holds what is already shown: said so, and the screen stays exactly as it is.
      this.outcome = { owner: tab, kind: 'unchanged' };
    } else {
      this.apply(result);
      // What changed is what the screen shows as changed; the server's list only for an owner not shown.
      this.outcome = { owner: tab, kind, result, changed: changes?.modules ?? result.changed, before };
    }
    this.host.requestUpdate();
    // The dialog has closed: focus goes to what the activation changed rather than back to a button that
    // may go away with the next render. Moved now, before that render, so it never passes through <body>;
    // the message fills in under it and is read as it does.
    if (kind === 'activated') this.host.renderRoot.querySelector<HTMLElement>('[part~=message]')?.focus();
  }

  private pickFile() {
    this.host.renderRoot.querySelector<HTMLInputElement>('input.license-file')?.click();
  }

  private async upload(owner: LicenseOwner, input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared so that picking the same file again, after fixing it, is a change too.
    input.value = '';
    const source = this.source();
    if (!file || !source) return;
    await this.uploads.run(async () => {
      this.outcome = { owner: owner.id, kind: 'uploading' };
      try {
        // The file may hold another owner's licenses: the outcome is still told where it was loaded.
        this.done('loaded', await source.uploadLicenseFile(file), owner.id);
      } catch (error) {
        // A refused file changes nothing: the licenses shown stay as they are.
        this.outcome = { owner: owner.id, kind: 'refused', error };
      }
    });
  }

  render(owner: LicenseOwner) {
    // Only a URL the data rule allows becomes a link; any other shop address is left out.
    const shop = dataUrl(owner.shopUrl, this.source()?.endpoint ?? '');
    const outcome = this.outcome?.owner === owner.id ? this.outcome : undefined;
    // The buttons keep their places (the vendor's order); only the look says which one is the next step.
    const activateFirst = holdsChange(owner, this.checks.get(owner));
    return html`<div class="actions" part="actions">
        ${shop
          ? html`<a class="button ${activateFirst ? '' : 'primary'}" part="purchase-link" href=${shop} target="_blank" rel="noopener noreferrer">${msg('Purchase new licenses')}<span
                class="visually-hidden"> ${msg('(opens in a new window)')}</span>${externalIcon}</a>`
          : nothing}
        ${owner.canActivate
          ? html`<button type="button" class=${activateFirst ? 'primary' : ''} part="activate-button" aria-haspopup="dialog"
              @click=${(event: Event) => void this.openActivation(owner, event.currentTarget as HTMLElement)}>${msg('Activate new license')}</button>`
          : nothing}
        ${/* aria-disabled while loading, not disabled: the focused button would drop focus to <body>. */ ''}
        <button type="button" part="file-button" aria-disabled=${this.uploads.busy ? 'true' : 'false'}
          @click=${() => this.uploads.busy || this.pickFile()}>${msg('Load license from file')}</button>
        <input class="license-file" type="file" hidden
          @change=${(event: Event) => void this.upload(owner, event.target as HTMLInputElement)} />
      </div>
      <div class="outcome ${outcome?.kind ?? ''}" role="status" part="message" tabindex="-1">${this.renderStatus(outcome)}</div>
      ${outcome?.kind === 'refused' ? this.renderRefused(outcome.error) : nothing} ${this.renderActivationDialog()}`;
  }

  private renderStatus(outcome: Outcome | undefined) {
    if (outcome?.kind === 'uploading') return msg('Loading the license file…');
    if (outcome?.kind === 'unchanged') {
      return html`<strong>${msg('License file loaded')}</strong> ${msg('The license file changes nothing.')}`;
    }
    if (outcome?.kind !== 'activated' && outcome?.kind !== 'loaded') return nothing;
    const { owner } = outcome.result;
    const names = outcome.changed.map((id) => {
      const module = owner.modules.find((candidate) => candidate.id === id);
      // A license the answer no longer holds is named as it was shown.
      if (!module) return isolate(outcome.before?.modules.find((candidate) => candidate.id === id)?.name ?? id);
      return isolate(`${module.name} (${module.unrestricted ? msg('Unlimited', { desc: 'Shown instead of a number: the license has no limit.' }) : formatNumber(module.total)})`);
    });
    return html`<strong>${outcome.kind === 'activated' ? msg('New license activated') : msg('License file loaded')}</strong>
      ${names.length
        ? msg(str`Changed: ${formatList(names)}.`, { desc: 'After an activation or a loaded file: the licenses whose totals changed, with the new totals.' })
        : msg('No license totals changed.')}`;
  }

  private renderRefused(error: unknown) {
    const refused = error instanceof DataError && error.kind === 'rejected';
    return errorView(error, this.source()?.endpoint ?? '', {
      title: refused ? msg('The license file was refused') : undefined,
    });
  }
}

/**
 * The administrator's dialogs: Add (event type, finish date and time, description) and Delete (a
 * confirmation). One modal `<dialog>`; each write goes through `SingleFlight`, so a double click
 * sends once; a failure keeps the dialog open, says why, and leaves the list as it was.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/msg.js';
import { isolate } from '../../i18n/format.js';
import type { LicenseDataSource } from '../../data/data-source.js';
import type { NewSystemEvent, SystemEvent } from '../../data/schema.js';
import { describeError } from '../../internal/error-message.js';
import { SingleFlight } from '../../internal/single-flight.js';
import { mustNotCancel } from './event-rules.js';
import { NOT_CANCELLABLE_NOTE_ID } from './event-description.js';

type AdminKey = NewSystemEvent['key'];
const ADMIN_KEYS: readonly AdminKey[] = ['NoLogin', 'NoFreetext', 'NoTravel', 'MessageOfTheDay'];

function keyLabel(key: AdminKey): string {
  switch (key) {
    case 'NoLogin':
      return msg('No Login', { desc: 'An administrator’s event type: nobody may sign in.' });
    case 'NoFreetext':
      return msg('No Freetext', { desc: 'An administrator’s event type: free-text search is off.' });
    case 'NoTravel':
      return msg('No Travel', { desc: 'An administrator’s event type: travel (offline) databases cannot synchronise.' });
    case 'MessageOfTheDay':
      return msg('Message of the day');
  }
}

/** What the host does with a write the server accepted; called once the dialog has closed. */
export interface EditorResults {
  added(event: SystemEvent): void;
  deleted(event: SystemEvent): void;
}

export class EventEditor {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly source: () => LicenseDataSource | undefined;
  private readonly results: EditorResults;
  private mode?: 'add' | 'delete';
  private target?: SystemEvent;
  private key: AdminKey = 'NoLogin';
  private readonly writes: SingleFlight;
  /** A DataError from the server, or true for a message of the day without a description. */
  private problem?: unknown;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    source: () => LicenseDataSource | undefined,
    results: EditorResults,
  ) {
    this.host = host;
    this.source = source;
    this.results = results;
    this.writes = new SingleFlight(host);
  }

  openAdd() {
    this.open('add');
  }

  /** Add, and Delete for the selected event: disabled for one that must not be cancelled (the description pane's note says why). */
  renderButtons(selected: SystemEvent | undefined) {
    const locked = !!selected && mustNotCancel(selected);
    return html`<button type="button" part="add-button" aria-haspopup="dialog" @click=${() => this.openAdd()}>${msg('Add event', { desc: 'Dialog title and button: add a system event.' })}</button>
      <button type="button" class="danger" part="delete-button" aria-haspopup="dialog" ?disabled=${!selected || locked}
        aria-describedby=${ifDefined(locked ? NOT_CANCELLABLE_NOTE_ID : undefined)}
        @click=${() => selected && this.openDelete(selected)}>
        ${msg('Delete', { desc: 'Button: remove the system event (cannot be undone).' })}
      </button>`;
  }

  /** Never for an event that must not be cancelled (the Delete button and key come here alike). */
  openDelete(event: SystemEvent) {
    if (mustNotCancel(event)) return;
    this.target = event;
    this.open('delete');
  }

  /** Closes the dialog without a trace, e.g. when the table leaves the page (a removed dialog stays "open"). */
  dismiss() {
    this.mode = undefined;
    this.host.shadowRoot?.querySelector('dialog')?.close();
  }

  /** After each update: shows or closes the dialog to match the state. */
  sync() {
    const dialog = this.host.shadowRoot?.querySelector('dialog');
    if (!dialog) return;
    if (this.mode && !dialog.open) dialog.showModal();
    else if (!this.mode && dialog.open) dialog.close();
  }

  render(endpoint: string) {
    return html`<dialog part="dialog" aria-labelledby="dialog-heading" @close=${this.closed}>
      ${this.mode === 'add' ? this.renderAdd(endpoint) : this.mode === 'delete' ? this.renderDelete(endpoint) : nothing}
    </dialog>`;
  }

  private open(mode: 'add' | 'delete') {
    this.mode = mode;
    this.key = 'NoLogin';
    this.problem = undefined;
    this.host.requestUpdate();
  }

  private renderAdd(endpoint: string) {
    const motd = this.key === 'MessageOfTheDay';
    return html`<form @submit=${this.submitAdd}>
      <h3 class="section-title" id="dialog-heading">${msg('Add event', { desc: 'Dialog title and button: add a system event.' })}</h3>
      <label><span class="label">${msg('Event type', { desc: 'Label: the kind of system event to add.' })}</span>
        <select name="key" @change=${this.keyChanged}>
          ${ADMIN_KEYS.map((key) => html`<option value=${key} ?selected=${key === this.key}>${keyLabel(key)}</option>`)}
        </select>
      </label>
      <label><span class="label">${msg('Finishes', { desc: 'Label: the date and time the new event ends.' })}</span> <input type="datetime-local" name="finished" /></label>
      <label><span class="label">${motd ? msg('Description (required)', { desc: 'Label of a text field that must be filled in.' }) : msg('Description', { desc: 'Heading or column: a text that describes the item.' })}</span>
        <textarea name="description" rows="3" ?required=${motd}></textarea>
      </label>
      ${this.renderProblem(endpoint)}
      ${this.renderActions(msg('Add', { desc: 'Button: add a system event.' }), 'primary')}
    </form>`;
  }

  private renderDelete(endpoint: string) {
    const name = this.target?.name ?? '';
    return html`<form @submit=${this.submitDelete}>
      <h3 class="section-title" id="dialog-heading">${msg('Delete event', { desc: 'Dialog title: remove a system event.' })}</h3>
      <p>${msg(str`Delete the event "${isolate(name)}"? This cannot be undone.`)}</p>
      ${this.renderProblem(endpoint)}
      ${this.renderActions(msg('Delete', { desc: 'Button: remove the system event (cannot be undone).' }), 'danger')}
    </form>`;
  }

  private renderProblem(endpoint: string) {
    if (this.problem === undefined) return nothing;
    const error = this.problem === true ? undefined : describeError(this.problem, endpoint);
    const text = error ? `${error.title}. ${error.detail}` : msg('A message of the day needs a description.');
    return html`<p class="problem" role="alert" part="form-error">${text}</p>`;
  }

  /** `kind`: the confirm button's look, primary for Add, danger for Delete. */
  private renderActions(label: string, kind: 'primary' | 'danger') {
    // aria-disabled while the write is under way, not disabled: the pressed button has focus, and a
    // disabled one would drop it to <body>. The write itself goes once however often it is pressed.
    return html`<div class="actions">
      <button type="submit" class=${kind} part="confirm-button" aria-disabled=${this.writes.busy ? 'true' : 'false'}>${label}</button>
      <button type="button" @click=${this.cancel}>${msg('Cancel', { desc: 'Button: close the dialog without doing anything.' })}</button>
    </div>`;
  }

  private readonly keyChanged = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.key = ADMIN_KEYS.find((key) => key === value) ?? 'NoLogin';
    this.host.requestUpdate();
  };

  private readonly submitAdd = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const description = String(form.get('description') ?? '').trim();
    // `required` lets blanks through; the contract needs words.
    if (this.key === 'MessageOfTheDay' && !description) {
      this.problem = true;
      this.host.requestUpdate();
      return;
    }
    const finished = String(form.get('finished') ?? '');
    const input: NewSystemEvent = {
      key: this.key,
      // datetime-local is the person's local time; the contract wants an instant.
      finished: finished ? new Date(finished).toISOString() : null,
      description,
    };
    void this.run(async (source) => {
      const added = await source.addEvent(input);
      return () => this.results.added(added);
    });
  };

  private readonly submitDelete = (event: SubmitEvent) => {
    event.preventDefault();
    const target = this.target;
    if (target) void this.run(async (source) => {
      await source.deleteEvent(target.id);
      return () => this.results.deleted(target);
    });
  };

  /** `write` answers what to do with its result, done once the dialog has closed. */
  private async run(write: (source: LicenseDataSource) => Promise<() => void>) {
    const source = this.source();
    if (!source) return;
    await this.writes.run(async () => {
      this.problem = undefined;
      try {
        const apply = await write(source);
        // Closed first, so focus goes back to the button that opened the dialog while that is still as
        // it was; the host then moves it on as the list changes.
        this.dismiss();
        apply();
      } catch (error) {
        this.problem = error;
      }
    });
  }

  private readonly cancel = () => {
    this.mode = undefined;
    this.host.requestUpdate();
  };

  /**
   * Escape closes the dialog natively; keep the state in step. The close event comes a task after the
   * close: a dialog opened again meanwhile (Add pressed right after a write) is not the one that closed.
   */
  private readonly closed = (event: Event) => {
    if (!this.mode || (event.currentTarget as HTMLDialogElement).open) return;
    this.mode = undefined;
    this.host.requestUpdate();
  };
}

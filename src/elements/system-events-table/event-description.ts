/** The Description pane: everything about the selected event, dates in full. Called from render(). */
import { html, nothing } from 'lit';
import { msg } from '../../i18n/msg.js';
import { isolate } from '../../i18n/format.js';
import type { SystemEvent } from '../../data/schema.js';
import { columnLabel, dateText, finishedText, scopeLabel, statusCell, typeLabel } from './event-cells.js';
import { mustNotCancel } from './event-rules.js';

/** Referred to by the Delete button, which is disabled for such an event: the reason it cannot be used. */
export const NOT_CANCELLABLE_NOTE_ID = 'not-cancellable-note';

/** `now`: the moment relative times are counted from (the table's clock). */
export function descriptionPane(event: SystemEvent | undefined, now: number) {
  const person = event?.activatedBy;
  return html`<section class="description" part="description" aria-labelledby="description-heading">
    <h3 id="description-heading">${msg('Description', { desc: 'Heading or column: a text that describes the item.' })}</h3>
    ${event
      ? html`<h4>${event.name}</h4>
          <p class="text">${event.description || event.message || msg('No description.', { desc: 'Shown when a system event has no description.' })}</p>
          ${mustNotCancel(event)
            ? html`<p class="notice" role="note" id=${NOT_CANCELLABLE_NOTE_ID}>
                ${msg('User-defined fields are being rebuilt. This must not be cancelled, so the event cannot be deleted.')}
              </p>`
            : nothing}
          <dl>
            <dt>${columnLabel('status')}</dt>
            <dd>${statusCell(event.status)}</dd>
            <dt>${columnLabel('activated')}</dt>
            <dd>${dateText(event.activated, now)}</dd>
            <dt>${columnLabel('activatedBy')}</dt>
            <dd>${person ? `${isolate(person.name)} (${isolate(person.id)})` : msg('System', { desc: 'A system event’s source or type: the system itself, not a person.' })}</dd>
            <dt>${columnLabel('finished')}</dt>
            <dd>${finishedText(event, now)}</dd>
            <dt>${columnLabel('scope')}</dt>
            <dd>${typeLabel(event)}</dd>
            ${event.type
              ? html`<dt>${msg('Applies to', { desc: 'Label: whom a system event applies to (the whole system, a group, a user).' })}</dt>
                  <dd>${scopeLabel(event.scope)}</dd>`
              : nothing}
          </dl>`
      : html`<p class="muted">${msg('Select an event to see its description.')}</p>`}
  </section>`;
}

/** The Description pane: everything about the selected event, dates in full. Called from render(). */
import { html, nothing } from 'lit';
import { msg } from '../../i18n/msg.js';
import { isolate } from '../../i18n/format.js';
import type { SystemEvent } from '../../data/schema.js';
import { columnLabel, dateText, finishedText, scopeLabel, statusCell, typeLabel } from './event-cells.js';
import { mustNotCancel } from './event-rules.js';

/** Referred to by the Delete button, which is disabled for such an event: the reason it cannot be used. */
export const NOT_CANCELLABLE_NOTE_ID = 'not-cancellable-note';

const fact = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;

/**
 * `now`: the moment relative times are counted from (the table's clock). Everything a row shows, in full,
 * and what a narrow table folds away (who activated it, when it finishes, its type).
 */
export function descriptionPane(event: SystemEvent | undefined, now: number) {
  const person = event?.activatedBy;
  const text = event?.description || event?.message;
  return html`<section class="description card" part="description" aria-labelledby="description-heading">
    <h3 class="section-title" id="description-heading">${msg('Description', { desc: 'Heading or column: a text that describes the item.' })}</h3>
    ${event
      ? html`<h4 class="event-name">${event.name}</h4>
          <p class="text">${text || msg('No description.', { desc: 'Shown when a system event has no description.' })}</p>
          ${mustNotCancel(event)
            ? html`<p class="notice" role="note" id=${NOT_CANCELLABLE_NOTE_ID}>
                ${msg('User-defined fields are being rebuilt. This must not be cancelled, so the event cannot be deleted.')}
              </p>`
            : nothing}
          <dl class="facts">
            ${fact(columnLabel('status'), statusCell(event.status))}
            ${event.message && event.message !== text ? fact(columnLabel('message'), html`<span class="text">${event.message}</span>`) : nothing}
            ${fact(columnLabel('activated'), dateText(event.activated, now))}
            ${fact(columnLabel('activatedBy'), person ? `${isolate(person.name)} (${isolate(person.id)})` : msg('System', { desc: 'A system event’s source or type: the system itself, not a person.' }))}
            ${fact(columnLabel('finished'), finishedText(event, now))}
            ${fact(columnLabel('scope'), typeLabel(event))}
            ${event.type
              ? fact(msg('Applies to', { desc: 'Label: whom a system event applies to (the whole system, a group, a user).' }), scopeLabel(event.scope))
              : nothing}
          </dl>`
      : html`<p class="muted">${msg('Select an event to see its description.')}</p>`}
  </section>`;
}

/** The Description pane: everything about the selected event, dates in full. Called from render(). */
import { html, nothing } from 'lit';
import { msg } from '../../i18n/msg.js';
import { isolate } from '../../i18n/format.js';
import type { SystemEvent } from '../../data/schema.js';
import { columnLabel, dateText, scopeLabel, statusCell, typeLabel } from './event-cells.js';

export function descriptionPane(event: SystemEvent | undefined) {
  const now = Date.now();
  const person = event?.activatedBy;
  return html`<section class="description" part="description" aria-labelledby="description-heading">
    <h3 id="description-heading">${msg('Description')}</h3>
    ${event
      ? html`<h4>${event.name}</h4>
          <p class="text">${event.description || event.message || msg('No description.')}</p>
          <dl>
            <dt>${columnLabel('status')}</dt>
            <dd>${statusCell(event.status)}</dd>
            <dt>${columnLabel('activated')}</dt>
            <dd>${dateText(event.activated, now)}</dd>
            <dt>${columnLabel('activatedBy')}</dt>
            <dd>${person ? `${isolate(person.name)} (${isolate(person.id)})` : msg('System')}</dd>
            <dt>${columnLabel('finished')}</dt>
            <dd>${dateText(event.finished, now)}</dd>
            <dt>${columnLabel('scope')}</dt>
            <dd>${typeLabel(event)}</dd>
            ${event.type
              ? html`<dt>${msg('Applies to')}</dt>
                  <dd>${scopeLabel(event.scope)}</dd>`
              : nothing}
          </dl>`
      : html`<p class="muted">${msg('Select an event to see its description.')}</p>`}
  </section>`;
}

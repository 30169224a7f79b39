/**
 * The notice for rows left out because they could not be read (`RejectedRow`, data-contract.md): it says
 * what is missing, names each row as far as it could be read, and keeps the technical reason as a detail.
 * Called from render().
 */
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/msg.js';
import type { RejectedRow } from '../data/rows.js';
import { isolate } from '../i18n/format.js';

/** Enough to see what went wrong; a whole archive of unreadable rows must not become a page of them. */
const SHOWN = 20;

const technical = (row: RejectedRow) => {
  const detail = `${row.field}: ${row.problem}`;
  return msg(str`Technical detail: ${isolate(detail)}`);
};

/** `heading` says what kind of rows are missing, e.g. "Some licenses could not be read and are not shown." */
export function rejectedNotice(rows: readonly RejectedRow[] | undefined, heading: string) {
  if (!rows?.length) return nothing;
  return html`<div class="notice rejected" role="note" part="rejected-notice">
    <div>
      <strong><span aria-hidden="true">⚠</span> ${heading}</strong>
      <ul>
        ${rows.slice(0, SHOWN).map(
          (row) => html`<li>
            ${row.label ? html`<bdi>${row.label}</bdi>` : msg(str`Entry ${row.index + 1}`)}
            <small class="technical">(${technical(row)})</small>
          </li>`,
        )}
        ${rows.length > SHOWN ? html`<li>${msg(str`… and ${rows.length - SHOWN} more`)}</li>` : nothing}
      </ul>
    </div>
  </div>`;
}

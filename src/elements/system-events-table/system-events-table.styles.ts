import { css } from 'lit';

export const systemEventsTableStyles = css`
  :host {
    /* Every row has this height: the row window counts on it. */
    --_row: var(--system-events-row-height, 2.5em);
  }
  /* The description pane sits beside the table when there is room, below it when not. */
  .layout {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 1em;
  }
  .events {
    flex: 4 1 64em;
    min-inline-size: 0;
  }
  h3 {
    font-size: 1.05em;
    margin: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    margin-block-end: 0.5em;
  }
  .toolbar h3 {
    flex-basis: 100%;
  }
  label {
    display: inline-grid;
    gap: 0.2em;
    color: var(--_muted);
  }
  select,
  input,
  textarea {
    font: inherit;
    color: var(--license-color-text, CanvasText);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.4em;
  }
  .count,
  .muted {
    color: var(--_muted);
  }
  .count {
    margin-inline-end: auto;
  }
  .scroller {
    block-size: var(--system-events-height, 24em);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  table {
    inline-size: 100%;
    min-inline-size: 62em;
    /* Column widths come from the header, not from whichever rows happen to be rendered. */
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
  }
  table:focus-visible {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  th,
  td {
    block-size: var(--_row);
    padding-block: 0;
    padding-inline: 0.6em;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    border-block-end: 1px solid var(--_border);
    box-sizing: border-box;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface-alt);
  }
  th.name {
    inline-size: 20%;
  }
  th.status {
    inline-size: 8em;
  }
  th.activated,
  th.finished {
    inline-size: 8.5em;
  }
  th.activatedBy {
    inline-size: 9em;
  }
  th.scope {
    inline-size: 7em;
  }
  .sort {
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  tbody tr {
    cursor: pointer;
  }
  tr[aria-selected='true'] td {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }
  table:focus-visible tr[aria-selected='true'] td {
    box-shadow: inset 0 -2px 0 var(--_accent);
  }
  .spacer td {
    padding: 0;
    border: 0;
  }
  .icon {
    inline-size: 1em;
    block-size: 1em;
    margin-inline: 0.1em 0.35em;
    vertical-align: -0.125em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .status.running {
    color: var(--_accent);
  }
  .status.finished {
    color: var(--_ok);
  }
  .status.failed {
    color: var(--_danger);
    font-weight: 600;
  }
  .status.pending,
  .status.cancelled {
    color: var(--_muted);
  }
  .person {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .person .who {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .description {
    flex: 1 1 14em;
    padding: 0.8em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    overflow-wrap: anywhere;
  }
  .description h4 {
    margin-block: 0.6em 0.3em;
  }
  .text {
    white-space: pre-line;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 1em;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  dialog {
    max-inline-size: min(30em, 90vw);
    /* A dialog is as wide as its content up to its maximum: a long word from data (an event name, a
       server's message) must break, or it widens the form past the dialog. */
    overflow-wrap: anywhere;
    padding: 1.2em;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  dialog form {
    display: grid;
    gap: 0.8em;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5em;
  }
  .problem {
    margin: 0;
    color: var(--_danger);
  }
`;

import { css } from 'lit';

/*
 * The table is a CSS grid whose rows share its columns (subgrid), so the columns get widths by content
 * and priority: Event and Message take the room that is left, the rest are as wide as their header and
 * their longest value in the language shown (the hidden sizer row holds those; the cells of the rows in
 * view take no part, so the columns never move while scrolling). Narrower containers fold the columns
 * onto more lines per row; every row of a layout has that layout's one fixed height (the row window
 * reads it from a rendered row).
 */
export const eventTableStyles = css`
  :host {
    /* A one-line row; a row folded onto more lines is one --_line taller per line. */
    --_row-base: var(--system-events-row-height, 2.5em);
    --_line: 1.25em;
    --_row: var(--_row-base);
  }

  .scroller {
    block-size: var(--system-events-height, 24em);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  table {
    display: grid;
    /* Event, Status, Message, Activated, Activated by, Finished, Type. */
    grid-template-columns:
      minmax(10em, 1.4fr) max-content minmax(8em, 1fr) max-content minmax(max-content, 0.3fr)
      max-content max-content;
    inline-size: 100%;
    border-spacing: 0;
  }
  table:focus-visible {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  thead,
  tbody,
  tr {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  thead {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface-alt);
    border-block-end: 1px solid var(--_border);
  }
  th,
  td {
    /* The sizer row sizes the columns; what a cell holds never widens its column. */
    contain: inline-size;
    min-inline-size: 0;
    padding-block: 0;
    padding-inline: 0.6em;
    text-align: start;
    line-height: 1.3;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  thead tr[aria-rowindex] {
    align-content: center;
    align-items: center;
    min-block-size: var(--_row-base);
    padding-block: var(--_space-xs);
    box-sizing: border-box;
  }
  tbody tr[aria-rowindex] {
    align-content: center;
    align-items: center;
    block-size: var(--_row);
    box-sizing: border-box;
    border-block-end: 1px solid var(--_border);
    cursor: pointer;
  }
  tbody tr[aria-rowindex]:hover {
    background: color-mix(in srgb, var(--_surface-alt) 60%, var(--_surface));
  }
  /*
   * The cells are placed by their place in the row, which is the columns' order: 1 Event, 2 Status,
   * 3 Message, 4 Activated, 5 Activated by, 6 Finished, 7 Type (a status has a class of its own, such as
   * "finished", so column classes would clash). Dates line up by their digits.
   */
  tr > :nth-child(4),
  tr > :nth-child(6) {
    font-variant-numeric: tabular-nums;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    max-inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 600;
    text-align: start;
    white-space: nowrap;
  }
  .sort .icon {
    margin-inline: 0.25em 0;
  }
  /* Every column's header and longest values, laid out but not seen (see the comment above). */
  tr.sizer {
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }
  tr.sizer td {
    contain: none;
    display: grid;
    block-size: 0;
  }
  /* The header with room for its sort arrow; a status with room for its icon, bold as a failure is. */
  tr.sizer .head {
    font-weight: 600;
    padding-inline-end: 1.3em;
  }
  tr.sizer .values {
    white-space: pre;
  }
  tr.sizer > :nth-child(2) .values {
    font-weight: 600;
    padding-inline-start: 1.45em;
  }
  tr[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  tr[aria-selected='true']:hover {
    background: color-mix(in srgb, var(--_accent) 18%, var(--_surface));
  }
  table:focus-visible tr[aria-selected='true'] {
    box-shadow:
      inset 3px 0 0 var(--_accent),
      inset 0 -2px 0 var(--_accent);
  }
  /* The mark sits at the row's start: on the right in a right-to-left page. */
  tr[aria-selected='true']:dir(rtl) {
    box-shadow: inset -3px 0 0 var(--_accent);
  }
  table:focus-visible tr[aria-selected='true']:dir(rtl) {
    box-shadow:
      inset -3px 0 0 var(--_accent),
      inset 0 -2px 0 var(--_accent);
  }
  tr.spacer > td {
    grid-column: 1 / -1;
    padding: 0;
  }
  .icon {
    flex: none;
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
    min-inline-size: 0;
  }
  .person .who {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /*
   * Two lines per row: Event over Message, Status over Type, Activated over Finished, and Activated by
   * beside them. The header row is folded the same way, so it labels both lines.
   */
  @container license (max-width: 80em) {
    table {
      grid-template-columns: minmax(11em, 2fr) minmax(max-content, 0.5fr) minmax(max-content, 0.5fr) minmax(max-content, 0.5fr);
    }
    .scroller {
      --_row: calc(var(--_row-base) + var(--_line));
    }
    tr > :nth-child(1),
    tr > :nth-child(2),
    tr > :nth-child(4) {
      grid-row: 1;
    }
    tr > :nth-child(3),
    tr > :nth-child(7),
    tr > :nth-child(6) {
      grid-row: 2;
      font-size: var(--_text-small);
    }
    tr > :nth-child(3),
    tr > :nth-child(7),
    tr > :nth-child(6) {
      color: var(--_muted);
    }
    tr > :nth-child(1),
    tr > :nth-child(3) {
      grid-column: 1;
    }
    tr > :nth-child(2),
    tr > :nth-child(7) {
      grid-column: 2;
    }
    tr > :nth-child(4),
    tr > :nth-child(6) {
      grid-column: 3;
    }
    tr > :nth-child(5) {
      grid-column: 4;
      grid-row: 1 / span 2;
      align-self: center;
    }
    tbody tr > :nth-child(1) {
      font-weight: 500;
    }
  }

  /*
   * Three lines: the name across the row, then Status and Activated, then Message. Who activated the
   * event, when it finishes and its type are in the Description pane.
   */
  @container license (max-width: 46em) {
    table {
      grid-template-columns: max-content minmax(0, 1fr);
    }
    .scroller {
      --_row: calc(var(--_row-base) + 2 * var(--_line));
    }
    th,
    td {
      padding-inline: 0.5em;
    }
    tr > :nth-child(1) {
      grid-column: 1 / -1;
      grid-row: 1;
    }
    tr > :nth-child(2) {
      grid-column: 1;
      grid-row: 2;
    }
    tr > :nth-child(4) {
      grid-column: 2;
      grid-row: 2;
    }
    tr > :nth-child(3) {
      grid-column: 1 / -1;
      grid-row: 3;
    }
    tr > :nth-child(2),
    tr > :nth-child(4) {
      font-size: var(--_text-small);
    }
    tr > :nth-child(5),
    tr > :nth-child(6),
    tr > :nth-child(7) {
      display: none;
    }
  }

  @media (forced-colors: active) {
    /* The selected row in the system's selection colours, whatever the page's colours are replaced by. */
    tbody tr[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    tbody tr[aria-selected='true'] :is(td, .status, .muted) {
      color: HighlightText;
    }
    tbody tr[aria-selected='true'] .avatar {
      forced-color-adjust: auto;
    }
    table:focus-visible tr[aria-selected='true'] {
      outline: 2px solid HighlightText;
      outline-offset: -4px;
    }
    thead {
      border-block-end-color: CanvasText;
    }
  }
`;

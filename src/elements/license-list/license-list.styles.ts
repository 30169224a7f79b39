import { css } from 'lit';

/**
 * The license list's styles. The first part (tables, counts, names, problems) is also what
 * `<license-detail>` and `<license-screen>`'s dialogs build on; the rest is scoped to the list's own
 * classes (`.owner`, `.list`, `table.licenses`); the summary strip's are in license-summary.styles.ts.
 */
export const licenseListStyles = css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space-s);
  }
  th,
  td {
    text-align: start;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  thead th {
    color: var(--_muted);
    font-size: var(--_text-small);
    font-weight: 600;
    vertical-align: bottom;
  }
  td.num,
  th.num {
    text-align: end;
  }
  th[scope='row'] {
    font-weight: normal;
  }
  .name {
    border: none;
    background: none;
    padding: 0;
    color: var(--_accent);
    font-weight: 500;
    text-align: start;
    text-decoration: none;
  }
  .name:hover {
    text-decoration: underline;
  }
  .description {
    color: var(--_muted);
  }
  .problem {
    display: block;
    color: var(--_danger);
    font-size: var(--_text-small);
    font-weight: 600;
  }
  .note {
    display: block;
    font-size: var(--_text-small);
  }
  .note.full {
    color: var(--_warning);
    font-weight: 600;
  }

  /* —— The list's own layout —— */
  .owner {
    margin-block-end: var(--_space-l);
  }
  .owner .section-title {
    margin-block-end: var(--_space-m);
  }
  .expiry .warning {
    display: block;
    font-size: var(--_text-small);
    font-weight: 600;
    color: var(--_warning);
  }
  .expiry.expired dd,
  .expiry.expired .warning {
    color: var(--_danger);
  }

  .list-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-l);
    margin-block-end: var(--_space-s);
  }
  .list-header .section-title {
    margin: 0;
  }
  .export {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    background: var(--_surface);
  }
  .icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .table-card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .licenses th,
  .licenses td {
    padding-block: var(--_space-m);
    padding-inline: var(--_space-l);
  }
  .licenses thead th {
    padding-block: var(--_space-s);
  }
  .licenses tbody:last-of-type tr:last-child > * {
    border-block-end: none;
  }
  .licenses tr.group th {
    padding-block: var(--_space-s);
    background: var(--_surface-alt);
    font-size: var(--_text-small);
    font-weight: 600;
  }
  .licenses .description {
    display: block;
    margin-block-start: var(--_space-xs);
    font-size: var(--_text-small);
  }
  .licenses .in-use {
    inline-size: 15em;
  }
  .licenses .count {
    inline-size: 7em;
  }
  /* Bar, then the number at the column's end, where the free and total numbers end too. */
  .usage {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-m);
  }
  .usage .usage-bar {
    flex: 1 1 auto;
    max-inline-size: 9em;
  }
  /* A row's bar is one element (license-row.ts): the fill is the gradient up to --_filled, drawn from the
     left as the SVG bars are; size and shape from .usage-bar in the shared styles. */
  span.usage-bar {
    --_fill: var(--_accent);
    background: linear-gradient(to right, var(--_fill) var(--_filled, 0%), var(--_border) 0);
  }
  span.usage-bar.near,
  span.usage-bar.full {
    --_fill: var(--_warning);
  }
  span.usage-bar.over {
    --_fill: var(--_danger);
  }
  .usage .used {
    min-inline-size: 2ch;
  }
  .licenses .in-use .problem,
  .licenses .in-use .note {
    margin-block-start: var(--_space-xs);
  }
  tr.over-assigned .usage .used {
    color: var(--_danger);
    font-weight: 600;
  }

  /* Narrow: each license is a block (name, description, then in use with its bar, free and total, each
     under its label); group headings stay. The table keeps its roles, set in the markup. */
  @container license (max-width: 48em) {
    .licenses,
    .licenses tbody,
    .licenses tr,
    .licenses th,
    .licenses td {
      display: block;
    }
    /* Out of sight, still read: each cell below names its column itself. */
    .licenses thead {
      position: absolute;
      clip-path: inset(50%);
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
    }
    /* Name and description; then in use with its bar (and its note); then free and total side by side.
       Each number follows its column's name, so the columns need no header row in sight. */
    .licenses tr.license {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_space-xs) var(--_space-l);
      padding-block: var(--_space-m);
      padding-inline: var(--_space-l);
      border-block-end: 1px solid var(--_border);
    }
    .licenses tbody:last-of-type tr.license:last-child {
      border-block-end: none;
    }
    .licenses tr.license > * {
      inline-size: auto;
      padding: 0;
      border: none;
      text-align: start;
    }
    .licenses tr.license > th,
    .licenses tr.license > td.in-use {
      grid-column: 1 / -1;
    }
    /* Each number's column name, set once on the table (license-list.ts). */
    .licenses td.in-use::before {
      content: var(--_label-in-use) / '';
    }
    .licenses td.count:nth-child(3)::before {
      content: var(--_label-free) / '';
    }
    .licenses td.count:nth-child(4)::before {
      content: var(--_label-total) / '';
    }
    .licenses td::before {
      margin-inline-end: var(--_space-s);
      color: var(--_muted);
      font-size: var(--_text-small);
    }
    .licenses td.in-use {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: var(--_space-s);
      margin-block-start: var(--_space-xs);
    }
    .licenses td.in-use .usage {
      flex: 1 1 8em;
    }
    .licenses td.in-use .problem,
    .licenses td.in-use .note {
      flex-basis: 100%;
    }
    /* A long word ("Unbegrenzt") moves under its label before it would break. */
    .licenses td.count {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      overflow-wrap: break-word;
    }
    /* The number first, then its bar filling the rest of the line. */
    .usage {
      display: grid;
      grid-template-columns: minmax(2ch, auto) minmax(0, 1fr);
    }
    .usage .used {
      order: -1;
    }
    .usage .usage-bar {
      max-inline-size: none;
    }
  }

  @media (forced-colors: active) {
    /* Forced colours drop gradients: the row bars draw theirs in system colours themselves. */
    span.usage-bar {
      forced-color-adjust: none;
      background: linear-gradient(to right, CanvasText var(--_filled, 0%), Canvas 0);
    }
    /* The bars are drawn in system colours; full and over-assigned keep their words, and their shapes. */
    .usage-bar.full,
    .usage-bar.over {
      border-width: 2px;
    }
    .usage-bar.over {
      border-style: dashed;
    }
    .name {
      color: LinkText;
    }
    .table-card {
      border-color: CanvasText;
    }
  }
`;

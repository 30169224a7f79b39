import { css } from 'lit';

/**
 * What only the activation dialog shows (the server's verdict, the table of changes): added to the
 * screen's styles when the dialog's code arrives, so the owner tab does not carry it.
 */
export const activationDialogStyles = css`
  /* Buttons that stay focusable while unavailable (a focused button that disables drops focus). */
  .verdict {
    margin-block: 0 var(--_space-m);
  }

  /* The table of changes: the license's name, then the three counts; the new total is the one that matters. */
  table.changes {
    margin-block-end: var(--_space-m);
  }
  table.changes caption {
    font-size: var(--_text-heading);
  }
  /* The names keep room to stay whole beside three counts (a name of any length still wraps). */
  table.changes thead th:first-child {
    inline-size: 40%;
  }
  table.changes :is(th, td) {
    padding-block: var(--_space-s);
  }
  table.changes td.new-total {
    font-weight: 600;
  }
  /* The dialog's license names are text, not the list's links. */
  dialog.activation .name {
    color: inherit;
    text-decoration: none;
  }
  tr.blocked th,
  tr.refused th,
  .blocked-reason,
  .verdict.refused {
    color: var(--_danger);
    font-weight: 600;
  }
  /* Narrow: each change stacks, its name over its counts, each count under its label. */
  @container dialog (max-width: 30em) {
    table.changes,
    table.changes tbody,
    table.changes tr,
    table.changes caption {
      display: block;
    }
    table.changes thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table.changes tbody tr {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: var(--_space-xs) var(--_space-s);
      padding-block: var(--_space-s);
      border-block-end: 1px solid var(--_border);
    }
    table.changes tbody :is(th, td) {
      display: block;
      padding: 0;
      border: none;
      text-align: start;
    }
    table.changes tbody th {
      grid-column: 1 / -1;
      font-weight: 600;
    }
    table.changes tbody td::before {
      content: attr(data-label) / '';
      display: block;
      color: var(--_muted);
      font-size: var(--_text-small);
      font-weight: normal;
    }
  }

`;

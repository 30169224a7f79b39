import { css } from 'lit';

/** The frame around the events table: title and toolbar, Description pane, the Add and Delete dialog (the table itself: event-table.styles.ts). */
export const systemEventsTableStyles = css`
  /* The description pane beside the table when both have room, below it otherwise. */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(18em, 26em);
    align-items: start;
    gap: var(--_space-l);
  }
  .events {
    min-inline-size: 0;
  }

  /* The title with the buttons at its end, then the filters and the count. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-m) var(--_space-l);
    margin-block-end: var(--_space-m);
  }
  .toolbar .title {
    flex: 1 1 auto;
    margin-block: 0;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
    flex: 1 1 100%;
    min-inline-size: 0;
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }
  .label {
    color: var(--_muted);
    font-size: var(--_text-small);
  }
  .search {
    flex: 0 1 18em;
  }
  /* On the line of the fields, not of their labels. */
  .count {
    line-height: 2.25em;
    color: var(--_muted);
  }
  select,
  input,
  textarea {
    font: inherit;
    box-sizing: border-box;
    max-inline-size: 100%;
    min-block-size: 2.25em;
    color: var(--license-color-text, CanvasText);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
  }
  .search input {
    inline-size: 100%;
  }
  .toolbar button {
    min-block-size: 2.25em;
  }
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: var(--_focus);
    outline-offset: 1px;
  }
  .muted {
    color: var(--_muted);
  }

  @container license (max-width: 112em) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @container license (max-width: 30em) {
    .filters > .field {
      flex: 1 1 100%;
    }
    .count {
      line-height: inherit;
    }
  }

  /* The Description pane: the selected event in full. */
  .description {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .description .section-title {
    margin-block-end: var(--_space-m);
  }
  .event-name {
    font-size: var(--_text-heading);
    font-weight: 600;
    margin-block: 0 var(--_space-s);
  }
  .description .notice {
    margin-block: var(--_space-m);
  }
  .text {
    white-space: pre-line;
    margin-block: 0 var(--_space-l);
  }
  .facts .text {
    margin: 0;
  }

  dialog {
    box-sizing: border-box;
    inline-size: min(30em, calc(100vw - 2em));
    max-inline-size: calc(100vw - 2em);
    /* A dialog is as wide as its content up to its maximum: a long word from data (an event name, a
       server's message) must break, or it widens the form past the dialog. */
    overflow-wrap: anywhere;
    padding: var(--_space-xl);
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.2);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  dialog form {
    display: grid;
    gap: var(--_space-l);
  }
  dialog .section-title {
    margin: 0;
  }
  dialog label {
    display: grid;
    gap: var(--_space-xs);
  }
  dialog :is(select, input, textarea) {
    inline-size: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-s);
  }
  .problem {
    margin: 0;
    color: var(--_danger);
  }
`;

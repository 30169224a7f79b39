import { css } from 'lit';

/** On top of the shared styles and the license list's (tables, counts, problems), which the dialogs reuse. */
export const licenseScreenStyles = css`
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  [role='tab'] {
    border: none;
    border-block-end: 3px solid transparent;
    border-radius: 0;
    background: none;
    padding-block: 0.5em;
    padding-inline: 1em;
    /* An owner's name of any length wraps inside the tab rather than widening the row of tabs. */
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--_accent);
    font-weight: 600;
  }
  [role='tabpanel'] {
    padding-block: 1em;
  }
  [role='tabpanel']:focus-visible {
    outline: var(--_focus);
  }
  .actions,
  .dialog-buttons,
  .dialog-close {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.6em;
  }
  .dialog-buttons,
  .dialog-close {
    justify-content: flex-end;
  }
  .primary:not(:disabled, [aria-disabled='true']) {
    background: var(--_accent);
    color: var(--_surface);
  }
  .outcome:not(:empty) {
    margin-block: 0.6em;
  }
  .outcome strong {
    color: var(--_ok);
  }
  dialog {
    inline-size: min(40em, 92vw);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  h2 {
    font-size: 1.2em;
    margin: 0;
  }
  .subtitle {
    color: var(--_muted);
  }
  /* Buttons that stay focusable while unavailable (a focused button that disables drops focus). */
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
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
`;

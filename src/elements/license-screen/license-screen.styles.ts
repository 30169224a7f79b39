import { css } from 'lit';

/**
 * On top of the shared styles and the license list's (tables, counts, problems), which the dialogs reuse:
 * the tab strip, the owner's toolbar and its outcome, and the dialogs.
 */
export const licenseScreenStyles = css`
  /* The tab strip scrolls sideways in its own region when the tabs do not fit (many add-ons, a narrow
     host); the selected tab is scrolled into it. Tabs never wrap onto a second row. */
  .tabs {
    display: flex;
    gap: var(--_space-xs);
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x proximity;
    scrollbar-width: thin;
    border-block-end: 1px solid var(--_border);
    margin-block-end: var(--_space-l);
  }
  /* Unselected tabs have no border at all, not a transparent one: in forced colours every border is drawn,
     and only the selected tab's may show. The padding stands in for it, so the tabs keep one height. */
  [role='tab'] {
    flex: none;
    scroll-snap-align: start;
    min-block-size: 2.75em;
    max-inline-size: 18em;
    border: none;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    color: var(--_muted);
    font-weight: 500;
    padding-block: var(--_space-s) calc(var(--_space-s) + 3px);
    padding-inline: var(--_space-l);
    /* An owner's name of any length stays on one line: the full name is its text, an ellipsis shows it is cut. */
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [role='tab']:hover {
    color: inherit;
    background: var(--_surface-alt);
  }
  [role='tab'][aria-selected='true'] {
    color: inherit;
    padding-block-end: var(--_space-s);
    border-block-end: 3px solid var(--_accent);
  }
  /* Drawn inside the tab: the strip's scrolling would clip a ring outside it. */
  [role='tab']:focus-visible {
    outline-offset: -3px;
  }
  [role='tabpanel']:focus-visible {
    outline: var(--_focus);
    outline-offset: 4px;
  }

  /* The owner's toolbar: one primary action, the others secondary; they wrap as whole buttons. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block-end: var(--_space-l);
  }
  .actions > :is(a, button) {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.5em;
    padding-inline: var(--_space-l);
  }
  .actions .icon {
    inline-size: 0.9em;
    block-size: 0.9em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Narrow: the actions one under another, each as wide as the panel, in the same order. */
  @container license (max-width: 30em) {
    .actions {
      flex-direction: column;
      align-items: stretch;
    }
    .actions > :is(a, button) {
      justify-content: center;
    }
  }
  /* The selected tab names its panel already: the list's and the status panel's own titles are kept for
     assistive technology only (the shared .visually-hidden cannot reach into their shadow roots; their
     parts can be styled from here). */
  license-list::part(title),
  status-panel::part(title) {
    position: absolute;
    clip-path: inset(50%);
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  /* The shared styles give button.primary its look; the shop is a link that may be the primary action too. */
  :is(a, button):not(.primary):hover {
    border-color: var(--_muted);
  }

  /* What the last activation or loaded file did: a banner that says so, which focus moves to after Activate. */
  .outcome:not(:empty) {
    display: block;
    margin-block: 0 var(--_space-l);
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .outcome:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .outcome:is(.activated, .loaded) {
    border-inline-start-color: var(--_ok);
  }
  .outcome:is(.activated, .loaded) strong {
    color: var(--_ok);
  }
  .outcome:is(.activated, .loaded) strong::before {
    content: '✓\\a0' / '';
  }
  .outcome.uploading::before {
    content: '';
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: var(--_space-s);
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    vertical-align: -0.1em;
    animation: spin 0.8s linear infinite;
  }

  /* Dialogs: as wide as their content wants up to a limit, never wider than the window; each is the
     container its own layout responds to. */
  dialog {
    box-sizing: border-box;
    inline-size: min(40em, 100% - 2 * var(--_space-s));
    max-inline-size: none;
    max-block-size: calc(100% - 2 * var(--_space-l));
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.25);
    container: dialog / inline-size;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog.detail {
    padding: var(--_space-l);
  }
  dialog h2 {
    font-size: var(--_text-title);
    font-weight: 600;
    line-height: 1.25;
    margin: 0;
  }
  .dialog-head {
    padding: var(--_space-l) var(--_space-l) 0;
  }
  .dialog-body {
    padding: var(--_space-m) var(--_space-l);
  }
  .dialog-body > :first-child {
    margin-block-start: 0;
  }
  .subtitle {
    color: var(--_muted);
    margin-block: var(--_space-xs) 0;
  }
  .dialog-buttons,
  .dialog-close {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-s);
  }
  .dialog-buttons {
    padding: var(--_space-m) var(--_space-l);
    border-block-start: 1px solid var(--_border);
    background: var(--_surface-alt);
  }
  .dialog-close {
    margin-block-end: var(--_space-s);
  }
  .dialog-buttons button {
    min-block-size: 2.5em;
    padding-inline: var(--_space-l);
  }
  @media (forced-colors: active) {
    /* The selected tab keeps its line in the system's highlight colour; the others have none to lose. */
    [role='tab'][aria-selected='true'] {
      border-block-end-color: Highlight;
    }
    .outcome:not(:empty) {
      border-inline-start-width: 4px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .outcome.uploading::before {
      animation: none;
    }
  }
`;

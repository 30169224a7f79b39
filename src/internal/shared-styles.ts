/**
 * Styles all elements share. Colours are custom properties with fallbacks; the fallbacks use
 * `light-dark()`, which follows the `color-scheme` the host page sets (inherited, deliberately not set
 * here), so the elements turn dark exactly when the page around them does.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    display: block;
    font: inherit;
    /* Text from data may be one unbroken word of any length: it wraps inside its box, never widens the page. */
    overflow-wrap: break-word;
    min-inline-size: 0;
    color: var(--license-color-text, CanvasText);
    --_muted: var(--license-color-muted, light-dark(#5b6472, #a9b1bd));
    --_border: var(--license-color-border, light-dark(#d5d9e0, #3d4450));
    --_accent: var(--license-color-accent, light-dark(#0a5fb4, #7db7f5));
    --_danger: var(--license-color-danger, light-dark(#b3261e, #ff8a80));
    --_warning: var(--license-color-warning, light-dark(#8a5300, #ffc266));
    --_ok: var(--license-color-ok, light-dark(#1e6b34, #7fd69b));
    --_surface: var(--license-color-surface, light-dark(#ffffff, #1d2026));
    --_surface-alt: var(--license-color-surface-alt, light-dark(#f4f6f9, #262a31));
    --_radius: var(--license-radius, 0.375em);
    --_focus: var(--license-focus-ring, 2px solid var(--_accent));
  }
  :host([hidden]) {
    display: none;
  }
  .content {
    display: contents;
  }
  /* A cell, a fact or a heading of data keeps its own direction (a right-to-left name, an override
     character) to itself. */
  td,
  th,
  dd,
  li,
  caption,
  h2,
  h3,
  bdi {
    unicode-bidi: isolate;
  }
  /* A table cell grows to its longest word unless the word may break anywhere; numbers and their notes
     keep whole words. */
  td:not(.num),
  th:not(.num),
  dd,
  caption {
    overflow-wrap: anywhere;
  }
  button,
  a.button {
    font: inherit;
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: inherit;
    padding-block: 0.3em;
    padding-inline: 0.8em;
    text-decoration: none;
  }
  button:focus-visible,
  a:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .state {
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .state p {
    margin-block: 0.4em 0.8em;
  }
  .state.error {
    border-color: var(--_danger);
  }
  .state.error strong {
    color: var(--_danger);
  }
  .notice {
    display: flex;
    gap: 1em;
    align-items: center;
    justify-content: space-between;
    padding-block: 0.5em;
    padding-inline: 0.8em;
    margin-block-end: 0.8em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface-alt);
  }
  .notice.rejected ul {
    margin-block: 0.3em 0;
    padding-inline-start: 1.2em;
  }
  .technical {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .spinner {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: 0.5em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    vertical-align: -0.1em;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

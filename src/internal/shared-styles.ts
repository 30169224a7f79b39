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
    --_on-accent: var(--license-color-on-accent, light-dark(#ffffff, #0b1a2b));
    --_shadow: var(--license-shadow, 0 1px 2px rgb(0 0 0 / 0.08));
    /* One spacing step, multiplied below: a host makes every element denser or roomier with one property. */
    --_space: var(--license-space, 1em);
    --_space-xs: calc(var(--_space) * 0.25);
    --_space-s: calc(var(--_space) * 0.5);
    --_space-m: calc(var(--_space) * 0.75);
    --_space-l: var(--_space);
    --_space-xl: calc(var(--_space) * 1.5);
    --_space-xxl: calc(var(--_space) * 2);
    /* The type scale: element title, section heading, body (inherited), small print. */
    --_text-title: var(--license-font-size-title, 1.375em);
    --_text-heading: var(--license-font-size-heading, 1.125em);
    --_text-small: var(--license-font-size-small, 0.875em);
  }
  :host([hidden]) {
    display: none;
  }
  /* The wrapper of every element's content is the container its layout responds to: hosts put the
     elements in side panels and dialogs, so the window's width says nothing about theirs. */
  .content {
    display: block;
    container: license / inline-size;
    /* A size container has no width of its own: in a layout that sizes by content (a flex item, an
       inline-block, a dialog that fits its content) it would be 0 wide without this. */
    contain-intrinsic-inline-size: var(--license-intrinsic-width, 20em);
  }
  .title {
    font-size: var(--_text-title);
    font-weight: 600;
    line-height: 1.25;
    margin-block: 0 var(--_space-l);
  }
  .section-title {
    font-size: var(--_text-heading);
    font-weight: 600;
    line-height: 1.3;
    margin-block: 0 var(--_space-s);
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: var(--_space-l);
  }
  /* Facts as label-over-value pairs in as many columns as fit: a facts panel, not a two-column list. */
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: var(--_space-m) var(--_space-xl);
    margin: 0;
  }
  .facts > div {
    display: grid;
    gap: var(--_space-xs);
    align-content: start;
  }
  .facts dt {
    color: var(--_muted);
    font-size: var(--_text-small);
  }
  .facts dd {
    margin: 0;
    font-weight: 500;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  /* Usage bars (usage-bar.ts): decorative, the numbers beside them are the text. */
  .usage-bar {
    display: block;
    inline-size: 100%;
    block-size: 0.375em;
    border-radius: 0.375em;
    overflow: hidden;
  }
  .usage-bar .track {
    fill: var(--_border);
  }
  .usage-bar .fill {
    fill: var(--_accent);
  }
  .usage-bar.near .fill,
  .usage-bar.full .fill {
    fill: var(--_warning);
  }
  .usage-bar.over .fill {
    fill: var(--_danger);
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
  /* One primary action per view; destructive actions read as such before they are pressed. */
  button.primary:not(:disabled, [aria-disabled='true']),
  a.button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  button.danger {
    background: transparent;
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button:focus-visible,
  a:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  /* Unavailable buttons that keep focus (aria-disabled) look like disabled ones. */
  button:disabled,
  button[aria-disabled='true'] {
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
  @media (forced-colors: active) {
    /* System colours replace ours: keep the primary action and the bars' meaning by shape. */
    button.primary,
    a.button.primary {
      border-width: 2px;
    }
    button:disabled,
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    .usage-bar {
      border: 1px solid CanvasText;
    }
    .usage-bar .track {
      fill: Canvas;
    }
    .usage-bar .fill,
    .usage-bar:is(.near, .full, .over) .fill {
      fill: CanvasText;
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

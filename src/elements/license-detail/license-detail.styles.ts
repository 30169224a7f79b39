import { css } from 'lit';

/** On top of the license list's styles, which give the tables, names, counts, notes and problems. */
export const licenseDetailStyles = css`
  .heading {
    margin-block-end: var(--_space-l);
  }
  .heading .title {
    margin-block-end: var(--_space-xs);
  }
  .heading p {
    margin: 0;
  }
  .heading .tooltip {
    font-size: var(--_text-small);
  }
  /* In use, free and total: the headline figures, the bar under them. */
  .counts {
    display: grid;
    gap: var(--_space-m);
    margin-block-end: var(--_space-l);
  }
  /* Always three figures side by side; the other facts take as many columns as fit, two at 360 px. */
  .counts .facts {
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: var(--_space-m);
  }
  .detail-facts {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
  }
  .counts dd {
    font-size: var(--_text-heading);
    font-weight: 600;
  }
  .counts dd .problem,
  .counts dd .note {
    font-size: var(--_text-small);
  }
  /* The thick edge of a state takes its width from the padding, so the figures stay where they were. */
  .counts:is(.over, .full) {
    padding-inline-start: calc(var(--_space-l) - 3px);
  }
  .counts.over {
    border-inline-start: 4px solid var(--_danger);
  }
  .counts.full {
    border-inline-start: 4px solid var(--_warning);
  }
  .counts.over .facts > div:first-child dd {
    color: var(--_danger);
  }
  .section {
    margin-block-start: var(--_space-xl);
  }
  .includes {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .includes li {
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-size: var(--_text-small);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .pending {
    margin-block-start: var(--_space-xl);
    padding-block: var(--_space-m);
    padding-inline: var(--_space-l);
    border-inline-start: 4px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .pending.blocked {
    border-inline-start-color: var(--_danger);
  }
  .callout-title {
    font-size: 1em;
    font-weight: 600;
    margin-block: 0 var(--_space-xs);
  }
  .pending p {
    margin: 0;
  }
  .users {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: var(--_space-s) var(--_space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .users li {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-inline-size: 0;
  }
  /* A flex item is as wide as its longest word unless told otherwise: a long name wraps beside the portrait. */
  .users li > span {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .history {
    margin-block-start: var(--_space-xl);
  }
  .history caption.section-title {
    font-size: var(--_text-heading);
    padding-block-end: var(--_space-s);
  }
  .history th:first-child,
  .history td:first-child {
    padding-inline-start: 0;
  }
  .history th:first-child {
    inline-size: 9em;
  }
  .history th.num {
    inline-size: 6em;
  }
  .history td:not(.num) {
    color: var(--_muted);
  }
  .history td:first-child {
    color: inherit;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .counts,
    .pending {
      border-color: CanvasText;
    }
  }
`;

import { css } from 'lit';

/** The summary strip before the license list (license-summary.ts). */
export const licenseSummaryStyles = css`
  /* The figures before the table: one tile each, as many side by side as fit. */
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_space-m);
    margin-block: 0 var(--_space-xl);
    margin-inline: 0;
  }
  .tile {
    display: grid;
    align-content: start;
    gap: var(--_space-xs);
    min-inline-size: 0;
    padding-block: var(--_space-m);
    padding-inline: var(--_space-l);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .tile dt {
    color: var(--_muted);
    font-size: var(--_text-small);
  }
  .tile dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .tile .figure {
    display: grid;
    gap: var(--_space-s);
    font-size: var(--_text-heading);
    font-weight: 600;
    line-height: 1.3;
  }
  .tile .figure .usage-bar {
    margin-block-start: var(--_space-xs);
  }
  .tile .sub {
    color: var(--_muted);
    font-size: var(--_text-small);
  }
  .tile.assignments .figure,
  .tile.validity .figure {
    display: block;
  }
  .tile.calm .figure {
    font-weight: 500;
  }
  .tile.calm .sign {
    color: var(--_ok);
  }
  /* A state's thick edge takes its width from the padding, so the tiles' text stays aligned. */
  .tile:is(.over, .expired, .full, .expiring) {
    padding-inline-start: calc(var(--_space-l) - 3px);
  }
  .tile.over,
  .tile.expired {
    border-inline-start: 4px solid var(--_danger);
  }
  .tile.over .figure,
  .tile.expired .figure {
    color: var(--_danger);
  }
  .tile.full,
  .tile.expiring {
    border-inline-start: 4px solid var(--_warning);
  }
  .tile.expiring .figure {
    color: var(--_warning);
  }
  @container license (max-width: 36em) {
    /* The figures join into one panel instead of three cards in a column. */
    .summary {
      gap: 0;
    }
    .tile {
      border-radius: 0;
      box-shadow: none;
      padding-block: var(--_space-s);
    }
    .tile + .tile {
      margin-block-start: -1px;
    }
    .tile:first-child {
      border-start-start-radius: var(--_radius);
      border-start-end-radius: var(--_radius);
    }
    .tile:last-child {
      border-end-start-radius: var(--_radius);
      border-end-end-radius: var(--_radius);
    }
  }
  @media (forced-colors: active) {
    .tile {
      border-color: CanvasText;
    }
  }
`;

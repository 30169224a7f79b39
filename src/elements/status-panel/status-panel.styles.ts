import { css } from 'lit';

// One rule per line: css`` text ships as written, and the library has a size budget.
export const statusPanelStyles = css`
  section { margin-block-end: 1.2em; }
  h3 { font-size: 1.05em; margin-block: 0 0.4em; }
  h4 { font-size: 1em; margin-block: 0 0.3em; }
  p, ul { margin-block: 0 0.6em; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin-block: 0 0.8em; }
  dl > div { display: contents; }
  dt, .month, .note, .axis { color: var(--_muted); }
  dd { margin: 0; }
  system-events-table:defined + .events-note { display: none; }
  /* In a service card the labels are long and the figures short: figures keep their unit on one line. */
  .service dl { grid-template-columns: 1fr auto; }
  .service dd { white-space: nowrap; text-align: end; font-variant-numeric: tabular-nums; }
  ul { list-style: none; padding: 0; }
  .flag, .count { margin-inline-start: 0.5em; }
  .expiring .flag, .warning :is(.flag, .count), .forecast-over .alert { color: var(--_warning); }
  .expired dd, .blocked :is(.flag, .count), .over .alert { color: var(--_danger); font-weight: 600; }
  .meter { display: block; inline-size: min(20em, 100%); block-size: 0.5em; fill: var(--_border); }
  .meter .fill { fill: var(--_accent); }
  .warning .fill { fill: var(--_warning); }
  .blocked .fill { fill: var(--_danger); }
  dialog { inline-size: min(64em, 100% - 2em); border: 1px solid var(--_border); border-radius: var(--_radius);
    background: var(--_surface); color: inherit; }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
  .head, .axis { display: flex; justify-content: space-between; align-items: baseline; }
  .services { display: grid; grid-template-columns: repeat(auto-fill, minmax(19em, 1fr)); gap: 1em; align-items: start; }
  .service { margin: 0; padding: 0.75em; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .chart { display: block; inline-size: 100%; block-size: 6em; border-block-end: 1px solid var(--_border); }
  .bar, .key { fill: var(--license-chart-bar, var(--_accent)); background: var(--license-chart-bar, var(--_accent)); }
  .bar.over { fill: var(--license-chart-over, var(--_danger)); }
  .limit, .forecast { fill: none; stroke-width: 2; stroke-dasharray: 4 3; background: none;
    stroke: var(--license-chart-threshold, currentColor); border: 0 dashed var(--license-chart-threshold, currentColor); }
  .forecast { stroke: var(--license-chart-forecast, var(--_muted)); border-color: var(--license-chart-forecast, var(--_muted)); }
  .axis { font-size: 0.8em; flex-wrap: wrap; }
  .legend { order: 1; inline-size: 100%; }
  .key { display: inline-block; inline-size: 0.8em; block-size: 0.6em; margin-inline: 0.5em 0.25em; border-width: 2px 0 0; }
  .key.forecast { border-width: 1px; }
  table { inline-size: 100%; border-collapse: collapse; }
  caption, th, td { text-align: start; font-weight: normal; white-space: nowrap; padding: 0.2em 0.3em; border-block-end: 1px solid var(--_border); }
  .num { text-align: end; font-variant-numeric: tabular-nums; }
`;

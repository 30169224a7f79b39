import { css } from 'lit';

// One rule per line: css`` text ships as written, and the library has a size budget.
export const statusPanelStyles = css`
  section { margin-block-end: 1.2em; }
  h3 { font-size: 1.05em; margin-block: 0 0.4em; }
  h4 { font-size: 1em; margin-block: 0 0.3em; }
  p, ul { margin-block: 0 0.6em; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin-block: 0 0.8em; }
  dl > div { display: contents; }
  /* The legend keeps the text colour: its threshold key is drawn in currentColor, as the chart's line is. */
  dt, .month, .note, .axis > :not(.legend) { color: var(--_muted); }
  dd { margin: 0; }
  system-events-table:defined + .events-note, system-events-table[hidden] { display: none; }
  /* In a service card the labels are long and the figures short: figures keep their unit on one line. */
  .service dl { grid-template-columns: 1fr auto; }
  .service dd { white-space: nowrap; text-align: end; font-variant-numeric: tabular-nums; }
  ul { list-style: none; padding: 0; }
  .flag, .count { margin-inline-start: 0.5em; }
  .expiring .flag, .forecast-over .alert { color: var(--_warning); }
  /* The product's rule: from 85 % a restriction is red (with a warning icon), at 100 % red and blocked. */
  .expired dd, :is(.warning, .blocked) :is(.flag, .count), .over .alert { color: var(--_danger); font-weight: 600; }
  [part='restriction'] .usage-bar { inline-size: min(20em, 100%); }
  dialog { inline-size: min(64em, 100% - 2em); border: 1px solid var(--_border); border-radius: var(--_radius);
    background: var(--_surface); color: inherit; }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
  .head, .axis { display: flex; justify-content: space-between; align-items: baseline; }
  .services { display: grid; grid-template-columns: repeat(auto-fill, minmax(19em, 1fr)); gap: 1em; align-items: start; }
  .service { margin: 0; padding: 0.75em; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .basis { font-size: 0.85em; color: var(--_muted); }
  /* The y-axis values sit in their own column; the plot is 6em high and its ticks evenly spaced. */
  .plot { display: grid; grid-template-columns: auto 1fr; column-gap: 0.3em; }
  .y-axis { display: flex; flex-direction: column-reverse; justify-content: space-between; font-size: 0.75em;
    line-height: 1em; block-size: 9em; margin-block: -0.5em; text-align: end; color: var(--_muted); font-variant-numeric: tabular-nums; }
  .forecast-tick { font-style: italic; }
  .chart { display: block; inline-size: 100%; block-size: 6em; border-block-end: 1px solid var(--_border); }
  .plot .axis { grid-column: 2; }
  .grid { stroke: var(--_border); stroke-width: 1; opacity: 0.6; }
  .forecast-band { fill: var(--license-chart-forecast, var(--_muted)); opacity: 0.08; }
  .bar { fill: var(--license-chart-bar, var(--_accent)); }
  .bar.over { fill: var(--license-chart-over, var(--_danger)); }
  .limit { fill: none; stroke-width: 2; stroke-dasharray: 4 3; stroke: var(--license-chart-threshold, currentColor); }
  .forecast, .forecast-range { fill: none; stroke-width: 1.5; stroke-dasharray: 3 2; stroke: var(--license-chart-forecast, var(--_muted)); }
  .forecast-range { stroke-dasharray: none; }
  .forecast-clipped { fill: var(--license-chart-forecast, var(--_muted)); }
  .axis { font-size: 0.8em; flex-wrap: wrap; }
  .legend { order: 1; inline-size: 100%; display: flex; flex-wrap: wrap; gap: 0.2em 0.8em; }
  .key { display: inline-block; inline-size: 1.2em; block-size: 0.8em; margin-inline-end: 0.3em; vertical-align: middle; overflow: visible; }
  table { inline-size: 100%; border-collapse: collapse; }
  caption, th, td { text-align: start; font-weight: normal; white-space: nowrap; padding: 0.2em 0.3em; border-block-end: 1px solid var(--_border); }
  .num { text-align: end; font-variant-numeric: tabular-nums; }
`;

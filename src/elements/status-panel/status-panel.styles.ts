import { css } from 'lit';

// One rule per line: css`` text ships as written, and the library has a size budget.
export const statusPanelStyles = css`
  section { margin: 0; }
  h4 { font-size: 1em; margin-block: 0 var(--_space-xs); }
  p, ul { margin-block: 0 var(--_space-s); }
  dd { margin: 0; }
  /* Cards in one column; from 44em the plan and the metered services side by side, the database above both. */
  .overview { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space-l); margin-block-end: var(--_space-xl); }
  .overview > section { display: flex; flex-direction: column; min-inline-size: 0; }
  @container license (min-width: 44em) {
    .overview { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    .overview > :not([part=plan], [part=metered]), .overview:not(:has([part=plan])) > [part=metered] { grid-column: 1 / -1; }
  }
  .card > :last-child { margin-block-end: 0; }
  /* At most four facts to a row, so seven make two balanced rows; one under another when narrow. */
  .facts { grid-template-columns: repeat(auto-fill, minmax(min(100%, max(11em, (100% - 3 * var(--_space-xl)) / 4)), 1fr)); }
  .facts .flag { display: block; font-size: var(--_text-small); margin-block-start: var(--_space-xs); }
  .label { color: var(--_muted); font-size: var(--_text-small); font-weight: 600; }
  .note, .month, .axis > :not(.legend) { color: var(--_muted); }
  .section-actions { display: flex; flex-wrap: wrap; gap: var(--_space-s); margin-block-start: auto; padding-block-start: var(--_space-s); }
  .section-actions button { min-block-size: 2.5em; padding-inline: var(--_space-l); }
  system-events-table:defined + .events-note, system-events-table[hidden] { display: none; }
  /* Inside System messages the events table's title is a sub-heading, not a second page title. */
  system-events-table::part(title) { font-size: 1em; }
  /* A restriction: its name and count on one line, the bar under them, the flag under the bar. */
  .restrictions { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--_space-s); }
  .restrictions li { display: grid; grid-template-columns: minmax(0, 1fr) auto; align-items: baseline; gap: var(--_space-xs) var(--_space-m);
    padding: var(--_space-s) var(--_space-m); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface-alt); }
  .restrictions .usage-bar { grid-column: 1 / -1; grid-row: 2; }
  .restrictions .flag { grid-column: 1 / -1; grid-row: 3; font-size: var(--_text-small); }
  .restrictions .count { white-space: nowrap; }
  .restrictions li:is(.warning, .blocked) { border-inline-start: 4px solid var(--_danger); }
  .expiring .flag, .forecast-over .alert { color: var(--_warning); }
  /* The product's rule: from 85 % a restriction is red (with a warning icon), at 100 % red and blocked. */
  .expired dd, :is(.warning, .blocked) :is(.flag, .count), .over .alert { color: var(--_danger); font-weight: 600; }
  /* The dashboard: a dialog as wide as its cards want, never wider than the window. */
  dialog { box-sizing: border-box; inline-size: min(64em, 100% - 2 * var(--_space-s)); max-inline-size: none; max-block-size: calc(100% - 2 * var(--_space-l));
    padding: var(--_space-l); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: inherit;
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.25); container: dashboard / inline-size; }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
    /* The title and Close on one line; where a long word would have to break beside it, Close moves under it. */
  .head { display: flex; flex-wrap: wrap; align-items: flex-start; gap: var(--_space-s) var(--_space-l); margin-block-end: var(--_space-m); }
  .head h3 { flex: 1 1 min(100%, 15em); font-size: var(--_text-title); font-weight: 600; line-height: 1.25; margin: 0; }
  .head button { flex: none; margin-inline-start: auto; }
  .services { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 19em), 1fr)); gap: var(--_space-l); margin-block-start: var(--_space-l); }
  /* A service card: name, month, figures, then the chart at the bottom, so the charts of a row line up. */
  .service { display: flex; flex-direction: column; margin: 0; padding: var(--_space-m); border: 1px solid var(--_border); border-radius: var(--_radius);
    background: var(--_surface); box-shadow: var(--_shadow); min-inline-size: 0; }
  .service h4 { font-size: var(--_text-heading); font-weight: 600; }
  .service dl { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: var(--_space-xs) var(--_space-m); margin-block: var(--_space-s); }
  .service dl > div { display: contents; }
  .service dt { color: var(--_muted); }
  /* In a service card the labels are long and the figures short: figures keep their unit on one line. */
  .service dd { white-space: nowrap; text-align: end; font-variant-numeric: tabular-nums; font-weight: 500; }
  .service .plot { margin-block-start: auto; padding-block-start: var(--_space-s); }
  .service.over { border-color: var(--_danger); }
  .basis { font-size: var(--_text-small); color: var(--_muted); }
  .alert { font-size: var(--_text-small); }
  /* The y-axis values sit in their own column; the plot is 6em high and its ticks evenly spaced. */
  .plot { display: grid; grid-template-columns: auto minmax(0, 1fr); column-gap: 0.3em; }
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
  .axis { display: flex; justify-content: space-between; align-items: baseline; font-size: 0.8em; flex-wrap: wrap; }
  .legend { order: 1; inline-size: 100%; display: flex; flex-wrap: wrap; gap: 0.2em 0.8em; }
  .key { display: inline-block; inline-size: 1.2em; block-size: 0.8em; margin-inline-end: 0.3em; vertical-align: middle; overflow: visible; }
  details { margin-block-start: var(--_space-s); }
  summary { cursor: pointer; }
  .table-scroll { overflow-x: auto; margin-block-start: var(--_space-xs); }
  .table-scroll:focus-visible { outline: var(--_focus); }
  table { inline-size: 100%; border-collapse: collapse; font-size: var(--_text-small); }
  caption, th, td { text-align: start; font-weight: normal; white-space: nowrap; padding: 0.3em 0.4em; border-block-end: 1px solid var(--_border); }
  caption { padding-inline: 0; }
  thead th { color: var(--_muted); font-weight: 600; }
  .num { text-align: end; font-variant-numeric: tabular-nums; }
  /* In forced colours the bar is drawn in the text colour at every level (the shared rule for it loses to the
     level colours' more specific ones); the count and the flag say the level. */
`;

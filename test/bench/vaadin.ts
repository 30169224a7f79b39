/** Benchmark page for @vaadin/grid with the same columns and rows, measured the same way. */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import type { Grid } from '@vaadin/grid';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import type { SystemEvent } from '../../src/data/schema.js';
import { laidOutAfter, paintedAfter, report, rowCount, sampleEvents, settle, type Sample } from './measure.js';

const COLUMNS: [string, string][] = [
  ['name', 'Event'],
  ['status', 'Status'],
  ['message', 'Message'],
  ['activated', 'Activated'],
  ['activatedBy.name', 'Activated by'],
  ['finished', 'Finished'],
  ['scope', 'Type'],
];

report(async (): Promise<Sample> => {
  const data = sampleEvents(rowCount());
  await settle(1000);

  // A mark for profiles (Chromium tracing, category blink.user_timing): where the first render starts.
  performance.mark('bench-start');
  let start = performance.now();
  const grid = document.createElement('vaadin-grid') as Grid<SystemEvent>;
  grid.style.height = '24em';
  for (const [path, header] of COLUMNS) {
    const column = document.createElement('vaadin-grid-column') as GridColumn<SystemEvent>;
    column.path = path;
    column.header = header;
    grid.append(column);
  }
  grid.items = data;
  document.body.append(grid);
  // The cells' text is in the grid's light DOM (slotted into its shadow rows).
  const shows = (text: string | undefined) => () =>
    [...grid.querySelectorAll('vaadin-grid-cell-content')].some((cell) => cell.textContent === text);
  const firstLayout = await laidOutAfter(start, shows(data[0]?.name), [grid]);
  const first = await paintedAfter(start, shows(data[0]?.name));

  // As in budgets.md: the sorted copy is made outside the clock, then assigned.
  await settle(500);
  const collator = new Intl.Collator('en', { numeric: true });
  const sortedCopy = [...data].sort((a, b) => collator.compare(a.name, b.name));
  await settle(300);
  start = performance.now();
  grid.items = sortedCopy;
  const sortedLayout = await laidOutAfter(start, shows(sortedCopy[0]?.name), [grid]);
  const sorted = await paintedAfter(start, shows(sortedCopy[0]?.name));
  return { first, sorted, layout: { first: firstLayout, sorted: sortedLayout } };
});

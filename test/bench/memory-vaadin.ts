/**
 * The memory reference: @vaadin/grid with the same data, sorted by every column (its sort columns, the
 * array data provider) and then showing a searched copy, as an application would filter for it. Heap
 * measured as test/bench/interactions.ts does for ours.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import type { Grid } from '@vaadin/grid';
import type { GridSortColumn } from '@vaadin/grid/vaadin-grid-sort-column.js';
import type { SystemEvent } from '../../src/data/schema.js';
import { rowCount, sampleEvents, settle } from './measure.js';

const PATHS = ['name', 'status', 'message', 'activated', 'activatedBy.id', 'finished', 'scope'];

async function heap(): Promise<number> {
  for (let i = 0; i < 3; i++) await settle(200);
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

async function run() {
  const empty = await heap();
  // As the endpoint delivers them: parsed JSON, whose strings are flat (the fixtures build joined ones,
  // which the first sort or search would flatten, growing the data itself).
  let data: SystemEvent[] | undefined = JSON.parse(JSON.stringify(sampleEvents(rowCount()))) as SystemEvent[];
  const withData = await heap();
  const grid = document.createElement('vaadin-grid') as Grid<SystemEvent>;
  grid.style.height = '30em';
  const columns = PATHS.map((path) => {
    const column = document.createElement('vaadin-grid-sort-column') as GridSortColumn<SystemEvent>;
    column.path = path;
    grid.append(column);
    return column;
  });
  grid.items = data;
  document.body.append(grid);
  await settle(300);
  for (const column of columns) {
    for (const other of columns) other.direction = null;
    column.direction = 'asc';
    await settle(300);
  }
  // The application keeps the full list to search it again, as our table keeps it.
  const all = data;
  (window as unknown as { events: unknown }).events = all;
  grid.items = all.filter((event) => [event.name, event.key, event.message, event.description, event.activatedBy?.name].some((field) => field?.toLowerCase().includes('rebuild #9')));
  data = undefined;
  await settle(300);
  const after = await heap();
  window.benchResult = { data: withData - empty, after: after - empty, ratio: (after - empty) / (withData - empty) } as unknown as typeof window.benchResult;
}

run().catch((error: unknown) => (window.benchResult = { error: String(error) }));

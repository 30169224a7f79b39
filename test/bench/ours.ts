/** Benchmark page for <system-events-table>: first render, a first sort, and the re-render of a known order. */
import '../../src/elements/system-events-table/define.js';
import { laidOutAfter, paintedAfter, report, rowCount, sampleEvents, settle, type Sample } from './measure.js';

report(async (): Promise<Sample> => {
  const data = sampleEvents(rowCount());
  await settle(1000);

  // A mark for profiles (Chromium tracing, category blink.user_timing): where the first render starts.
  performance.mark('bench-start');
  let start = performance.now();
  const table = document.createElement('system-events-table');
  table.events = data;
  document.body.append(table);
  await table.updateComplete;
  const root = table.shadowRoot as ShadowRoot;
  const firstCell = () => root.querySelector('tbody tr[aria-rowindex="2"] td')?.textContent ?? '';
  const shows = (name: string | undefined) => () => firstCell() === name;
  const firstLayout = await laidOutAfter(start, shows(data[0]?.name), [root]);
  const first = await paintedAfter(start, shows(data[0]?.name));

  // Sorting by Event (text, the slowest kind: locale collation) the first time computes the order.
  const button = root.querySelector<HTMLButtonElement>('th.name button');
  if (!button) throw new Error('no sort button');
  await settle(500);
  let before = firstCell();
  const changed = () => firstCell() !== before;
  start = performance.now();
  button.click();
  await table.updateComplete;
  const sortColdLayout = await laidOutAfter(start, changed, [root]);
  const sortCold = await paintedAfter(start, changed);

  // The second click shows the same order descending: no sorting, only the re-render.
  await settle(500);
  before = firstCell();
  start = performance.now();
  button.click();
  await table.updateComplete;
  const sortedLayout = await laidOutAfter(start, changed, [root]);
  const sorted = await paintedAfter(start, changed);
  return { first, sortCold, sorted, layout: { first: firstLayout, sortCold: sortColdLayout, sorted: sortedLayout } };
});

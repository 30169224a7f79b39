/** Benchmark page for <system-events-table>: first render, a first sort, and the re-render of a known order. */
import '../../src/elements/system-events-table/define.js';
import { paintedAfter, report, rowCount, sampleEvents, settle } from './measure.js';

report(async () => {
  const data = sampleEvents(rowCount());
  await settle(1000);

  let start = performance.now();
  const table = document.createElement('system-events-table');
  table.events = data;
  document.body.append(table);
  await table.updateComplete;
  const root = table.shadowRoot as ShadowRoot;
  const firstCell = () => root.querySelector('tbody tr[aria-rowindex="2"] td')?.textContent ?? '';
  const first = await paintedAfter(start, () => firstCell() === data[0]?.name);

  // Sorting by Event (text, the slowest kind: locale collation) the first time computes the order.
  const button = root.querySelector<HTMLButtonElement>('th.name button');
  if (!button) throw new Error('no sort button');
  await settle(500);
  let before = firstCell();
  start = performance.now();
  button.click();
  await table.updateComplete;
  const sortCold = await paintedAfter(start, () => firstCell() !== before);

  // The second click shows the same order descending: no sorting, only the re-render.
  await settle(500);
  before = firstCell();
  start = performance.now();
  button.click();
  await table.updateComplete;
  const sorted = await paintedAfter(start, () => firstCell() !== before);
  return { first, sortCold, sorted };
});

/** Benchmark page for <license-list> with 500 licenses given in memory (no endpoint: nothing is fetched). */
import '../../src/elements/license-list/define.js';
import { BENCH_NOW, sampleLicenses } from './list-data.js';
import { forceLayout, paintedAfter, report, rowCount, settle } from './measure.js';
import type { ListSample } from './list-plain.js';

report(async (): Promise<ListSample> => {
  const licenses = sampleLicenses(rowCount());
  const last = licenses.owners[0]?.modules.at(-1)?.name;
  await settle(1000);

  performance.mark('bench-start');
  const start = performance.now();
  const list = document.createElement('license-list');
  list.now = BENCH_NOW;
  list.licenses = licenses;
  document.body.append(list);
  await list.updateComplete;
  const root = list.shadowRoot as ShadowRoot;
  const shows = () => [...root.querySelectorAll('button.name')].some((button) => button.textContent === last);
  if (!shows()) throw new Error('the last license is not in the list');
  const script = performance.now() - start;
  forceLayout();
  const laidOut = performance.now() - start;
  const painted = await paintedAfter(start, shows);
  return { script, layout: laidOut - script, laidOut, painted };
});

/**
 * Benchmark page: polls of `<system-events-table>` on a bench endpoint whose every answer changes `k`
 * events of `rows` (scripts/bench/suites/polling.mjs serves it, with ETags). After the first load, each
 * poll (`refresh()`) is timed: the main thread's work from the request to the change being painted (a busy
 * probe: the sum of the gaps in a message loop), the longest of those gaps (the longest task), the time
 * from the request to the painted change, and from the answer being taken in to that paint. With
 * `?traced` the probe stays off and the runner reads the main thread's tasks from a trace between the
 * `poll-N-start` and `poll-N-end` marks.
 * `?reading=page` fetches and reads every body on the main thread (the fallback where no worker starts);
 * `?reading=page-fetch` fetches on the main thread and hands the bytes to the worker (as with a host's
 * own fetch); by default the worker fetches and reads. `?view=sorted` sorts by Activated, newest first
 * (event 1 stays the first row), and searches for "#1" before the polls, so each poll patches a kept
 * order and a kept search.
 */
import '../../src/elements/system-events-table/define.js';
import { eventsReading } from '../../src/data/events-reader.js';
import { busyProbe, reportFigures } from './busy-probe.js';
import { settle } from './measure.js';

const params = new URLSearchParams(location.search);
const rows = Number(params.get('rows') ?? 10_000);
const k = Number(params.get('k') ?? 1);
const session = params.get('session') ?? 'x';
const traced = params.has('traced');
const POLLS = 3;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Activated, newest first, and a search: the view then holds an order and a search to patch. */
async function sortAndSearch(root: ShadowRoot) {
  const button = () => root.querySelector<HTMLButtonElement>('button.sort[value="activated"]');
  const header = () => button()?.closest('th');
  const idle = () => root.querySelector('[aria-busy="false"]') !== null;
  for (let clicks = 0; header()?.getAttribute('aria-sort') !== 'descending'; clicks++) {
    if (clicks > 2) throw new Error('could not sort by Activated, newest first');
    button()?.click();
    await frame();
    for (let frames = 0; !idle() || !header()?.hasAttribute('aria-sort'); frames++) {
      if (frames > 3000) throw new Error('the sort never finished');
      await frame();
    }
  }
  const search = root.querySelector<HTMLInputElement>('input[type=search]');
  if (!search) throw new Error('no search field');
  search.value = '#1';
  search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await frame();
  for (let frames = 0; !idle(); frames++) {
    if (frames > 3000) throw new Error('the search never finished');
    await frame();
  }
}

reportFigures(async () => {
  const reading = params.get('reading') ?? 'worker';
  if (reading === 'page') eventsReading.minWorkerBytes = Infinity;
  if (reading !== 'worker') eventsReading.fetchInWorker = false;
  const table = document.createElement('system-events-table');
  table.setAttribute('lang', 'en');
  table.setAttribute('endpoint', `/bench-api/${session}/${rows}/${k}`);
  document.body.append(table);
  const root = table.shadowRoot as ShadowRoot;
  // The first row is event 1, which every answer changes: its name says which poll it came from.
  const firstName = () => root.querySelector('tbody tr[aria-rowindex="2"] td')?.textContent ?? '';
  for (let frames = 0; !firstName().includes('(poll 0)'); frames++) {
    if (frames > 3000) throw new Error('the first answer never showed');
    await frame();
  }
  if (params.get('view') === 'sorted') await sortAndSearch(root);
  const figures: Record<string, number[]> = { main: [], longest: [], toScreen: [], toPaint: [] };
  for (let poll = 1; poll <= POLLS; poll++) {
    // The next answer changes k events (the bench endpoint moves on when told, outside the timing).
    await fetch(`/bench-api/${session}/${rows}/${k}/next`, { method: 'POST' });
    await settle(800);
    // Under a trace the runner reads the main thread's tasks itself: no probe, whose own turns would count.
    const probe = traced ? undefined : busyProbe();
    performance.mark(`poll-${poll}-start`);
    const start = performance.now();
    await table.refresh();
    const answered = performance.now();
    let painted = 0;
    for (let frames = 0; !painted; frames++) {
      await frame();
      if (firstName().includes(`(poll ${poll})`)) {
        await frame();
        painted = performance.now();
      } else if (frames > 600) throw new Error(`poll ${poll} never showed`);
    }
    const { busy, longest } = probe?.stop() ?? { busy: 0, longest: 0 };
    performance.mark(`poll-${poll}-end`);
    figures.main?.push(busy);
    figures.longest?.push(longest);
    figures.toScreen?.push(painted - start);
    figures.toPaint?.push(painted - answered);
  }
  if (reading !== 'page' && eventsReading.lastReadIn !== 'worker' && rows >= 1000) throw new Error('the worker did not read');
  if (reading === 'worker' && eventsReading.lastFetchedIn !== 'worker') throw new Error('the worker did not fetch');
  return Object.fromEntries(Object.entries(figures).map(([name, values]) => [name, median(values)]));
});

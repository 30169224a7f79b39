/**
 * Benchmark page for what a person does with <system-events-table> at 100 000 events. The suite
 * (scripts/bench/suites/interactions.mjs) drives it with trusted input from Playwright: this page only
 * builds the table, watches the Event Timing, long task and long-animation-frame entries, and says when
 * an action's result is on screen. `?memory` instead measures the heap after sorting every column and a
 * search (scripts/bench/suites/memory.mjs), with no trusted input needed.
 */
import '../../src/elements/system-events-table/define.js';
import type { SystemEvent } from '../../src/data/schema.js';
import type { SystemEventsTable } from '../../src/elements/system-events-table/system-events-table.js';
import { rowCount, sampleEvents, settle } from './measure.js';

/** What one action cost: the figures of the Event Timing and long task entries in its window. */
export interface ActionTiming {
  /** The longest Event Timing duration of the action's interactions: input → next paint. */
  inp: number;
  /** The longest main-thread task in the action's window (0: none over 50 ms, the API's threshold). */
  longestTask: number;
  /** The longest long-animation-frame blocking duration in the window (0: no frame over 50 ms). */
  blocking: number;
  /** From the input's timestamp to the frame after the one in which the complete result is in the DOM. */
  shown: number;
}

declare global {
  interface Window {
    bench?: {
      /** Starts an action's window: entries before it are dropped. */
      arm(): void;
      /** Waits until `done` holds with the table not busy, then reports the window's figures. */
      finish(done: string): Promise<ActionTiming>;
      /** The same work done bare on the same data, each in one task: the baselines. */
      baselines(): Promise<{ collatorSort: number; filterIncludes: number; sliceFloor: number }>;
    };
  }
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const params = new URLSearchParams(location.search);

const entries: PerformanceEntry[] = [];
for (const type of ['event', 'longtask', 'long-animation-frame']) {
  try {
    new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({
      type,
      buffered: false,
      ...(type === 'event' ? { durationThreshold: 16 } : {}),
    } as PerformanceObserverInit);
  } catch {
    // An entry type this browser does not know reports nothing.
  }
}

function root(table: SystemEventsTable): ShadowRoot {
  return table.shadowRoot as ShadowRoot;
}

/** Conditions the suite waits for, by name, checked on the rendered DOM only. */
function holds(table: SystemEventsTable, done: string, before: string): boolean {
  const shadow = root(table);
  const grid = shadow.querySelector('table[role=grid]');
  if (grid?.getAttribute('aria-busy') === 'true') return false;
  const count = shadow.querySelector('.count')?.textContent ?? '';
  const [kind, value = '', direction = ''] = done.split(':');
  switch (kind) {
    case 'sorted':
      return shadow.querySelector(`th.${value}`)?.getAttribute('aria-sort') === direction;
    case 'count':
      // The count of shown rows changed (a search or filter) and says nothing is pending.
      return count !== before && !count.includes('…');
    case 'selected':
      return shadow.querySelector(`tr[aria-rowindex="${value}"]`)?.getAttribute('aria-selected') === 'true';
    default:
      throw new Error(`unknown condition ${done}`);
  }
}

const searchFields = (event: SystemEvent) => [
  event.name,
  event.key,
  event.message,
  event.description,
  event.activatedBy?.name,
  event.activatedBy?.id,
  event.status,
  event.type,
];

async function interactions() {
  const data = sampleEvents(rowCount());
  const table = document.createElement('system-events-table');
  table.events = data;
  table.style.setProperty('--system-events-height', '30em');
  document.body.append(table);
  await table.updateComplete;
  await settle(1000);
  let armedAt = 0;
  let before = '';
  window.bench = {
    arm() {
      entries.length = 0;
      armedAt = performance.now();
      before = root(table).querySelector('.count')?.textContent ?? '';
    },
    async finish(done) {
      let shownAt = 0;
      for (let frames = 0; frames < 3000 && !shownAt; frames++) {
        await frame();
        if (holds(table, done, before)) {
          await frame();
          shownAt = performance.now();
        }
      }
      if (!shownAt) throw new Error(`${done} never held`);
      // Event Timing entries are queued after the paint they measure; give them time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 250));
      const inWindow = entries.filter((entry) => entry.startTime >= armedAt - 1);
      // interactionId is not in TypeScript's DOM types yet: 0 for events that are no interaction.
      const events = inWindow.filter(
        (entry) => entry.entryType === 'event' && ((entry as unknown as { interactionId?: number }).interactionId ?? 0) > 0,
      );
      const start = events.length ? Math.min(...events.map((entry) => entry.startTime)) : armedAt;
      const longest = (type: string, of: (entry: PerformanceEntry) => number) =>
        Math.max(0, ...inWindow.filter((entry) => entry.entryType === type).map(of));
      return {
        inp: Math.max(0, ...events.map((entry) => entry.duration)),
        longestTask: longest('longtask', (entry) => entry.duration),
        blocking: longest('long-animation-frame', (entry) => (entry as unknown as { blockingDuration: number }).blockingDuration),
        shown: shownAt - start,
      };
    },
    async baselines() {
      const collator = new Intl.Collator('en', { numeric: true });
      let start = performance.now();
      data.map((event) => event.name).sort(collator.compare);
      const collatorSort = performance.now() - start;
      start = performance.now();
      data.filter((event) => searchFields(event).some((field) => field?.toLowerCase().includes('9')));
      const filterIncludes = performance.now() - start;
      return { collatorSort, filterIncludes, sliceFloor: await sliceFloor() };
    },
  };
  window.benchResult = { first: 0, sorted: 0 };
}

/**
 * The longest task that perfectly sliced work can have on this machine now: 40 slices of 24 ms of
 * arithmetic that checks the clock every few microseconds, a task between each. Anything above 24 ms is
 * time the page was not running (another process had the core, or garbage collection).
 */
async function sliceFloor(): Promise<number> {
  let longest = 0;
  for (let slice = 0; slice < 40; slice++) {
    const start = performance.now();
    let sum = 0;
    while (performance.now() - start < 24) for (let i = 0; i < 1000; i++) sum += i;
    longest = Math.max(longest, performance.now() - start);
    if (sum < 0) throw new Error('unreachable');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return longest;
}

/** Heap in bytes once garbage is collected (exact with --enable-precise-memory-info). */
async function heap(): Promise<number> {
  for (let i = 0; i < 3; i++) await settle(200);
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

async function untilIdle(table: SystemEventsTable) {
  for (let frames = 0; frames < 3000; frames++) {
    await table.updateComplete;
    await frame();
    if (root(table).querySelector('table[role=grid]')?.getAttribute('aria-busy') !== 'true') return;
  }
  throw new Error('the table stayed busy');
}

async function memory() {
  const empty = await heap();
  // As the endpoint delivers them: parsed JSON, whose strings are flat (the fixtures build joined ones,
  // which the first sort or search would flatten, growing the data itself).
  let data: SystemEvent[] | undefined = JSON.parse(JSON.stringify(sampleEvents(rowCount()))) as SystemEvent[];
  const withData = await heap();
  const table = document.createElement('system-events-table');
  table.events = data;
  data = undefined;
  document.body.append(table);
  await untilIdle(table);
  for (const button of root(table).querySelectorAll<HTMLButtonElement>('th button.sort')) {
    button.click();
    await untilIdle(table);
  }
  const search = root(table).querySelector<HTMLInputElement>('[part=search]');
  if (!search) throw new Error('no search field');
  search.value = 'rebuild #9';
  search.dispatchEvent(new Event('input'));
  await untilIdle(table);
  const after = await heap();
  const sample = { data: withData - empty, after: after - empty, ratio: (after - empty) / (withData - empty) };
  window.benchResult = sample as unknown as typeof window.benchResult;
}

(params.has('memory') ? memory() : interactions()).catch((error: unknown) => (window.benchResult = { error: String(error) }));

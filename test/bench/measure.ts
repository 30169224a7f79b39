/**
 * What every benchmark page shares: the data, the settling before a measurement, and the clock. A time is
 * taken as budgets.md describes: from just before the change to the animation frame after the one in
 * which the expected text is first in the DOM (so that frame has been painted).
 */
import type { SystemEvent } from '../../src/data/schema.js';
import { events } from '../../demo/endpoint/fixtures.js';

export interface Sample {
  /** Insert with the data in memory → first rows painted. */
  first: number;
  /** A sort that has to order the rows (ours: first click on a column; vaadin: not measured). */
  sortCold?: number;
  /** Re-render after sorting: the order is known (ours: second click, reverses; vaadin: assign a sorted copy). */
  sorted: number;
}

declare global {
  interface Window {
    gc?: () => void;
    benchResult?: Sample | { error: string };
  }
}

export const rowCount = () => Number(new URLSearchParams(location.search).get('rows') ?? 1000);

export const sampleEvents = (count: number): SystemEvent[] => events(count) as SystemEvent[];

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Lets the page go quiet and collects garbage, so one measurement does not pay for the previous one. */
export async function settle(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  window.gc?.();
  await frame();
}

/** Milliseconds from `start` to the frame after the first frame in which `painted()` holds. */
export async function paintedAfter(start: number, painted: () => boolean): Promise<number> {
  for (let frames = 0; frames < 1200; frames++) {
    await frame();
    if (painted()) {
      await frame();
      return performance.now() - start;
    }
  }
  throw new Error('the expected rows never appeared');
}

export function report(run: () => Promise<Sample>): void {
  run().then(
    (sample) => (window.benchResult = sample),
    (error: unknown) => (window.benchResult = { error: String(error) }),
  );
}

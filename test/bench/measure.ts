/**
 * What every benchmark page shares: the data, the settling before a measurement, and the clocks. A time is
 * taken two ways. To the painted frame, as budgets.md describes: from just before the change to the
 * animation frame after the one in which the expected text is first in the DOM (so that frame has been
 * painted); frame-counted, it moves in steps of about 17 ms. Below one frame: from just before the change
 * to the moment the expected text is in the DOM and a forced layout (reading `offsetHeight`) has placed
 * it, which is the script and the style and layout work the change costs, without waiting for a frame.
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
  /** The same three, to the forced layout after the content is in the DOM (see the comment above). */
  layout?: { first: number; sortCold?: number; sorted: number };
}

declare global {
  interface Window {
    gc?: () => void;
    benchResult?: object | { error: string };
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

/** Makes the browser lay the page out now, as painting it would: style, layout, shadow trees included. */
export function forceLayout(): void {
  // Reading a layout value cannot be answered without laying out first; the value itself is not needed.
  void document.body.offsetHeight;
}

/**
 * Milliseconds from `start` to a forced layout of the page once `shown()` holds: at once when it already
 * does, else in the first DOM change under `watched` (the light and shadow trees given) after which it
 * does, which runs before the browser gets to paint. So the figure is the work alone, not counted in frames.
 */
export function laidOutAfter(start: number, shown: () => boolean, watched: Node[] = [document.body]): Promise<number> {
  const take = () => {
    forceLayout();
    return performance.now() - start;
  };
  if (shown()) return Promise.resolve(take());
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve(take());
    });
    for (const node of watched) observer.observe(node, { childList: true, subtree: true, characterData: true });
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the expected content never appeared'));
    }, 60_000);
  });
}

export function report<T extends object>(run: () => Promise<T>): void {
  run().then(
    (sample) => (window.benchResult = sample),
    (error: unknown) => (window.benchResult = { error: String(error) }),
  );
}

/**
 * How busy the main thread was: a message loop that posts to itself and notes every gap between its turns.
 * A gap is time something else held the thread (a task, a frame's style, layout and paint), so the sum of
 * the gaps is the main thread's work in the window and the longest gap its longest task.
 */
export interface Busy {
  /** Milliseconds of other work while the probe ran. */
  busy: number;
  /** The longest single gap, in milliseconds. */
  longest: number;
}

/** Turns closer together than this are the loop itself, not other work. */
const IDLE_TURN_MS = 0.2;

export function busyProbe(): { stop: () => Busy } {
  const channel = new MessageChannel();
  let last = performance.now();
  let busy = 0;
  let longest = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    const gap = now - last;
    if (gap > IDLE_TURN_MS) {
      busy += gap;
      longest = Math.max(longest, gap);
    }
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  return {
    stop() {
      running = false;
      channel.port1.close();
      const gap = performance.now() - last;
      if (gap > IDLE_TURN_MS) {
        busy += gap;
        longest = Math.max(longest, gap);
      }
      return { busy, longest };
    },
  };
}

/** Hands the page's figures to the benchmark runner (`window.benchResult`), or the error that stopped it. */
export function reportFigures(run: () => Promise<Record<string, number>>): void {
  const result = window as unknown as { benchResult?: Record<string, number> | { error: string } };
  run().then(
    (figures) => (result.benchResult = figures),
    (error: unknown) => (result.benchResult = { error: String(error) }),
  );
}

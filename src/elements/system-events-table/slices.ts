/**
 * Long work on the main thread in slices that give way to input and painting. The work is a generator
 * that yields often (every few hundred steps, which costs next to nothing); `step` runs it until its
 * slice of time is used up, and `yieldToMain` lets the browser handle input and paint before the next.
 */

/**
 * Work done in steps: it yields what it is doing (for the busy state a person sees) and returns its
 * result.
 */
export type Sliced<Result, Phase = string> = Generator<Phase, Result, void>;

/** Milliseconds of work per slice: well under the 50 ms a task may take, with room for a render. */
export const SLICE_MS = { first: 12, next: 24 };

export type StepResult<Result, Phase> = { done: true; value: Result } | { done: false; phase: Phase };

/** Runs `work` for up to `budget` milliseconds. */
export function step<Result, Phase>(work: Sliced<Result, Phase>, budget: number): StepResult<Result, Phase> {
  const deadline = performance.now() + budget;
  for (;;) {
    const next = work.next();
    if (next.done) return { done: true, value: next.value };
    if (performance.now() >= deadline) return { done: false, phase: next.value };
  }
}

/** Runs `work` to its end at once: for callers that need the result now (and small lists). */
export function finish<Result, Phase>(work: Sliced<Result, Phase>): Result {
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the browser the main thread: `scheduler.yield()` where there is one (the continuation goes
 * before other queued tasks), else a message to ourselves (no 4 ms clamp as nested timeouts have).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Waits for the next frame to be painted, so a busy state is on screen before the work goes on; in a
 * hidden page, where no frame comes, after a short time.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      void yieldToMain().then(resolve);
    });
  });
}

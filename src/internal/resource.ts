/**
 * One remote resource of an element, on top of @lit/task: loads when its arguments change, aborts the
 * previous load (so an endpoint changed mid-flight shows only the last one's data), aborts on disconnect,
 * and keeps the last good value so a failed refresh never blanks what the person was reading.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { isAbortError } from '../data/errors.js';

export type ResourceState<T> =
  | { kind: 'idle' }
  | { kind: 'loading' }
  /** `refreshing`: a newer load is under way; `error`: the newest load failed and `value` is older. */
  | { kind: 'ready'; value: T; refreshing: boolean; error?: unknown }
  | { kind: 'failed'; error: unknown };

export class Resource<T, A extends readonly [unknown, ...unknown[]]> {
  readonly task: Task<A, T>;
  private good?: { key: unknown; value: T };
  private readonly args: () => A | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    args: () => A | undefined,
    load: (args: A, signal: AbortSignal) => Promise<T>,
  ) {
    this.args = args;
    this.task = new Task<A, T>(host, {
      // Nowhere to read from yet: the task function answers initialState and stays idle.
      args: () => args() ?? ([undefined] as unknown as A),
      task: async (current, { signal }) => {
        if (current[0] === undefined) return initialState;
        const value = await load(current, signal);
        if (!signal.aborted) this.good = { key: current[0], value };
        return value;
      },
    });
    let interrupted = false;
    host.addController({
      hostConnected: () => {
        // A load aborted by an earlier disconnect is resumed when the element comes back; the flag covers
        // a move within one task (disconnect and reconnect before the abort has even settled).
        const aborted = this.task.status === TaskStatus.ERROR && isAbortError(this.task.error);
        if (interrupted || aborted) void this.task.run();
        interrupted = false;
      },
      hostDisconnected: () => {
        interrupted = this.task.status === TaskStatus.PENDING;
        this.task.abort();
      },
    });
  }

  /** Loads again with the same arguments (the Retry button, polling). */
  reload(): Promise<void> {
    return this.task.run();
  }

  /** Replaces the kept value, e.g. with the result of a write that returned fresh data. */
  set(value: T): void {
    const key = this.args()?.[0];
    this.good = { key, value };
  }

  get state(): ResourceState<T> {
    const args = this.args();
    if (!args) return { kind: 'idle' };
    const good = this.good && this.good.key === args[0] ? this.good.value : undefined;
    const status = this.task.status;
    const error = this.task.error;
    if (status === TaskStatus.COMPLETE && good !== undefined) {
      return { kind: 'ready', value: good, refreshing: false };
    }
    if (status === TaskStatus.ERROR && !isAbortError(error)) {
      return good !== undefined ? { kind: 'ready', value: good, refreshing: false, error } : { kind: 'failed', error };
    }
    return good !== undefined ? { kind: 'ready', value: good, refreshing: true } : { kind: 'loading' };
  }
}

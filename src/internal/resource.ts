/**
 * One remote resource of an element, on top of @lit/task: loads when its arguments change, aborts the
 * previous load (so an endpoint changed mid-flight shows only the last one's data), aborts on disconnect,
 * keeps the last good value so a failed refresh never blanks what the person was reading, and loads again
 * by itself when a busy server's `Retry-After` ends.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { DataError, isAbortError } from '../data/errors.js';

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
  private retryTimer?: ReturnType<typeof setTimeout>;

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
        clearTimeout(this.retryTimer);
        this.retryTimer = undefined;
        if (current[0] === undefined) return initialState;
        try {
          const value = await load(current, signal);
          if (!signal.aborted) this.good = { key: current[0], value };
          return value;
        } catch (error) {
          if (!signal.aborted && error instanceof DataError && error.retryAt !== undefined) this.retryAt(error.retryAt);
          throw error;
        }
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
        // A retry that was waiting for Retry-After is due again on return, like an interrupted load.
        interrupted = this.task.status === TaskStatus.PENDING || this.retryTimer !== undefined;
        clearTimeout(this.retryTimer);
        this.retryTimer = undefined;
        this.task.abort();
      },
    });
  }

  /** The server said when it takes requests again: load then (the error on screen says so). */
  private retryAt(when: number) {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.task.run();
    }, Math.max(0, when - Date.now()));
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

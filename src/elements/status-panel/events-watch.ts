/**
 * What the panel's own events table last heard from `GET /events`, so the panel can tell when the table's
 * failure is the same one it already shows (one failure, one error) without reaching into the table.
 */
import type { LicenseDataSource } from '../../data/data-source.js';
import { DataError } from '../../data/errors.js';
import { takeEarly } from '../../data/early-reads.js';

export class EventsWatch {
  /** Why the newest read failed; undefined once one succeeds. */
  failure?: unknown;
  /** A list has been received at least once: the table has data of its own to show. */
  loaded = false;
  private memo?: { of: LicenseDataSource; watched: LicenseDataSource };

  constructor(private readonly changed: () => void) {}

  /** The same source, except that `getEvents` reports here (and takes over a read started early). The same object for the same source. */
  watch(source: LicenseDataSource): LicenseDataSource {
    if (this.memo?.of === source) return this.memo.watched;
    this.failure = undefined;
    this.loaded = false;
    const getEvents: LicenseDataSource['getEvents'] = async (signal, onPage) => {
      try {
        // Started early by the panel (or the screen around it): taken over rather than read again.
        const result = await (takeEarly(source, 'events', signal, onPage) ?? source.getEvents(signal, onPage));
        this.settle(true, undefined);
        return result;
      } catch (error) {
        if (!signal?.aborted) this.settle(this.loaded, error);
        throw error;
      }
    };
    // Everything else is the source's own, called on the source (its private state stays reachable).
    const watched = new Proxy(source, {
      get: (target, name) => {
        if (name === 'getEvents') return getEvents;
        const value: unknown = Reflect.get(target, name, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    this.memo = { of: source, watched };
    return watched;
  }

  private settle(loaded: boolean, failure: unknown) {
    this.loaded = loaded;
    this.failure = failure;
    this.changed();
  }
}

/** Two errors a person would read as one: the same kind of failure with the same HTTP status. */
export function sameFailure(a: unknown, b: unknown): boolean {
  if (a instanceof DataError && b instanceof DataError) return a.kind === b.kind && a.status === b.status;
  return !(a instanceof DataError) && !(b instanceof DataError);
}

/**
 * Reads started before the element that shows them asks: `<license-screen>` opened on Status knows at
 * connect that the panel it is about to create will read `/status` and its events table `/events`, and
 * `<status-panel>` knows its table will. Waiting for each element to be created and rendered first costs a
 * chain of renders before the last request even starts, so the one that knows starts them at once, and the
 * element that shows an answer takes it here.
 *
 * The HTTP client shares identical GETs only while they are in flight; an answer that lands before its
 * element asks (that element's code was still loading) is kept for `HAND_OVER_MS` and given to the first
 * element that asks for it, then forgotten, so nothing is read twice and nothing is kept for long. A read
 * nobody took is aborted when its starter leaves the page; one that was taken follows its taker's signal.
 */
import type { EventsResponse, LicensesResponse, Status } from './schema.js';
import type { GetResult } from './http-client.js';
import type { LicenseDataSource } from './data-source.js';
import type { ReactiveControllerHost } from 'lit';

export type EarlyRead = 'licenses' | 'status' | 'events';

interface Answers {
  licenses: LicensesResponse;
  status: Status;
  events: GetResult<EventsResponse>;
}

/** How long a landed answer waits for the element that will show it. */
export const HAND_OVER_MS = 3000;
let handOverMs = HAND_OVER_MS;

/**
 * Sets how long a landed answer waits for its element (`HAND_OVER_MS` when called without one): a page
 * whose parts load slowly (a test on a loaded machine, a slow link) can wait longer.
 */
export function setHandOverTime(ms: number = HAND_OVER_MS): void {
  handOverMs = ms;
}

interface Started {
  promise?: Promise<unknown>;
  controller: AbortController;
  /** The events read so far, for a taker that comes after the first pages arrived. */
  pages?: EventsResponse;
  onPage?: (partial: EventsResponse) => void;
  /** Lets go of the starter's signal and of the hand-over timer (taken or forgotten). */
  release(): void;
}

/** Per source, the reads under way or landed that nobody took yet. */
const started = new WeakMap<LicenseDataSource, Map<EarlyRead, Started>>();

/**
 * Starts each read that is not under way or kept for `source` already. Aborted with `signal` (the
 * starter leaving the page) unless an element took it by then.
 */
export function readEarly(source: LicenseDataSource, reads: readonly EarlyRead[], signal: AbortSignal): void {
  const kept = started.get(source) ?? new Map<EarlyRead, Started>();
  started.set(source, kept);
  for (const read of reads) {
    if (kept.has(read) || signal.aborted) continue;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Still here means nobody took it (a taken read left the map): forgotten, with all it holds.
    const untaken = () => {
      if (kept.get(read) !== entry) return false;
      kept.delete(read);
      entry.release();
      entry.promise = entry.pages = undefined;
      return true;
    };
    const abort = () => untaken() && controller.abort();
    const entry: Started = {
      controller,
      release() {
        signal.removeEventListener('abort', abort);
        clearTimeout(timer);
      },
    };
    const promise =
      read === 'licenses'
        ? source.getLicenses(controller.signal)
        : read === 'status'
          ? source.getStatus(controller.signal)
          : source.getEvents(controller.signal, (partial) => {
              if (kept.get(read) === entry) entry.pages = partial;
              entry.onPage?.(partial);
            });
    entry.promise = promise;
    kept.set(read, entry);
    // Landed (or failed) before anyone asked: kept a short while, then forgotten. The taker sees a failure.
    const keep = () => {
      if (kept.get(read) === entry) timer = setTimeout(untaken, handOverMs);
    };
    promise.then(keep, keep);
    signal.addEventListener('abort', abort, { once: true });
  }
}

/**
 * The read started early for `source`, once: the first caller gets it (and its later pages through
 * `onPage`), any later caller undefined, to read for itself.
 */
export function takeEarly<R extends EarlyRead>(
  source: LicenseDataSource,
  read: R,
  signal?: AbortSignal,
  onPage?: (partial: EventsResponse) => void,
): Promise<Answers[R]> | undefined {
  const kept = started.get(source);
  const entry = kept?.get(read);
  if (!entry?.promise) return undefined;
  kept?.delete(read);
  entry.release();
  const { promise, pages } = entry;
  // Only the taker holds the answer from now on.
  entry.promise = entry.pages = undefined;
  entry.onPage = onPage;
  // Pages that came before the taker: shown as if they had just come (after this call returns, as a
  // source's own pages come).
  if (pages) queueMicrotask(() => entry.onPage?.(pages));
  // From now on the taker's signal aborts it (a source that honours it rejects, as its own read would).
  const abort = () => {
    entry.onPage = undefined;
    entry.controller.abort();
  };
  if (signal?.aborted) abort();
  else signal?.addEventListener('abort', abort, { once: true });
  return promise as Promise<Answers[R]>;
}

/**
 * Starts an element's early reads when it is first put in the page (later the elements read for
 * themselves), and aborts those nobody took when it leaves the page or reads elsewhere before they were
 * taken (an endpoint set right after it was put in the page).
 */
export function readAtConnect(
  host: ReactiveControllerHost & { readonly hasUpdated: boolean },
  source: () => LicenseDataSource | undefined,
  reads: () => readonly EarlyRead[],
): void {
  let from: LicenseDataSource | undefined;
  let controller: AbortController | undefined;
  const stop = () => {
    controller?.abort();
    from = controller = undefined;
  };
  host.addController({
    hostConnected() {
      from = host.hasUpdated ? undefined : source();
      if (!from) return;
      controller = new AbortController();
      readEarly(from, reads(), controller.signal);
    },
    hostUpdate() {
      if (from && source() !== from) stop();
    },
    hostDisconnected: stop,
  });
}

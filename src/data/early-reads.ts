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
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type EarlyRead = 'licenses' | 'status' | 'events';

interface Answers {
  licenses: LicensesResponse;
  status: Status;
  events: GetResult<EventsResponse>;
}

/** How long a landed answer waits for the element that will show it. */
export const HAND_OVER_MS = 3000;

interface Started {
  promise: Promise<unknown>;
  controller: AbortController;
  taken: boolean;
  /** The events read so far, for a taker that comes after the first pages arrived. */
  pages?: EventsResponse;
  onPage?: (partial: EventsResponse) => void;
  timer?: ReturnType<typeof setTimeout>;
}

const started = new WeakMap<LicenseDataSource, Map<EarlyRead, Started>>();

/**
 * Starts each read that is not under way or kept for `source` already. Aborted with `signal` (the
 * starter leaving the page) unless an element took it by then.
 */
export function readEarly(source: LicenseDataSource, reads: readonly EarlyRead[], signal: AbortSignal): void {
  let kept = started.get(source);
  if (!kept) started.set(source, (kept = new Map()));
  const forSource = kept;
  for (const read of reads) {
    if (forSource.has(read) || signal.aborted) continue;
    const controller = new AbortController();
    const entry: Started = { controller, taken: false, promise: Promise.resolve() };
    entry.promise =
      read === 'licenses'
        ? source.getLicenses(controller.signal)
        : read === 'status'
          ? source.getStatus(controller.signal)
          : source.getEvents(controller.signal, (partial) => {
              entry.pages = partial;
              entry.onPage?.(partial);
            });
    const forget = () => {
      if (forSource.get(read) === entry) forSource.delete(read);
    };
    // Landed (or failed) before anyone asked: kept a short while, then forgotten. The taker sees a failure.
    const keep = () => {
      if (entry.taken) return;
      entry.timer = setTimeout(forget, HAND_OVER_MS);
      // On a server render nothing waits for this: it must not keep Node running.
      (entry.timer as { unref?: () => void }).unref?.();
    };
    entry.promise.then(keep, keep);
    signal.addEventListener(
      'abort',
      () => {
        if (entry.taken) return;
        forget();
        clearTimeout(entry.timer);
        controller.abort();
      },
      { once: true },
    );
    forSource.set(read, entry);
  }
}

/**
 * The read started early for `source`, once: the first caller gets it (and its later pages through
 * `onPage`), any later caller undefined, to read for itself. `signal` aborts it from then on.
 */
export function takeEarly<R extends EarlyRead>(
  source: LicenseDataSource,
  read: R,
  signal?: AbortSignal,
  onPage?: (partial: EventsResponse) => void,
): Promise<Answers[R]> | undefined {
  const forSource = started.get(source);
  const entry = forSource?.get(read);
  if (!forSource || !entry) return undefined;
  forSource.delete(read);
  clearTimeout(entry.timer);
  entry.taken = true;
  if (onPage) {
    entry.onPage = onPage;
    // Pages that came before the taker: shown as if they had just come (after this call returns, as a
    // source's own pages come).
    const pages = entry.pages;
    if (pages) queueMicrotask(() => entry.onPage === onPage && onPage(pages));
  }
  const answer = entry.promise as Promise<Answers[R]>;
  if (!signal) return answer;
  if (signal.aborted) {
    entry.controller.abort();
    return Promise.reject(new DOMException('The read was aborted.', 'AbortError'));
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      entry.onPage = undefined;
      entry.controller.abort();
      reject(new DOMException('The read was aborted.', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const handing = new WeakMap<LicenseDataSource, LicenseDataSource>();

/**
 * `source` as seen by an element created with an early read in mind (the panel's events table): each
 * read is taken from what was started early when there is one, else read as usual. The same object for the
 * same source, so elements keyed on their source do not read again.
 */
export function handingOver(source: LicenseDataSource): LicenseDataSource {
  let wrapped = handing.get(source);
  if (!wrapped) {
    wrapped = new Proxy(source, {
      get: (target, name) => {
        if (name === 'getLicenses') return (signal?: AbortSignal) => takeEarly(target, 'licenses', signal) ?? target.getLicenses(signal);
        if (name === 'getStatus') return (signal?: AbortSignal) => takeEarly(target, 'status', signal) ?? target.getStatus(signal);
        if (name === 'getEvents') {
          return (signal?: AbortSignal, onPage?: (partial: EventsResponse) => void) =>
            takeEarly(target, 'events', signal, onPage) ?? target.getEvents(signal, onPage);
        }
        // Everything else is the source's own, called on the source (its private state stays reachable).
        const value: unknown = Reflect.get(target, name, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    handing.set(source, wrapped);
  }
  return wrapped;
}

/**
 * Starts an element's early reads when it is first put in the page (later the elements read for
 * themselves), and aborts those nobody took when it leaves the page or reads elsewhere before they were
 * taken (an endpoint set right after it was put in the page).
 */
export class ReadsAtConnect implements ReactiveController {
  private started?: { source: LicenseDataSource; controller: AbortController };

  constructor(
    private readonly host: ReactiveControllerHost & { readonly hasUpdated: boolean },
    private readonly source: () => LicenseDataSource | undefined,
    private readonly reads: () => readonly EarlyRead[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const source = this.host.hasUpdated ? undefined : this.source();
    if (!source) return;
    const controller = new AbortController();
    this.started = { source, controller };
    readEarly(source, this.reads(), controller.signal);
  }

  hostUpdate(): void {
    if (this.started && this.source() !== this.started.source) this.stop();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop() {
    this.started?.controller.abort();
    this.started = undefined;
  }
}

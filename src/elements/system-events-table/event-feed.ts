/**
 * Loads `GET /events` and keeps it fresh by polling. The HTTP client sends `If-None-Match`; a 304 leaves
 * every field as it was and asks the host for no update, so an unchanged list costs no render at all.
 * Polling pauses while the page is hidden and stops, aborting any request, when the host is removed.
 * After failures it backs off (see `Backoff`), and never asks before a busy server's `Retry-After` ends;
 * an answer with `Retry-After` is loaded again then even when the table does not poll.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LicenseDataSource } from '../../data/data-source.js';
import type { RejectedRow, SystemEvent } from '../../data/schema.js';
import type { EventChanges } from '../../data/event-changes.js';
import { DataError } from '../../data/errors.js';
import { Backoff } from '../../internal/backoff.js';

export class EventFeed implements ReactiveController {
  /** The last list received; undefined until the first answer. */
  list?: SystemEvent[];
  /**
   * How `list` derives from the list this feed held before it (`changes.base`), so the table updates only
   * what changed; undefined when `list` is new as a whole (first answer, another endpoint, a write, a
   * reordered answer).
   */
  changes?: EventChanges;
  /** Why the newest load failed; cleared by the next good answer. */
  error?: unknown;
  /** Events of the last answer that could not be read (shown as a notice naming them). */
  rejected?: RejectedRow[];
  /** True while a paged source is still reading pages: `list` holds the pages read so far. */
  partial = false;
  /** The source stopped at its cap: there are more events than the list holds. */
  truncated = false;

  private readonly host: ReactiveControllerHost;
  private source?: LicenseDataSource;
  private seconds = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private request?: AbortController;
  private connected = false;
  private readonly backoff = new Backoff();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected() {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    // Back in the page after a move: what it shows may be old.
    if (this.source) void this.load();
  }

  hostDisconnected() {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /** Called before each update with where to read from (undefined: read nothing) and the poll interval. */
  use(source: LicenseDataSource | undefined, seconds: number) {
    const changed = seconds !== this.seconds;
    this.seconds = seconds;
    if (source !== this.source) {
      this.source = source;
      this.list = undefined;
      this.changes = undefined;
      this.error = undefined;
      this.rejected = undefined;
      this.partial = false;
      this.backoff.succeeded();
      this.stop();
      if (source) void this.load();
    } else if (changed && !this.request) {
      this.schedule();
    }
  }

  /** Reads the list now (first load, Retry, each poll). */
  async load(): Promise<void> {
    const source = this.source;
    if (!source || !this.connected) return;
    this.stop();
    const request = (this.request = new AbortController());
    try {
      const { data, notModified, changes } = await source.getEvents(request.signal, (partial) => {
        // The first pages of the first load show at once; a poll keeps the complete list until it is done.
        if (request !== this.request || (this.list && !this.partial)) return;
        this.list = partial.events;
        this.changes = undefined;
        this.partial = true;
        this.host.requestUpdate();
      });
      // A newer load (another endpoint, a Retry) started while this answer was on its way: it is stale.
      if (request !== this.request) return;
      // Nothing new: the host keeps its list, its DOM and its update cycle untouched.
      if (notModified && this.list && !this.error && !this.partial) return;
      // Changes hold only against the very list this feed showed (not one a write replaced, nor a part).
      this.changes = changes && changes.base === this.list && !this.partial ? changes : undefined;
      this.list = data.events;
      this.rejected = data.rejectedEvents;
      this.truncated = data.truncated ?? false;
      this.partial = false;
      this.error = undefined;
      this.backoff.succeeded();
    } catch (error) {
      if (request.signal.aborted) return;
      this.error = error;
      this.partial = false;
      this.backoff.failed();
    } finally {
      if (this.request === request) {
        this.request = undefined;
        this.schedule();
      }
    }
    this.host.requestUpdate();
  }

  /** After a write the host knows the new list; the next poll fetches the server's copy anyway. */
  replace(list: SystemEvent[]) {
    this.list = list;
    this.changes = undefined;
    this.host.requestUpdate();
  }

  private stop() {
    clearTimeout(this.timer);
    this.request?.abort();
    this.request = undefined;
  }

  private schedule() {
    clearTimeout(this.timer);
    if (!this.connected || !this.source || document.visibilityState === 'hidden') return;
    const retryAt = this.error instanceof DataError ? this.error.retryAt : undefined;
    if (this.seconds <= 0 && retryAt === undefined) return;
    const untilRetry = retryAt === undefined ? 0 : retryAt - Date.now();
    const wait = this.seconds > 0 ? Math.max(this.backoff.delay(this.seconds * 1000), untilRetry) : untilRetry;
    this.timer = setTimeout(() => void this.load(), Math.max(0, wait));
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') clearTimeout(this.timer);
    // Coming back after a while: refresh at once rather than a whole interval later (the client still
    // keeps a busy server's Retry-After).
    else if (this.seconds > 0 && !this.request) void this.load();
  };
}

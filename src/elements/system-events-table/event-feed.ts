/**
 * Loads `GET /events` and keeps it fresh by polling. The HTTP client sends `If-None-Match`; a 304 leaves
 * every field as it was and asks the host for no update, so an unchanged list costs no render at all.
 * Polling pauses while the page is hidden and stops, aborting any request, when the host is removed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LicenseDataSource } from '../../data/data-source.js';
import type { RejectedRow, SystemEvent } from '../../data/schema.js';

export class EventFeed implements ReactiveController {
  /** The last list received; undefined until the first answer. */
  list?: SystemEvent[];
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
      this.error = undefined;
      this.rejected = undefined;
      this.partial = false;
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
      const { data, notModified } = await source.getEvents(request.signal, (partial) => {
        // The first pages of the first load show at once; a poll keeps the complete list until it is done.
        if (request !== this.request || (this.list && !this.partial)) return;
        this.list = partial.events;
        this.partial = true;
        this.host.requestUpdate();
      });
      // A newer load (another endpoint, a Retry) started while this answer was on its way: it is stale.
      if (request !== this.request) return;
      // Nothing new: the host keeps its list, its DOM and its update cycle untouched.
      if (notModified && this.list && !this.error && !this.partial) return;
      this.list = data.events;
      this.rejected = data.rejectedEvents;
      this.truncated = data.truncated ?? false;
      this.partial = false;
      this.error = undefined;
    } catch (error) {
      if (request.signal.aborted) return;
      this.error = error;
      this.partial = false;
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
    this.host.requestUpdate();
  }

  private stop() {
    clearTimeout(this.timer);
    this.request?.abort();
    this.request = undefined;
  }

  private schedule() {
    clearTimeout(this.timer);
    if (this.seconds > 0 && this.connected && this.source && document.visibilityState !== 'hidden') {
      this.timer = setTimeout(() => void this.load(), this.seconds * 1000);
    }
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') clearTimeout(this.timer);
    // Coming back after a while: refresh at once rather than a whole interval later.
    else if (this.seconds > 0 && !this.request) void this.load();
  };
}

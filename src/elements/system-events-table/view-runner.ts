/**
 * Gets the table's rows from its EventView without blocking the person: the work for a new query runs
 * in slices (slices.ts). What is quick is done in the update that asked for it; what is not leaves the
 * complete rows of the previous query on screen, marked busy, until the new ones are ready. A newer
 * query drops the older one's work (a sort left part-way is taken up again by the view when asked for).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SystemEvent } from '../../data/schema.js';
import type { EventQuery, EventView, ViewPhase } from './event-view.js';
import { afterPaint, SLICE_MS, step, yieldToMain, type Sliced } from './slices.js';

export class ViewRunner implements ReactiveController {
  /** The rows on screen: the complete result of `shownQuery`. */
  rows: readonly SystemEvent[] = [];
  /** The view `rows` come from: an older one than the newest while a new list is still being sorted. */
  shownView?: EventView;
  /** What the work for the newest query is doing; undefined when the rows shown are its rows. */
  busy?: ViewPhase;
  /**
   * The work is for a new list under the same query (a poll), not for a person's input: nobody asked,
   * so nothing is announced (the grid is still marked busy).
   */
  unasked = false;
  private readonly host: ReactiveControllerHost;
  private wanted?: { view: EventView; key: string };
  private job?: Sliced<readonly SystemEvent[], ViewPhase>;
  /** Work was dropped when the table left the page: taken up again when it comes back. */
  private dropped = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected() {
    // Back in the page with the work for its query undone: without an update it would show the old rows
    // under the new query's headers, not marked busy.
    if (this.dropped) this.host.requestUpdate();
    this.dropped = false;
  }

  hostDisconnected() {
    // Work left for a table no longer in the page would only cost; it starts again on the next update.
    this.dropped = this.job !== undefined;
    this.job = undefined;
    this.wanted = undefined;
    this.busy = undefined;
  }

  /** Called in each update with the view and the query to show. */
  want(view: EventView, query: EventQuery) {
    const key = [query.sort?.column, query.sort?.descending, query.status, query.text.trim(), query.locale].join('\n');
    if (this.wanted?.view === view && this.wanted.key === key) return;
    // A person's work still under way stays announced when a new list comes in under it.
    if (this.wanted?.key !== key) this.unasked = false;
    else if (!this.busy) this.unasked = true;
    this.wanted = { view, key };
    const job = view.compute(query);
    this.job = job;
    const first = step(job, SLICE_MS.first);
    if (first.done) {
      this.rows = first.value;
      this.shownView = view;
      this.busy = undefined;
      return;
    }
    this.busy = first.phase;
    void this.goOn(job, view);
  }

  /** The job in slices until it is done or a newer one replaced it. */
  private async goOn(job: Sliced<readonly SystemEvent[], ViewPhase>, view: EventView) {
    // The busy state is painted first: the input that asked for the work is answered at once.
    await afterPaint();
    for (;;) {
      if (this.job !== job) return;
      const next = step(job, SLICE_MS.next);
      if (next.done) {
        this.job = undefined;
        this.rows = next.value;
        this.shownView = view;
        this.busy = undefined;
        this.host.requestUpdate();
        return;
      }
      if (next.phase !== this.busy) {
        this.busy = next.phase;
        this.host.requestUpdate();
      }
      await yieldToMain();
    }
  }
}

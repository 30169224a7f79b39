/**
 * Sorting and filtering of the events list, built to stay quick at 100 000 events: each column is sorted
 * once per list (and locale) into positions (event-order.ts), descending reads that order backwards,
 * and a search keeps one byte per event (event-search.ts). The work runs in steps that a caller can
 * spread over several tasks (slices.ts); a newer list made from this one by a few changes gets the kept
 * orders and matches patched rather than made again. Nothing here touches the DOM.
 */
import type { EventChanges } from '../../data/event-changes.js';
import type { SystemEvent } from '../../data/schema.js';
import { buildOrder, IN_PLACE_LIMIT, patchOrder, patchOrderInPlace, type EventColumn, type Moves, type Order } from './event-order.js';
import { narrows, patchMatches, patchMatchesInPlace, search, type Matches } from './event-search.js';
import { finish, type Sliced } from './slices.js';
import { patchRows, type ShownRows } from './row-patch.js';

export { SCOPES, STATUSES, type EventColumn } from './event-order.js';

/** The columns in the order of the help pages (Event, Status, Message, Activated, Activated by, Finished, Type). */
export const COLUMNS: readonly EventColumn[] = ['name', 'status', 'message', 'activated', 'activatedBy', 'finished', 'scope'];

export interface EventSort {
  column: EventColumn;
  descending: boolean;
}

export interface EventQuery {
  sort?: EventSort;
  /** One status, or '' for all. */
  status: string;
  /** Free text, matched case-insensitively against name, key, message, description, person, status and type. */
  text: string;
  /** Text columns sort in this locale's alphabetical order. */
  locale: string;
}

/** What the view is busy with while a query's rows are not ready: for the state a person sees. */
export type ViewPhase = 'sorting' | 'searching' | 'filtering';

/** Searches kept for going back (a deleted character) and for narrowing. One byte an event each. */
const KEPT_SEARCHES = 4;
/** Rows put together between two yields. */
const STEPS = 4096;

export class EventView {
  readonly events: readonly SystemEvent[];
  private readonly orders = new Map<string, Order>();
  /** Orders whose sorting was left part-way (a newer click came first): taken up again where they stopped. */
  private readonly building = new Map<string, Sliced<Order, ViewPhase>>();
  private readonly collators = new Map<string, Intl.Collator>();
  /** The newest search last. */
  private searches: Matches[] = [];
  private found?: { id: string; event: SystemEvent | undefined };
  /** The rows of the last query, and what a patch needs of it (none when the rows are the list itself). */
  private last?: { key: string; text: string; locale: string; shown?: ShownRows; rows: readonly SystemEvent[] };

  constructor(events: readonly SystemEvent[]) {
    this.events = events;
  }

  /** The event with this id, if the list has it. Looked for once per id (a selection), not per render. */
  find(id: string): SystemEvent | undefined {
    if (this.found?.id !== id) this.found = { id, event: this.events.find((event) => event.id === id) };
    return this.found.event;
  }

  /** Notes that the event with `event.id` is this one (a row of this view was selected): no search for it. */
  remember(event: SystemEvent) {
    this.found = { id: event.id, event };
  }

  /** The rows to show, at once; the same array as long as the query is the same. */
  rows(query: EventQuery): readonly SystemEvent[] {
    return finish(this.compute(query));
  }

  /** The rows to show, in steps (see slices.ts); each step says what it is busy with. */
  *compute(query: EventQuery): Sliced<readonly SystemEvent[], ViewPhase> {
    const text = query.text.trim();
    const { sort, status, locale } = query;
    const key = [sort?.column, sort?.descending, status, text, locale].join('\n');
    if (this.last?.key === key) return this.last.rows;
    const events = this.events;
    const order = sort && (yield* this.order(sort.column, locale));
    const matches = text ? yield* this.search(text) : undefined;
    if (!order && !status && !matches) {
      this.last = { key, text, locale, rows: events };
      return events;
    }
    const { rows, positions } = yield* this.select(order, sort?.descending ?? false, status, matches?.bits);
    this.last = { key, text, locale, rows, shown: { sort, status, rows, positions } };
    return rows;
  }

  /**
   * The view of `next`, a list made from this one by `changes`: the kept orders and searches are patched
   * for the changed events only. Without usable changes, a new view that sorts and searches again.
   */
  patched(next: readonly SystemEvent[], changes: EventChanges | undefined): EventView {
    const view = new EventView(next);
    // Collators are costly to make and the same for every list.
    for (const [locale, collator] of this.collators) view.collators.set(locale, collator);
    // Nothing sorted or searched yet: nothing to patch, and no walk over the whole list.
    if (!this.orders.size && !this.searches.length) return view;
    if (!changes || changes.base !== this.events) return view;
    // The usual poll: events changed where they stand. Each is moved in the kept orders, with no pass over
    // the whole list (a pass per order would cost more than the change at 100 000 events).
    const inPlace = !changes.removed.length && changedInPlace(this.events, next, changes.changed);
    if (inPlace && changes.changed.length <= IN_PLACE_LIMIT) {
      for (const [key, order] of this.orders) {
        const [column, locale] = key.split('\n') as [EventColumn, string];
        const patched = patchOrderInPlace(order, this.events, next, changes.changed, column, view.collator(locale));
        if (patched) view.orders.set(key, patched);
      }
      view.searches = this.searches.map((matches) => patchMatchesInPlace(matches, next, changes.changed));
      view.last = this.lastPatched(view, changes.changed);
      return view;
    }
    const moves = inPlace ? inPlaceMoves(this.events.length, changes.changed) : movesOf(this.events, next, changes);
    if (!moves) return view;
    for (const [key, order] of this.orders) {
      const [column, locale] = key.split('\n') as [EventColumn, string];
      view.orders.set(key, patchOrder(order, moves, next, changes.changed, column, view.collator(locale)));
    }
    view.searches = this.searches.map((matches) => patchMatches(matches, moves, next, changes.changed));
    return view;
  }

  /** The rows of the last query in `view` (changed in place from this one), or undefined to select anew. */
  private lastPatched(view: EventView, changed: readonly number[]): EventView['last'] {
    const last = this.last;
    if (!last) return undefined;
    if (!last.shown) return { ...last, rows: view.events };
    const bits = (searches: Matches[]) => searches.find((matches) => matches.text === last.text)?.bits;
    const before = last.text ? bits(this.searches) : undefined;
    const after = last.text ? bits(view.searches) : undefined;
    if (last.text && (!before || !after)) return undefined;
    const shown = patchRows(last.shown, this.events, view.events, changed, before, after, view.collator(last.locale));
    return shown && { ...last, rows: shown.rows, shown };
  }

  private collator(locale: string): Intl.Collator {
    let collator = this.collators.get(locale);
    if (!collator) {
      collator = new Intl.Collator(locale, { numeric: true });
      this.collators.set(locale, collator);
    }
    return collator;
  }

  private *order(column: EventColumn, locale: string): Sliced<Order, ViewPhase> {
    const key = `${column}\n${locale}`;
    for (;;) {
      // Checked at every step: another caller (an export needing the rows now) may have finished it.
      const kept = this.orders.get(key);
      if (kept) return kept;
      let building = this.building.get(key);
      if (!building) {
        building = buildOrder<ViewPhase>(this.events, column, this.collator(locale), 'sorting');
        this.building.set(key, building);
      }
      const next = building.next();
      if (next.done) {
        this.building.delete(key);
        this.orders.set(key, next.value);
        return next.value;
      }
      yield next.value;
    }
  }

  private *search(text: string): Sliced<Matches, ViewPhase> {
    const kept = this.searches.find((matches) => matches.text === text);
    if (kept) return kept;
    // The narrowest earlier search that this one narrows: the fewest events to test.
    const within = this.searches.filter((matches) => narrows(text, matches.text)).sort((a, b) => b.text.length - a.text.length)[0];
    const matches = yield* search<ViewPhase>(this.events, text, within?.bits, 'searching');
    this.searches = [...this.searches.filter((other) => other.text !== text).slice(1 - KEPT_SEARCHES), matches];
    return matches;
  }

  private *select(
    order: Order | undefined,
    descending: boolean,
    status: string,
    bits: Uint8Array | undefined,
  ): Sliced<{ rows: SystemEvent[]; positions: Uint32Array }, ViewPhase> {
    const events = this.events;
    const count = events.length;
    const filled = order ? order.filled : count;
    const rows: SystemEvent[] = [];
    // Each row's position in the list, for a later poll's patch (patchRows).
    const positions = new Uint32Array(count);
    for (let position = 0; position < count; position++) {
      // Descending reads the ascending order backwards; blank values stay last either way.
      const i = order ? order.index[descending && position < filled ? filled - 1 - position : position] : position;
      if ((position + 1) % STEPS === 0) yield 'filtering';
      if (bits && !bits[i]) continue;
      const event = events[i];
      if (status && event.status !== status) continue;
      positions[rows.length] = i;
      rows.push(event);
    }
    return { rows, positions: positions.subarray(0, rows.length) };
  }
}

/** Positions checked by `changedInPlace` on a long list (all of them on a shorter one). */
const SAMPLED = 1024;

/**
 * Whether `next` is `base` with the `changed` positions replaced and nothing else moved, as the events
 * source says (EventChanges). Checked at up to `SAMPLED` positions spread over the list rather than at
 * every one: a poll is handled once, by code that runs cold, and a full pass at 100 000 events would cost
 * more than the rest of the patch. A list that disagrees at a checked position is made again; one that
 * slipped through is caught by the order patch, which finds each changed event where its old key put it.
 */
function changedInPlace(base: readonly SystemEvent[], next: readonly SystemEvent[], changed: readonly number[]): boolean {
  const count = base.length;
  if (next.length !== count) return false;
  for (let c = 0; c < changed.length; c++) {
    const position = changed[c] as number;
    if (position >= count || (c > 0 && position <= (changed[c - 1] as number))) return false;
  }
  const isChanged = new Set(changed);
  const stride = Math.max(1, Math.floor(count / SAMPLED));
  for (let i = count > 0 ? (count - 1) % stride : 0; i < count; i += stride) {
    if (!isChanged.has(i) && next[i] !== base[i]) return false;
  }
  return true;
}

/** The moves of a change in place: every event stays, the changed ones are replaced. */
function inPlaceMoves(count: number, changed: readonly number[]): Moves {
  const moves = new Int32Array(count);
  for (let i = 0; i < count; i++) moves[i] = i;
  for (const position of changed) moves[position] = -1;
  return moves;
}

/**
 * Where each event of `base` is in `next` (see Moves), from the changes: the events not changed are the
 * very same objects in the same order, so one walk over both lists pairs them. Undefined when the
 * changes do not describe `next` (then everything is made again).
 */
function movesOf(base: readonly SystemEvent[], next: readonly SystemEvent[], changes: EventChanges): Moves | undefined {
  const moves = new Int32Array(base.length).fill(-1);
  const { removed, changed } = changes;
  // The next removed and changed positions, or past the end: no read beyond an array's end, which
  // would make the engine leave its fast path for this loop (ten times slower on 100 000 events).
  const removedCount = removed.length;
  const changedCount = changed.length;
  const nextCount = next.length;
  let r = 0;
  let c = 0;
  let p = 0;
  let nextRemoved = removedCount ? (removed[0] as number) : -1;
  let nextChanged = changedCount ? (changed[0] as number) : -1;
  for (let q = 0; q < base.length; q++) {
    while (nextRemoved >= 0 && nextRemoved < q) nextRemoved = ++r < removedCount ? (removed[r] as number) : -1;
    if (nextRemoved === q) continue;
    while (nextChanged === p) {
      p++;
      nextChanged = ++c < changedCount ? (changed[c] as number) : -1;
    }
    // Not the same object: replaced by a changed copy, which is among `changed`.
    if (p < nextCount && next[p] === base[q]) moves[q] = p++;
  }
  while (nextChanged === p) {
    p++;
    nextChanged = ++c < changedCount ? (changed[c] as number) : -1;
  }
  return p === nextCount && c === changedCount ? moves : undefined;
}

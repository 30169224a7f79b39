/**
 * Sorting and filtering of the events list, built to stay quick at 100 000 events: each column is sorted
 * once per list (and locale) and kept, descending reads that order backwards, and the text every filter
 * searches is lower-cased once per event. Nothing here touches the DOM.
 */
import type { EventScope, SystemEvent } from '../../data/schema.js';

export type EventColumn = 'name' | 'status' | 'message' | 'activated' | 'activatedBy' | 'finished' | 'scope';

/** The columns in the order of the help pages (Event, Status, Message, Activated, Activated by, Finished, Type). */
export const COLUMNS: readonly EventColumn[] = ['name', 'status', 'message', 'activated', 'activatedBy', 'finished', 'scope'];

/** The statuses of the contract, in the order an event passes through them; others are shown as given. */
export const STATUSES: readonly string[] = ['pending', 'running', 'finished', 'failed', 'cancelled'];
/** The scopes from the widest down. */
export const SCOPES: readonly EventScope[] = ['system', 'database', 'group', 'user'];

export interface EventSort {
  column: EventColumn;
  descending: boolean;
}

export interface EventQuery {
  sort?: EventSort;
  /** One status, or '' for all. */
  status: string;
  /** Free text, matched case-insensitively against name, key, message, description, person and status. */
  text: string;
  /** Text columns sort in this locale's alphabetical order. */
  locale: string;
}

/** Ascending positions into the list; the `filled` first have a value, the rest (blank) stay last. */
interface Order {
  index: number[];
  filled: number;
  /** The unfiltered rows ascending and descending, made with the order so a click on the header only re-renders. */
  rows: [SystemEvent[], SystemEvent[]];
}

type SortKey = number | string | null;

function sortKey(event: SystemEvent, column: EventColumn): SortKey {
  switch (column) {
    case 'status': {
      const rank = STATUSES.indexOf(event.status);
      return rank < 0 ? STATUSES.length : rank;
    }
    case 'scope':
      // The Type column shows the server's own type where it names one, else the scope (in scope order).
      return event.type || SCOPES.indexOf(event.scope);
    case 'activated':
    case 'finished': {
      const value = event[column];
      return value ? Date.parse(value) : null;
    }
    case 'activatedBy':
      // By the user id, which is what the column shows.
      return event.activatedBy?.id || null;
    default:
      return event[column] || null;
  }
}

function ascending(events: readonly SystemEvent[], column: EventColumn, locale: string): Order {
  const count = events.length;
  const keys: SortKey[] = new Array(count);
  const rank = new Float64Array(count);
  const filled: number[] = [];
  const blank: number[] = [];
  const texts = new Set<string>();
  for (let i = 0; i < count; i++) {
    const key = sortKey(events[i], column);
    keys[i] = key;
    if (key === null) blank.push(i);
    else filled.push(i);
    if (typeof key === 'string') texts.add(key);
    else if (key !== null) rank[i] = key;
  }
  if (texts.size) {
    // The collator is the slow part, so it orders each distinct text once (names and people repeat);
    // the rows then sort by a number.
    const sorted = [...texts].sort(new Intl.Collator(locale, { numeric: true }).compare);
    const ranks = new Map(sorted.map((text, i) => [text, i]));
    for (const i of filled) rank[i] = ranks.get(keys[i] as string) ?? 0;
  }
  // Ties keep the list's order, so the same data always sorts the same way.
  filled.sort((a, b) => rank[a] - rank[b] || a - b);
  const rows = (order: number[]) => order.concat(blank).map((i) => events[i]);
  return { index: filled.concat(blank), filled: filled.length, rows: [rows(filled), rows(filled.slice().reverse())] };
}

export class EventView {
  readonly events: readonly SystemEvent[];
  private readonly orders = new Map<string, Order>();
  private haystacks?: string[];
  private ids?: Map<string, SystemEvent>;
  private last?: { key: string; rows: readonly SystemEvent[] };

  constructor(events: readonly SystemEvent[]) {
    this.events = events;
  }

  /** The event with this id, if the list has it. */
  find(id: string): SystemEvent | undefined {
    this.ids ??= new Map(this.events.map((event) => [event.id, event]));
    return this.ids.get(id);
  }

  /** The rows to show; the same array as long as the query is the same, so re-renders cost nothing here. */
  rows(query: EventQuery): readonly SystemEvent[] {
    const text = query.text.trim().toLowerCase();
    const { sort, status, locale } = query;
    const key = [sort?.column, sort?.descending, status, text, locale].join('\n');
    if (this.last?.key !== key) this.last = { key, rows: this.compute(sort, status, text, locale) };
    return this.last.rows;
  }

  private compute(sort: EventSort | undefined, status: string, text: string, locale: string): readonly SystemEvent[] {
    const events = this.events;
    if (!sort && !status && !text) return events;
    const order = sort && this.order(sort.column, locale);
    const descending = sort?.descending ?? false;
    if (order && !status && !text) return order.rows[descending ? 1 : 0];
    const haystacks = text ? this.haystack() : undefined;
    const filled = order ? order.filled : events.length;
    const rows: SystemEvent[] = [];
    for (let position = 0; position < events.length; position++) {
      // Descending reads the ascending order backwards; blank values stay last either way.
      const i = order ? order.index[descending && position < filled ? filled - 1 - position : position] : position;
      const event = events[i];
      if (status && event.status !== status) continue;
      if (haystacks && !haystacks[i].includes(text)) continue;
      rows.push(event);
    }
    return rows;
  }

  private order(column: EventColumn, locale: string): Order {
    const key = `${column}\n${locale}`;
    let order = this.orders.get(key);
    if (!order) {
      order = ascending(this.events, column, locale);
      this.orders.set(key, order);
    }
    return order;
  }

  private haystack(): string[] {
    this.haystacks ??= this.events.map((event) =>
      [event.name, event.key, event.message, event.description, event.activatedBy?.name, event.activatedBy?.id, event.status, event.type]
        .join('\n')
        .toLowerCase(),
    );
    return this.haystacks;
  }
}

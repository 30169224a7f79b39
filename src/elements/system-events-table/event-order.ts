/**
 * The order of the events by one column, kept as positions into the list (a Uint32Array, 4 bytes an
 * event): built once in slices (a stable merge sort, so ties keep the list's order), read backwards for
 * descending, and patched in place when a poll changes a few events.
 */
import type { EventScope, SystemEvent } from '../../data/schema.js';
import type { Sliced } from './slices.js';

export type EventColumn = 'name' | 'status' | 'message' | 'activated' | 'activatedBy' | 'finished' | 'scope';

/** The statuses of the contract, in the order an event passes through them; others are shown as given. */
export const STATUSES: readonly string[] = ['pending', 'running', 'finished', 'failed', 'cancelled'];
/** The scopes from the widest down. */
export const SCOPES: readonly EventScope[] = ['system', 'database', 'group', 'user'];

/** What an event sorts by in a column: a number, a text (in the locale's order), or null (blank: last). */
export type SortKey = number | string | null;

export function sortKey(event: SystemEvent, column: EventColumn): SortKey {
  switch (column) {
    case 'status': {
      const rank = STATUSES.indexOf(event.status);
      return rank < 0 ? STATUSES.length : rank;
    }
    case 'scope':
      // The Type column shows the server's own type where it names one, else the scope (in scope order);
      // the scopes come first, then the named types.
      return event.type || SCOPES.indexOf(event.scope);
    case 'activated':
    case 'finished': {
      const value = event[column];
      const instant = value ? Date.parse(value) : NaN;
      return Number.isNaN(instant) ? null : instant;
    }
    case 'activatedBy':
      // By the user id, which is what the column shows.
      return event.activatedBy?.id || null;
    default:
      return event[column] || null;
  }
}

/** Two keys that are not null: numbers by value and before texts, texts in the locale's order. */
export function compareKeys(a: number | string, b: number | string, collator: Intl.Collator): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  return typeof b === 'number' ? 1 : collator.compare(a, b);
}

export interface Order {
  /** Positions into the list: the `filled` first ascending (ties in list order), then the blank ones in list order. */
  readonly index: Uint32Array;
  readonly filled: number;
}

/** Yield to the slicer every this many steps. */
const STEPS = 512;
/** Runs this long are put in order by insertion before the merging starts. */
const RUN = 24;
/** After this many wins in a row from one side, a merge looks ahead by galloping (as TimSort does). */
const GALLOP = 7;
const BLANK = 0xffffffff;
/** Numbers below this that are whole (status and scope ranks) are looked up by value. */
const SMALL = 64;

/**
 * Sorts the events by one column, in steps; `phase` is what the steps report (the busy state). Each
 * distinct value is compared (the collator is the slow part, and names, people and messages repeat),
 * then the events are placed by the rank of their value in one counting pass, ties in list order.
 */
export function* buildOrder<Phase>(events: readonly SystemEvent[], column: EventColumn, collator: Intl.Collator, phase: Phase): Sliced<Order, Phase> {
  const count = events.length;
  const valueOf = new Uint32Array(count);
  const ids = new Map<number | string, number>();
  const values: (number | string)[] = [];
  const smallIds: number[] = [];
  for (let i = 0; i < count; i++) {
    const key = sortKey(events[i], column);
    if (key === null) valueOf[i] = BLANK;
    else if (typeof key === 'number') {
      // Numbers compare quickly: only the few ranks (status, scope) are worth finding equal ones for.
      const small = key >= 0 && key < SMALL && Number.isInteger(key);
      valueOf[i] = small ? (smallIds[key] ??= values.push(key) - 1) : values.push(key) - 1;
    } else {
      let id = ids.get(key);
      if (id === undefined) {
        id = values.length;
        ids.set(key, id);
        values.push(key);
      }
      valueOf[i] = id;
    }
    if ((i + 1) % STEPS === 0) yield phase;
  }
  ids.clear();
  const distinct = values.length;
  const sorted = new Uint32Array(distinct);
  for (let id = 0; id < distinct; id++) sorted[id] = id;
  const compare = (a: number, b: number) => compareKeys(values[a], values[b], collator);
  yield* mergeSort(sorted, compare, phase);
  // Values the collator finds equal (canonically equivalent texts) share a rank: their events tie.
  const rankOf = new Uint32Array(distinct);
  let rank = 0;
  for (let r = 0; r < distinct; r++) {
    if (r > 0 && compare(sorted[r - 1], sorted[r]) !== 0) rank++;
    rankOf[sorted[r]] = rank;
    if ((r + 1) % STEPS === 0) yield phase;
  }
  // Counting sort by rank: stable, so ties keep the list's order.
  const starts = new Uint32Array(rank + 2);
  let filled = 0;
  for (let i = 0; i < count; i++) {
    const id = valueOf[i];
    if (id === BLANK) continue;
    starts[rankOf[id] + 1]++;
    filled++;
  }
  for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1];
  const index = new Uint32Array(count);
  let blank = filled;
  for (let i = 0; i < count; i++) {
    const id = valueOf[i];
    if (id === BLANK) index[blank++] = i;
    else index[starts[rankOf[id]]++] = i;
    if ((i + 1) % STEPS === 0) yield phase;
  }
  return { index, filled };
}

/**
 * A stable sort of positions by `compare` in steps: runs put in order by binary insertion, then merged
 * bottom-up between two buffers, galloping through long stretches from one side. Native sorts cannot be
 * paused; this one yields every few hundred comparisons.
 */
function* mergeSort<Phase>(positions: Uint32Array, compare: (a: number, b: number) => number, phase: Phase): Sliced<void, Phase> {
  const length = positions.length;
  for (let start = 0; start < length; start += RUN) {
    const end = Math.min(start + RUN, length);
    for (let i = start + 1; i < end; i++) {
      const item = positions[i];
      let low = start;
      let high = i;
      while (low < high) {
        const middle = (low + high) >>> 1;
        // Equal items go after the ones already placed: stable.
        if (compare(item, positions[middle]) < 0) high = middle;
        else low = middle + 1;
      }
      positions.copyWithin(low + 1, low, i);
      positions[low] = item;
    }
    if ((start / RUN + 1) % 32 === 0) yield phase;
  }
  let from: Uint32Array = positions;
  let to: Uint32Array = new Uint32Array(length);
  // Counted across merges too: the many small merges of the first rounds would otherwise never yield.
  let merged = 0;
  for (let width = RUN; width < length; width *= 2) {
    for (let start = 0; start < length; start += 2 * width) {
      const end = Math.min(start + 2 * width, length);
      yield* merge(from, to, start, Math.min(start + width, length), end, compare, phase);
      merged += end - start;
      if (merged >= STEPS) {
        merged = 0;
        yield phase;
      }
    }
    [from, to] = [to, from];
  }
  if (from !== positions) positions.set(from);
}

/** Merges `from[start, middle)` and `from[middle, end)` into `to[start, end)`; the left side first on ties. */
function* merge<Phase>(
  from: Uint32Array,
  to: Uint32Array,
  start: number,
  middle: number,
  end: number,
  compare: (a: number, b: number) => number,
  phase: Phase,
): Sliced<void, Phase> {
  let left = start;
  let right = middle;
  let out = start;
  let leftWins = 0;
  let rightWins = 0;
  let steps = 0;
  while (left < middle && right < end) {
    if (compare(from[right], from[left]) < 0) {
      to[out++] = from[right++];
      rightWins++;
      leftWins = 0;
    } else {
      to[out++] = from[left++];
      leftWins++;
      rightWins = 0;
    }
    if (leftWins >= GALLOP && right < end) {
      // The left items up to the first one after the right's head go out at once.
      const stop = gallop(from, left, middle, from[right], false, compare);
      while (left < stop) to[out++] = from[left++];
      leftWins = 0;
    } else if (rightWins >= GALLOP && left < middle) {
      const stop = gallop(from, right, end, from[left], true, compare);
      while (right < stop) to[out++] = from[right++];
      rightWins = 0;
    }
    if (++steps % STEPS === 0) yield phase;
  }
  while (left < middle) to[out++] = from[left++];
  while (right < end) to[out++] = from[right++];
}

/**
 * The first position in `[low, high)` of sorted `items` that goes after `pivot` (`orEqual`: or is equal
 * to it): exponential, then binary search. Nothing allocated, so a sort makes no garbage as it goes.
 */
function gallop(items: Uint32Array, low: number, high: number, pivot: number, orEqual: boolean, compare: (a: number, b: number) => number): number {
  let step = 1;
  let bound = low;
  while (bound < high && !goesAfter(compare(items[bound], pivot), orEqual)) {
    low = bound + 1;
    bound = low + step;
    step *= 2;
  }
  high = Math.min(bound, high);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (goesAfter(compare(items[middle], pivot), orEqual)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function goesAfter(order: number, orEqual: boolean): boolean {
  return orEqual ? order >= 0 : order > 0;
}

/**
 * Where the events of a previous list are in the next: `next[i]` is the new position of the event that
 * was at `i`, or -1 when it is gone or was replaced by a changed copy (see EventChanges).
 */
export type Moves = Int32Array;

/**
 * The order of the next list from the order of the one it was made from: the kept events keep their
 * places (mapped to their new positions), the changed ones are put in by binary search. O(n) integer
 * copies and O(k log n) comparisons for k changed events, against O(n log n) comparisons for a new sort.
 */
export function patchOrder(
  order: Order,
  moves: Moves,
  events: readonly SystemEvent[],
  changed: readonly number[],
  column: EventColumn,
  collator: Intl.Collator,
): Order {
  const kept = new Uint32Array(order.index.length);
  let keptFilled = 0;
  let length = 0;
  for (let i = 0; i < order.index.length; i++) {
    const moved = moves[order.index[i]];
    if (moved < 0) continue;
    kept[length++] = moved;
    if (i < order.filled) keptFilled++;
  }
  const keyOf = (position: number) => sortKey(events[position], column);
  const before = (a: number, aKey: number | string, b: number) =>
    compareKeys(aKey, keyOf(b) as number | string, collator) || a - b;
  const added = changed.map((position) => ({ position, key: keyOf(position) }));
  const filledAdded = added.filter((item): item is { position: number; key: number | string } => item.key !== null);
  filledAdded.sort((a, b) => compareKeys(a.key, b.key, collator) || a.position - b.position);
  const blankAdded = added.filter((item) => item.key === null).map((item) => item.position);
  blankAdded.sort((a, b) => a - b);

  const index = new Uint32Array(length + added.length);
  let out = 0;
  let from = 0;
  // Filled part: each added event after the kept ones that sort before it.
  for (const item of filledAdded) {
    let low = from;
    let high = keptFilled;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(item.position, item.key, kept[middle]) > 0) low = middle + 1;
      else high = middle;
    }
    index.set(kept.subarray(from, low), out);
    out += low - from;
    from = low;
    index[out++] = item.position;
  }
  index.set(kept.subarray(from, keptFilled), out);
  out += keptFilled - from;
  const filled = out;
  // Blank part: in list order.
  from = keptFilled;
  for (const position of blankAdded) {
    let low = from;
    let high = length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (kept[middle] < position) low = middle + 1;
      else high = middle;
    }
    index.set(kept.subarray(from, low), out);
    out += low - from;
    from = low;
    index[out++] = position;
  }
  index.set(kept.subarray(from, length), out);
  return { index, filled };
}

/** Up to this many changed events, an in-place patch moves each one (two block moves); beyond, one pass. */
export const IN_PLACE_LIMIT = 64;

/**
 * The order of the next list when a poll only changed events where they stand (no event removed or
 * added, so every position means the same event in both lists): each changed event is found where its
 * old key put it (binary search over `base`), taken out and put back where its new key goes. O(k log n)
 * comparisons and 2k block moves of the typed index, with no pass over every event. Undefined when the
 * order does not describe `base` after all: then it is sorted anew when next needed, in slices.
 */
export function patchOrderInPlace(
  order: Order,
  base: readonly SystemEvent[],
  events: readonly SystemEvent[],
  changed: readonly number[],
  column: EventColumn,
  collator: Intl.Collator,
): Order | undefined {
  const index = order.index.slice();
  let length = index.length;
  let filled = order.filled;
  // The first slot at or after `position` with key `key` (from `list`): by key, then position, in the
  // filled part; by position alone in the blank part.
  const slot = (list: readonly SystemEvent[], position: number, key: SortKey) => {
    let low = key === null ? filled : 0;
    let high = key === null ? length : filled;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = index[middle] as number;
      const after =
        key === null ? position - other : compareKeys(key, sortKey(list[other] as SystemEvent, column) as number | string, collator) || position - other;
      if (after > 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  for (const position of changed) {
    const key = sortKey(base[position] as SystemEvent, column);
    const at = slot(base, position, key);
    if (at >= length || index[at] !== position) return undefined;
    index.copyWithin(at, at + 1, length);
    length--;
    if (key !== null) filled--;
  }
  for (const position of changed) {
    const key = sortKey(events[position] as SystemEvent, column);
    const at = slot(events, position, key);
    index.copyWithin(at + 1, at, length);
    index[at] = position;
    length++;
    if (key !== null) filled++;
  }
  return { index, filled };
}

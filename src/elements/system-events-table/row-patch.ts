/**
 * The rows on screen after a poll that changed a few events where they stand (see `patchOrderInPlace`):
 * the rows shown before, each changed event taken out where its old values put it and put back where its
 * new ones go (if it still passes the filter and search), found by binary search. O(k log n) comparisons
 * and 2k block moves, where selecting the rows again walks the whole list.
 */
import type { SystemEvent } from '../../data/schema.js';
import { compareKeys, sortKey, type SortKey } from './event-order.js';
import type { EventSort } from './event-view.js';

export interface ShownRows {
  readonly sort?: EventSort;
  readonly status: string;
  readonly rows: readonly SystemEvent[];
  /** Each row's position in the list. */
  readonly positions: Uint32Array;
}

/** `bits`: the search's matches (one byte an event), undefined without a search. Undefined: select anew. */
export function patchRows(
  shown: ShownRows,
  base: readonly SystemEvent[],
  next: readonly SystemEvent[],
  changed: readonly number[],
  bitsBefore: Uint8Array | undefined,
  bitsAfter: Uint8Array | undefined,
  collator: Intl.Collator,
): ShownRows | undefined {
  const { sort, status } = shown;
  const rows = shown.rows.slice();
  const positions = new Uint32Array(shown.positions.length + changed.length);
  positions.set(shown.positions);
  let length = shown.rows.length;
  const passes = (list: readonly SystemEvent[], bits: Uint8Array | undefined, position: number) =>
    (!bits || bits[position] === 1) && (!status || (list[position] as SystemEvent).status === status);
  const keyOf = (list: readonly SystemEvent[], position: number): SortKey => (sort ? sortKey(list[position] as SystemEvent, sort.column) : null);
  // Rows are in the order the table shows: by key (backwards when descending, ties too, as the order is
  // read backwards), then the blank ones in list order; without a sort, all in list order.
  const after = (list: readonly SystemEvent[], position: number, key: SortKey, row: number) => {
    const rowKey = keyOf(list, row);
    if (key === null || rowKey === null) return key === rowKey ? position - row : key === null ? 1 : -1;
    const ascending = compareKeys(key, rowKey, collator) || position - row;
    return sort?.descending ? -ascending : ascending;
  };
  const slot = (list: readonly SystemEvent[], position: number) => {
    const key = keyOf(list, position);
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (after(list, position, key, positions[middle] as number) > 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  for (const position of changed) {
    if (!passes(base, bitsBefore, position)) continue;
    const at = slot(base, position);
    if (at >= length || positions[at] !== position) return undefined;
    rows.splice(at, 1);
    positions.copyWithin(at, at + 1, length);
    length--;
  }
  for (const position of changed) {
    if (!passes(next, bitsAfter, position)) continue;
    const at = slot(next, position);
    rows.splice(at, 0, next[position] as SystemEvent);
    positions.copyWithin(at + 1, at, length);
    positions[at] = position;
    length++;
  }
  return { sort, status, rows, positions: positions.subarray(0, length) };
}

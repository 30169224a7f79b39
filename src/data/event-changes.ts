/**
 * How a newer events list was made from the one before it, so the table can update what it keeps (sort
 * orders, the search index, the rows on screen) for the changed events only: a poll that changes k events
 * then costs O(k), not O(list). Made by whoever reads the newer list (the events source); absent when the
 * list is new as a whole (the first answer, another endpoint, a server that reordered it).
 */
import type { SystemEvent } from './schema.js';

export interface EventChanges {
  /** The list this one was made from: the previous answer's `events`, the very same array. */
  readonly base: readonly SystemEvent[];
  /** Positions in `base` of the events that are no longer in the list, ascending. */
  readonly removed: readonly number[];
  /**
   * Positions in the new list of the events that are new or differ from their copy in `base`, ascending.
   * Every other position holds the very same object as `base` did, and those keep their order.
   */
  readonly changed: readonly number[];
}

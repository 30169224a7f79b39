/**
 * Reading `GET /events` the way `EventsResponseSchema` does, quickly, and working out how the new list
 * derives from the one before it. Shared by the events worker and the main thread's fallback, so both give
 * the same answer: same rows kept, same rows rejected and named, same changes.
 */
import * as v from 'valibot';
import { quickReader, UNSURE } from './fast-schema.js';
import { defaultLabel, firstById, inListOrder, rejection, type RejectedRow } from './rows.js';
import { EventsResponseSchema, SystemEventSchema, type SystemEvent } from './schema.js';
import { DataError } from './errors.js';
import { validate } from './validate.js';

export interface ReadEvents {
  events: SystemEvent[];
  rejected: RejectedRow[];
}

const quickEvent = quickReader(SystemEventSchema);

/** The body as `response.text()` would read it (UTF-8, a byte-order mark dropped), parsed and read. */
export function readEventsBody(bytes: ArrayBuffer, url: string, status: number): ReadEvents {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (error) {
    throw new DataError('malformed', 'The response is not valid JSON', { url, status, cause: error });
  }
  return readEventsDocument(json, url);
}

/**
 * The events of a parsed body, row by row: a row the quick reader vouches for is taken as it read it;
 * any other goes to valibot, which keeps it or names what is wrong. A wrong frame (no `events` list) is a
 * contract error, as `EventsResponseSchema` words it.
 */
export function readEventsDocument(json: unknown, url: string): ReadEvents {
  const list = json && typeof json === 'object' ? (json as { events?: unknown }).events : undefined;
  if (!Array.isArray(list)) {
    // Only the schema words the frame's error; it throws here (and were it ever to accept, its output stands).
    const { events, rejectedEvents = [] } = validate(EventsResponseSchema, json, url);
    return { events, rejected: rejectedEvents };
  }
  const valid: SystemEvent[] = [];
  const positions: number[] = [];
  const rejected: RejectedRow[] = [];
  for (let index = 0; index < list.length; index++) {
    const raw: unknown = list[index];
    const quick = quickEvent ? quickEvent(raw) : UNSURE;
    if (quick !== UNSURE) {
      valid.push(quick);
      positions.push(index);
      continue;
    }
    const result = v.safeParse(SystemEventSchema, raw, { abortEarly: true });
    if (result.success) {
      valid.push(result.output);
      positions.push(index);
    } else {
      rejected.push(rejection(index, defaultLabel(raw), result.issues));
    }
  }
  const { kept, repeated } = firstById(valid, positions, (event) => event.name || event.id);
  return { events: kept, rejected: repeated.length ? inListOrder([...rejected, ...repeated]) : rejected };
}

/**
 * How `next` derives from `base`, when it keeps base's order. `changed` are positions in `next` (new or
 * different events), `replaced` the base position each changed event had (-1 when new), `removed` the base
 * positions no longer in the list. Undefined when the events that stayed are in another order.
 */
export interface EventsDiff {
  removed: number[];
  changed: number[];
  replaced: number[];
}

/** Where each event of a list stands, by id (ids are unique once read). */
export const positionsById = (events: readonly SystemEvent[]) => new Map(events.map((event, index) => [event.id, index]));

export function diffEvents(
  base: readonly SystemEvent[],
  basePositions: ReadonlyMap<string, number>,
  next: readonly SystemEvent[],
): EventsDiff | undefined {
  const stayed = new Uint8Array(base.length);
  const changed: number[] = [];
  const replaced: number[] = [];
  let last = -1;
  for (let index = 0; index < next.length; index++) {
    const event = next[index] as SystemEvent;
    const before = basePositions.get(event.id);
    if (before === undefined) {
      changed.push(index);
      replaced.push(-1);
      continue;
    }
    if (before < last) return undefined;
    last = before;
    stayed[before] = 1;
    if (!sameValue(base[before], event)) {
      changed.push(index);
      replaced.push(before);
    }
  }
  const removed: number[] = [];
  for (let index = 0; index < base.length; index++) if (!stayed[index]) removed.push(index);
  return { removed, changed, replaced };
}

/**
 * The new list: base's very objects where nothing changed, in their order, and `changedEvents` (one per
 * `diff.changed` position) in between.
 */
export function applyDiff(base: readonly SystemEvent[], diff: EventsDiff, changedEvents: readonly SystemEvent[]): SystemEvent[] {
  // A poll that only changes events in place (the usual one): a copy of base (a block copy, not a loop over
  // every event, which at 100,000 events costs milliseconds) with those positions replaced.
  if (diff.removed.length === 0 && diff.replaced.every((position) => position >= 0)) {
    const list = base.slice();
    for (let at = 0; at < diff.changed.length; at++) list[diff.changed[at] as number] = changedEvents[at] as SystemEvent;
    return list;
  }
  const skip = new Uint8Array(base.length);
  for (const position of diff.removed) skip[position] = 1;
  for (const position of diff.replaced) if (position >= 0) skip[position] = 1;
  const length = base.length - diff.removed.length + diff.replaced.filter((position) => position < 0).length;
  const list = new Array<SystemEvent>(length);
  let from = 0;
  let next = 0;
  for (let index = 0; index < length; index++) {
    if (diff.changed[next] === index) {
      list[index] = changedEvents[next] as SystemEvent;
      next++;
      continue;
    }
    while (skip[from]) from++;
    list[index] = base[from++] as SystemEvent;
  }
  return list;
}

/** Equality of what the schema outputs: plain objects, arrays, strings, numbers, booleans and null. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

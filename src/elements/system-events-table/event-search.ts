/**
 * The free-text search: which events match, one byte an event, found by testing each field with a
 * case-insensitive expression (no lower-cased copy of the texts is made or kept). Typing on narrows:
 * a text that contains an earlier one only tests the events that matched that one.
 */
import type { SystemEvent } from '../../data/schema.js';
import type { Moves } from './event-order.js';
import type { Sliced } from './slices.js';

/** Events tested between two yields. */
const STEPS = 256;

export interface Matches {
  /** The search text, trimmed. */
  readonly text: string;
  /** `bits[i]` is 1 when the event at position i matches. */
  readonly bits: Uint8Array;
}

/** Special characters of a regular expression that must be escaped to stand for themselves (with the u flag). */
const SPECIAL = /[\\^$.*+?()[\]{}|/]/g;

/**
 * Whether an event matches `text`: in name, key, message, description, the person's name and id, status
 * or type, ignoring case as Unicode's simple case folding does.
 */
export function matcher(text: string): (event: SystemEvent) => boolean {
  const pattern = new RegExp(text.replace(SPECIAL, '\\$&'), 'iu');
  const test = (value: string | null | undefined) => !!value && pattern.test(value);
  return (event) =>
    test(event.name) ||
    test(event.key) ||
    test(event.message) ||
    test(event.description) ||
    test(event.activatedBy?.name) ||
    test(event.activatedBy?.id) ||
    test(event.status) ||
    test(event.type);
}

/**
 * Whether every event matching `text` also matches `earlier`, so a search for `text` need only look
 * at the matches of `earlier`. Only when lower-casing keeps each text's length (one character for one),
 * which is when containment after lower-casing means containment after case folding.
 */
export function narrows(text: string, earlier: string): boolean {
  const lower = text.toLowerCase();
  const lowerEarlier = earlier.toLowerCase();
  return lower.length === text.length && lowerEarlier.length === earlier.length && lower.includes(lowerEarlier);
}

/** The matches of `text` among `events`, testing only those set in `within` when given. */
export function* search<Phase>(events: readonly SystemEvent[], text: string, within: Uint8Array | undefined, phase: Phase): Sliced<Matches, Phase> {
  const matches = matcher(text);
  const bits = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++) {
    if ((!within || within[i]) && matches(events[i])) bits[i] = 1;
    if ((i + 1) % STEPS === 0) yield phase;
  }
  return { text, bits };
}

/**
 * The matches when a poll only changed events where they stand (see `patchOrderInPlace`): a block copy of
 * the bits, and the changed events tested again.
 */
export function patchMatchesInPlace(previous: Matches, events: readonly SystemEvent[], changed: readonly number[]): Matches {
  const bits = previous.bits.slice();
  const matches = matcher(previous.text);
  for (const position of changed) bits[position] = matches(events[position]) ? 1 : 0;
  return { text: previous.text, bits };
}

/** The matches in the next list: the kept events keep their bit, the changed ones are tested. O(n) bytes, O(k) tests. */
export function patchMatches(previous: Matches, moves: Moves, events: readonly SystemEvent[], changed: readonly number[]): Matches {
  const bits = new Uint8Array(events.length);
  for (let i = 0; i < moves.length; i++) {
    const moved = moves[i];
    if (moved >= 0) bits[moved] = previous.bits[i];
  }
  const matches = matcher(previous.text);
  for (const position of changed) bits[position] = matches(events[position]) ? 1 : 0;
  return { text: previous.text, bits };
}

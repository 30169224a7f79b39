/**
 * The domain's rules for system events, apart from how they are drawn: which events may be deleted and
 * which have ended. Nothing here touches the DOM or the clock; `now` is always given.
 */
import type { SystemEvent } from '../../data/schema.js';

/** The statuses after which an event runs no more. */
const ENDED: readonly string[] = ['finished', 'failed', 'cancelled'];

/** Event keys whose work must run to its end: deleting the event would cancel it. */
const NOT_CANCELLABLE: readonly string[] = ['UDefRebuild'];

export const hasEnded = (event: SystemEvent): boolean => ENDED.includes(event.status);

/**
 * Whether deleting the event would cancel work that must not be cancelled: a rebuild of the user-defined
 * fields that has not ended (pending, running, or a status the contract does not know, which may be
 * either). Once it has finished, failed or been cancelled, deleting it removes a record and cancels nothing.
 */
export const mustNotCancel = (event: SystemEvent): boolean => NOT_CANCELLABLE.includes(event.key) && !hasEnded(event);

/**
 * When an event finished, for showing. `finished` is when the event is expected to finish (the vendor's
 * `eta`); for an event still going that may be in the future. An event that has ended did so by `now`,
 * so a `finished` time after `now` is not when it ended: `endedEarly` says so, and the time is shown as
 * the expected one, never as "in 10 minutes".
 */
export function finishedAt(event: SystemEvent, now: number): { value: string | null; endedEarly: boolean } {
  const value = event.finished;
  const endedEarly = hasEnded(event) && value !== null && Date.parse(value) > now;
  return { value, endedEarly };
}

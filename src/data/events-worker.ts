/**
 * The events worker: reads `GET /events` bodies off the main thread. It decodes, parses and validates
 * each body, compares it with the list it kept from the previous answer, and posts back only what changed
 * (all events for a new list), in chunks small enough that receiving one is a short task for the page.
 */
import { DataError } from './errors.js';
import { diffEvents, positionsById, readEventsBody } from './events-reading.js';
import type { FromWorker, ReadFailure, ReadRequest, ToWorker } from './events-messages.js';
import type { SystemEvent } from './schema.js';

/** Events per message: parsing this many takes the page a millisecond or two. */
const CHUNK = 500;

interface Kept {
  token: number;
  events: SystemEvent[];
  positions: Map<string, number>;
}

const kept = new Map<number, Kept>();

const post = (message: FromWorker) => globalThis.postMessage(message);

function read({ id, reader, bytes, url, status, base, token }: ReadRequest) {
  try {
    const { events, rejected } = readEventsBody(bytes, url, status);
    const previous = kept.get(reader);
    const diff = previous && previous.token === base ? diffEvents(previous.events, previous.positions, events) : undefined;
    kept.set(reader, { token, events, positions: positionsById(events) });
    const sending = diff ? diff.changed.map((position) => events[position] as SystemEvent) : events;
    for (let at = 0; at < sending.length; at += CHUNK) post({ id, type: 'rows', json: JSON.stringify(sending.slice(at, at + CHUNK)) });
    post({ id, type: 'done', diff, rejected });
  } catch (error) {
    post({ id, type: 'failed', failure: describe(error) });
  }
}

function describe(error: unknown): ReadFailure {
  if (error instanceof DataError) {
    const { kind, message, field, expected, received } = error;
    const cause = error.cause instanceof Error ? error.cause.message : undefined;
    return { kind, message, field, expected, received, cause };
  }
  return { kind: 'malformed', message: error instanceof Error ? error.message : String(error) };
}

globalThis.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'forget') kept.delete(message.reader);
  else read(message);
});
post({ type: 'ready' });

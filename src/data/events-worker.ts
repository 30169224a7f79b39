/**
 * The events worker: reads `GET /events` bodies off the main thread. It decodes, parses and validates
 * each body, compares it with the list it kept from the previous answer, and posts back only what changed
 * (all events for a new list), in chunks small enough that receiving one is a short task for the page.
 */
import { DataError } from './errors.js';
import { diffEvents, positionsById, readEventsBody } from './events-reading.js';
import type { FetchRequest, FromWorker, ReadFailure, ReadRequest, ToWorker } from './events-messages.js';
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

function read({ id, reader, bytes, url, status, base, token, rowsAs }: ReadRequest) {
  try {
    const { events, rejected } = readEventsBody(bytes, url, status);
    const previous = kept.get(reader);
    const diff = previous && previous.token === base ? diffEvents(previous.events, previous.positions, events) : undefined;
    kept.set(reader, { token, events, positions: positionsById(events) });
    const sending = diff ? diff.changed.map((position) => events[position] as SystemEvent) : events;
    for (let at = 0; at < sending.length; at += CHUNK) {
      const chunk = sending.slice(at, at + CHUNK);
      post(rowsAs === 'clone' ? { id, type: 'rows', events: chunk } : { id, type: 'rows', json: JSON.stringify(chunk) });
    }
    post({ id, type: 'done', diff, rejected });
  } catch (error) {
    post({ id, type: 'failed', failure: describe(error) });
  }
}

/** Fetches in progress, to abort when the page stops waiting. */
const fetching = new Map<number, AbortController>();

/**
 * The page's GET, made here so that its body never reaches the page: only the head, an error's body and
 * the changed events do. The page checks the head as its client checks any answer (redirects, errors,
 * `Retry-After`); a body is read only where the client would read one.
 */
async function fetchAndRead({ id, url, init, ...request }: FetchRequest) {
  const controller = new AbortController();
  fetching.set(id, controller);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    // Another origin's answer is neither read nor shown; an error's body is read for its problem details.
    const elsewhere = Boolean(response.url) && new URL(response.url).origin !== new URL(url).origin;
    const failed = !response.ok && response.status !== 304;
    const reading = !elsewhere && !failed && response.status !== 304;
    const errorBody = failed && !elsewhere ? await response.text().catch(() => undefined) : undefined;
    const { status, statusText } = response;
    post({ id, type: 'head', status, statusText, url: response.url, headers: [...response.headers], errorBody, reading });
    if (!reading) return;
    const bytes = await response.arrayBuffer();
    read({ ...request, type: 'read', id, bytes, url, status });
  } catch (error) {
    // After an abort the page no longer listens; before a head, this is fetch failing (network, CORS).
    if (!controller.signal.aborted) post({ id, type: 'failed', failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) } });
  } finally {
    fetching.delete(id);
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
  else if (message.type === 'fetch') void fetchAndRead(message);
  else if (message.type === 'abort') fetching.get(message.id)?.abort();
  else read(message);
});
post({ type: 'ready' });

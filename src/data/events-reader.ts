/**
 * Reads `GET /events` bodies for one data source and says how each new list derives from the previous one
 * (`EventChanges`). A large body goes to the events worker (events-worker.ts), so parsing tens of
 * megabytes never holds up the page: the main thread only hands the bytes over and takes back what
 * changed, a chunk per task. Where no worker can start (a server render, a page whose Content Security
 * Policy forbids it, a host that serves the file from elsewhere) the same reading runs here, with the same
 * results.
 */
import { DataError } from './errors.js';
import type { EventChanges } from './event-changes.js';
import { applyDiff, diffEvents, positionsById, readEventsBody, type EventsDiff, type ReadEvents } from './events-reading.js';
import type { AnswerHead as HeadMessage, FromWorker, ReadFailure, ToWorker } from './events-messages.js';
import type { AnswerHead, RemoteFetch } from './http-client.js';
import { withRejected } from './rows.js';
import type { EventsResponse, RejectedRow, SystemEvent } from './schema.js';

export interface EventsRead {
  response: EventsResponse;
  /** How `response.events` derives from the previous answer's list; absent when it is new as a whole. */
  changes?: EventChanges;
}

/** Where bodies are read; tests and benchmarks choose. `minWorkerBytes`: smaller bodies are read here. */
export const eventsReading = {
  /** Below this a body is parsed on the main thread: a few milliseconds, less than a worker round trip. */
  minWorkerBytes: 256 * 1024,
  /** Milliseconds a new worker may take to say it is ready before bodies are read here instead. */
  startTimeout: 10_000,
  /**
   * Whether a GET the page's own fetch would make (the host gave none) is made by the worker instead, so
   * the body's bytes never reach the main thread: once the list has been seen to be at least
   * `minWorkerBytes` (polls of a large list). Off: the page fetches and hands the bytes over.
   */
  fetchInWorker: true,
  /** How the worker sends events back, for benchmarks: JSON text the page parses, or structured clone. */
  rowsAs: 'json' as 'json' | 'clone',
  /** Where the last body was read, for tests and benchmarks. */
  lastReadIn: undefined as 'worker' | 'page' | undefined,
  /** Where the last GET /events went out from, for tests and benchmarks. */
  lastFetchedIn: undefined as 'worker' | 'page' | undefined,
  /** Milliseconds the main thread spent handing bodies to the worker and taking its answers, for benchmarks. */
  mainThreadMs: 0,
};

/** Ends the page's events worker; the next large body starts a new one (or finds none can start). */
export function startFresh(): void {
  void starting?.then((worker) => worker?.terminate());
  starting = undefined;
}

interface Answer {
  token: number;
  events: SystemEvent[];
}

let readers = 0;

export class EventsReader {
  private readonly key = ++readers;
  private tokens = 0;
  private previous?: Answer;
  /**
   * The size of the last body read here, in bytes. Only a list known to be large is fetched by the worker:
   * a small one is read on the page at once, and a page under Trusted Types (where creating a worker from
   * a URL is refused and reported) never tries unless its lists are large.
   */
  private lastBytes = 0;

  constructor() {
    forgetWhenCollected.register(this, this.key);
  }

  /** The body of a 200 answer as the events and their changes; throws `DataError` as the client does. */
  readonly read = async (bytes: ArrayBuffer, url: string, status: number): Promise<EventsRead> => {
    eventsReading.lastFetchedIn = 'page';
    this.lastBytes = bytes.byteLength;
    const base = this.previous;
    const token = ++this.tokens;
    const worker = bytes.byteLength >= eventsReading.minWorkerBytes ? await readyWorker() : undefined;
    eventsReading.lastReadIn = worker ? 'worker' : 'page';
    const read = worker
      ? await inWorker(worker, { type: 'read', reader: this.key, bytes, url, status, base: base?.token ?? 0, token, rowsAs: eventsReading.rowsAs }, base)
      : here(readEventsBody(bytes, url, status), base);
    return this.taken(base, token, read);
  };

  /** The whole GET made in the worker (the client's `RemoteFetch`); undefined where no worker runs. */
  readonly fetch: RemoteFetch<EventsRead> = async (url, init, signal) => {
    const large = this.lastBytes >= eventsReading.minWorkerBytes;
    const worker = eventsReading.fetchInWorker && large ? await readyWorker() : undefined;
    if (!worker || signal.aborted) return undefined;
    const base = this.previous;
    const token = ++this.tokens;
    eventsReading.lastFetchedIn = 'worker';
    const { head, body } = await fetchInWorker(worker, { type: 'fetch', reader: this.key, url, init, base: base?.token ?? 0, token, rowsAs: eventsReading.rowsAs }, base, signal);
    return {
      head,
      body: async () => {
        eventsReading.lastReadIn = 'worker';
        return this.taken(base, token, await body);
      },
    };
  };

  private taken(base: Answer | undefined, token: number, { events, rejected, diff }: WorkerRead): EventsRead {
    // A newer answer may have been read meanwhile (two requests in flight): the newest kept stays kept.
    if (!this.previous || this.previous.token < token) this.previous = { token, events };
    const changes = base && diff ? { base: base.events, removed: diff.removed, changed: diff.changed } : undefined;
    return { response: { events, ...withRejected('rejectedEvents', rejected) }, changes };
  }
}

interface WorkerRead {
  events: SystemEvent[];
  rejected: RejectedRow[];
  diff?: EventsDiff;
}

/** The main thread's own reading, compared with the list it already holds. */
function here(read: ReadEvents, base: Answer | undefined) {
  const diff = base ? diffEvents(base.events, positionsById(base.events), read.events) : undefined;
  if (!base || !diff) return { ...read, diff };
  const events = nothingChanged(diff) ? base.events : applyDiff(base.events, diff, diff.changed.map((at) => read.events[at] as SystemEvent));
  return { events, rejected: read.rejected, diff };
}

const nothingChanged = (diff: EventsDiff) => diff.changed.length === 0 && diff.removed.length === 0;

// ---- The worker, shared by every reader of the page ----

interface Pending {
  chunks: SystemEvent[][];
  resolve: (answer: WorkerRead) => void;
  reject: (error: unknown) => void;
  /** For a fetch in the worker, until its head came. */
  head?: { resolve: (head: AnswerHead) => void; reject: (error: unknown) => void };
  base?: Answer;
  url: string;
  status: number;
}

/** undefined: not tried yet; null: cannot be used in this page. */
let starting: Promise<Worker | null> | undefined;
let requests = 0;
const pending = new Map<number, Pending>();

const forgetWhenCollected = new FinalizationRegistry<number>((reader) => {
  void starting?.then((worker) => worker?.postMessage({ type: 'forget', reader } satisfies ToWorker));
});

function readyWorker(): Promise<Worker | undefined> {
  starting ??= startWorker();
  return starting.then((worker) => worker ?? undefined);
}

function startWorker(): Promise<Worker | null> {
  let worker: Worker;
  try {
    // Written out in full so that bundlers (Vite, webpack, Parcel) see the worker and build it next to this
    // module. A page enforcing Trusted Types refuses a plain URL here: its events are read on the main thread.
    worker = new Worker(new URL('./events-worker.js', import.meta.url), { type: 'module', name: 'license-widgets events' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => failed(), eventsReading.startTimeout);
    const failed = () => {
      clearTimeout(timer);
      worker.terminate();
      resolve(null);
    };
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      failed();
      // Once running, a worker that dies leaves its readers an error; the next read is done here.
      starting = Promise.resolve(null);
      for (const [id, request] of pending) {
        pending.delete(id);
        const error = new DataError('malformed', 'The events could not be read', { url: request.url, status: request.status });
        (request.head ?? request).reject(error);
      }
    });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      // Reading `data` is when the page copies the message in: part of its share, timed with the rest.
      const start = performance.now();
      const message = event.data;
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(worker);
        return;
      }
      receive(message);
      eventsReading.mainThreadMs += performance.now() - start;
    });
  });
}

function inWorker(worker: Worker, request: Omit<Extract<ToWorker, { type: 'read' }>, 'id'>, base: Answer | undefined) {
  const id = ++requests;
  return new Promise<WorkerRead>((resolve, reject) => {
    pending.set(id, { chunks: [], resolve, reject, base, url: request.url, status: request.status });
    const start = performance.now();
    // The body moves to the worker (transferred, not copied).
    worker.postMessage({ ...request, id } satisfies ToWorker, [request.bytes]);
    eventsReading.mainThreadMs += performance.now() - start;
  });
}

/**
 * Asks the worker to fetch: resolves with the answer's head, and `body` with what the worker read of it.
 * When `signal` aborts, the worker aborts its fetch and nothing more of that answer is taken in.
 */
function fetchInWorker(worker: Worker, request: Omit<Extract<ToWorker, { type: 'fetch' }>, 'id'>, base: Answer | undefined, signal: AbortSignal) {
  const id = ++requests;
  let entry!: Pending;
  const body = new Promise<WorkerRead>((resolve, reject) => {
    entry = { chunks: [], resolve, reject, base, url: request.url, status: 0 };
  });
  // A body nobody asks for (an error answer, a redirect elsewhere, an abort) must not count as unhandled.
  body.catch(() => undefined);
  const head = new Promise<AnswerHead>((resolve, reject) => {
    entry.head = { resolve, reject };
  });
  head.catch(() => undefined);
  pending.set(id, entry);
  const onAbort = () => {
    if (pending.get(id) !== entry) return;
    pending.delete(id);
    worker.postMessage({ type: 'abort', id } satisfies ToWorker);
    const aborted = new DOMException('Aborted', 'AbortError');
    entry.head?.reject(aborted);
    entry.reject(aborted);
  };
  signal.addEventListener('abort', onAbort, { once: true });
  const done = () => signal.removeEventListener('abort', onAbort);
  body.then(done, done);
  worker.postMessage({ ...request, id } satisfies ToWorker);
  return head.then((answer) => ({ head: answer, body }));
}

/** The worker's head of an answer as the client reads it; an error's body is the only body it has. */
function toHead(message: HeadMessage): AnswerHead {
  const { status, statusText, url, errorBody = '' } = message;
  return { status, statusText, url, ok: status >= 200 && status < 300, headers: new Headers(message.headers), text: () => Promise.resolve(errorBody) };
}

function receive(message: Exclude<FromWorker, { type: 'ready' }>) {
  const request = pending.get(message.id);
  if (!request) return;
  if (message.type === 'head') {
    request.status = message.status;
    request.head?.resolve(toHead(message));
    request.head = undefined;
    if (!message.reading) {
      // No body follows: the client does not ask for one.
      pending.delete(message.id);
      request.reject(new DataError('protocol', 'The answer has no body to read', { url: request.url, status: message.status }));
    }
    return;
  }
  if (message.type === 'rows') {
    request.chunks.push('events' in message ? message.events : (JSON.parse(message.json) as SystemEvent[]));
    return;
  }
  pending.delete(message.id);
  if (message.type === 'failed') {
    const error = toError(message.failure, request.url, request.status);
    if (request.head) request.head.reject(error);
    else request.reject(error);
    return;
  }
  const received = joined(request.chunks);
  const { diff, rejected } = message;
  const base = request.base;
  if (!diff || !base) {
    request.resolve({ events: received, rejected });
    return;
  }
  const events = nothingChanged(diff) ? base.events : applyDiff(base.events, diff, received);
  request.resolve({ events, rejected, diff });
}

function joined(chunks: SystemEvent[][]): SystemEvent[] {
  if (chunks.length === 1) return chunks[0] as SystemEvent[];
  const events = new Array<SystemEvent>(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) for (const event of chunk) events[at++] = event;
  return events;
}

function toError(failure: ReadFailure, url: string, status: number): DataError {
  const { kind, message, field, expected, received, cause } = failure;
  // fetch itself failed (no answer, or its body broke off): as the client words a failing fetch.
  if (kind === 'network') return new DataError(kind, message, { url });
  return new DataError(kind, message, { url, status: kind === 'contract' ? undefined : status, field, expected, received, cause });
}

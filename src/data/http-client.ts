/**
 * The one HTTP client every element uses. It resolves paths against the endpoint, passes `AbortSignal`s
 * through, enforces a time-out, shares identical GETs that are in flight, keeps `ETag`s so polling costs a
 * 304, validates bodies against the contract, and turns every failure into a `DataError`.
 */
import * as v from 'valibot';
import { DataError, isAbortError, kindForStatus, retryAfter, toDataError } from './errors.js';
import type { ProblemDetails } from './schema.js';
import { problemDetails } from './problem-details.js';
import { validate } from './validate.js';

export { validate } from './validate.js';

export interface HttpClientOptions {
  /** A host's own fetch (adds auth headers, goes through a proxy, is a test stub). */
  fetch?: typeof fetch;
  /** Passed to fetch; `include` for cookie-authenticated endpoints on another origin. */
  credentials?: RequestCredentials;
  /** Extra headers on every request (e.g. `Authorization`). */
  headers?: Record<string, string>;
  /** Headers worked out anew for each request, for values that change (e.g. an anti-forgery token). */
  requestHeaders?: () => Record<string, string>;
  /** Milliseconds before a request counts as timed out. */
  timeout?: number;
  /** The time in epoch ms; a test's controlled clock for `Retry-After`. */
  now?: () => number;
}

export interface GetResult<T> {
  data: T;
  /** True when the server answered 304 and `data` is the copy kept from the previous answer. */
  notModified: boolean;
}

type AnySchema = v.GenericSchema;

interface RawAnswer {
  notModified: boolean;
  /** The body as the GET's reader made it (parsed JSON for `get`). */
  body?: unknown;
  etag: string | null;
}

/** A successful answer with its body already read, as text or as bytes, or as what a remote fetch read. */
interface Answer<B = string> {
  status: number;
  headers: Headers;
  body: B;
  /** Set when the answer was fetched and read elsewhere: the body is already what the GET returns. */
  readElsewhere?: boolean;
}

/**
 * Makes what a GET returns from the bytes of a 200 answer (e.g. reads them in a worker). It runs once per
 * request, however many callers share it, and throws a `DataError` for a body it cannot read.
 */
export type BodyReader<T> = (bytes: ArrayBuffer, url: string, status: number) => Promise<T>;

/** What the client checks of an answer before its body: fetch's `Response`, or the head of one fetched elsewhere. */
export type AnswerHead = Pick<Response, 'url' | 'ok' | 'status' | 'statusText' | 'headers' | 'text'>;

/** A GET fetched elsewhere (in the events worker), whose 2xx body is read there too, into what the GET returns. */
export interface RemoteAnswer<T> {
  head: AnswerHead;
  /** The body as `BodyReader` would read it; throws a `DataError` as a reader does. Called at most once. */
  body: () => Promise<T>;
}

/**
 * Makes the GET the client has worked out (URL, headers, credentials) somewhere other than the page, so a
 * large body never reaches the main thread; it aborts that fetch when `signal` does. Resolves undefined
 * when it cannot (no worker here): the client then fetches itself. Used only where the host gave no fetch.
 */
export type RemoteFetch<T> = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; credentials?: RequestCredentials },
  signal: AbortSignal,
) => Promise<RemoteAnswer<T> | undefined>;

interface InFlight {
  promise: Promise<RawAnswer>;
  controller: AbortController;
  waiters: number;
}

interface CachedAnswer {
  etag: string;
  /** The schema or body reader that made `data`: a copy is reused only by the same kind of GET. */
  madeBy: unknown;
  data: unknown;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** The longest pause a `Retry-After` can impose; a server asking for more is asked again after this. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * The endpoint as an absolute URL without a trailing slash, resolved once so relative endpoints
 * ("/api/licenses") behave the same in every element. On a server render there is no page to resolve
 * against, and nothing is fetched there, so the endpoint is kept as given.
 */
export function resolveEndpoint(endpoint: string): string {
  const page = globalThis.document?.baseURI;
  const url = page ? new URL(endpoint, page).href : endpoint;
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

export class HttpClient {
  readonly baseUrl: string;
  private readonly options: HttpClientOptions;
  private readonly inFlight = new Map<string, InFlight>();
  private readonly etagCache = new Map<string, CachedAnswer>();
  /** The last 429/503 with `Retry-After`: until `retryAt` no request goes out, every caller gets it instead. */
  private pause?: DataError & { retryAt: number };

  constructor(endpoint: string, options: HttpClientOptions = {}) {
    this.baseUrl = resolveEndpoint(endpoint);
    this.options = options;
  }

  url(path: string): string {
    return `${this.baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
  }

  /** GET and validate. Concurrent calls for the same URL share one request. */
  async get<S extends AnySchema>(
    path: string,
    schema: S,
    signal?: AbortSignal,
  ): Promise<GetResult<v.InferOutput<S>>> {
    const url = this.url(path);
    const usable = this.kept(url, schema);
    const raw = await this.sharedGet(url, usable?.etag ?? null, signal, 'text', (answer) => Promise.resolve(parseJson(answer, url)));
    if (raw.notModified) return this.notModified<v.InferOutput<S>>(url, usable);
    const data = validate(schema, raw.body, url);
    if (raw.etag) this.etagCache.set(url, { etag: raw.etag, madeBy: schema, data });
    return { data, notModified: false };
  }

  /**
   * GET whose body `reader` reads from its bytes (the events list, read off the main thread). Time-outs,
   * errors, `ETag`s and sharing work as for `get`.
   */
  async getWith<T>(path: string, reader: BodyReader<T>, signal?: AbortSignal, remote?: RemoteFetch<T>): Promise<GetResult<T>> {
    const url = this.url(path);
    const usable = this.kept(url, reader);
    // A host's own fetch (auth, a proxy, a stub) is the host's way to the server: it is always used as given.
    const elsewhere = this.options.fetch ? undefined : remote;
    const raw = await this.sharedGet(
      url,
      usable?.etag ?? null,
      signal,
      'bytes',
      (answer) => (answer.readElsewhere ? Promise.resolve(answer.body as T) : reader(answer.body, url, answer.status)),
      elsewhere,
    );
    if (raw.notModified) return this.notModified<T>(url, usable);
    const data = raw.body as T;
    if (raw.etag) this.etagCache.set(url, { etag: raw.etag, madeBy: reader, data });
    return { data, notModified: false };
  }

  private kept(url: string, madeBy: unknown): CachedAnswer | undefined {
    const cached = this.etagCache.get(url);
    return cached && cached.madeBy === madeBy ? cached : undefined;
  }

  private notModified<T>(url: string, usable: CachedAnswer | undefined): GetResult<T> {
    if (usable) return { data: usable.data as T, notModified: true };
    // "Not modified" to a request that named no earlier copy: there is nothing to show.
    throw new DataError('protocol', 'HTTP 304 Not Modified to a request without If-None-Match', { url, status: 304 });
  }

  /**
   * POST/PUT/DELETE. `body` is sent as JSON unless it is a Blob (sent raw, e.g. a license file).
   * `extraHeaders` are this request's own (e.g. `Idempotency-Key`).
   */
  async send<S extends AnySchema>(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    schema: S | null,
    signal?: AbortSignal,
    extraHeaders: Record<string, string> = {},
  ): Promise<v.InferOutput<S> | undefined> {
    const url = this.url(path);
    // Writes say what they want back too: some servers answer XML unless asked for JSON.
    const headers: Record<string, string> = { ...extraHeaders, Accept: 'application/json' };
    let payload: BodyInit | undefined;
    if (body instanceof Blob) {
      headers['Content-Type'] = 'application/octet-stream';
      payload = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const answer = await this.request(url, { method, headers, body: payload }, signal, 'text');
    // Writes change what the server would answer: forget kept copies so the next GET is fresh.
    this.etagCache.clear();
    if (schema === null || answer.status === 204) return undefined;
    return validate(schema, parseJson(answer, url), url);
  }

  /**
   * One request per URL while it is in flight. Each caller may stop waiting through its own signal; the
   * request itself is aborted only when every caller has gone.
   */
  private sharedGet<B extends 'text' | 'bytes'>(
    url: string,
    etag: string | null,
    signal: AbortSignal | undefined,
    as: B,
    readBody: (answer: Answer<BodyOf<B>>) => Promise<unknown>,
    remote?: RemoteFetch<unknown>,
  ): Promise<RawAnswer> {
    const key = `${url}\n${etag ?? ''}\n${as}`;
    let entry = this.inFlight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (etag) headers['If-None-Match'] = etag;
      const promise = this.request(url, { method: 'GET', headers }, controller.signal, as, remote)
        .then(async (answer): Promise<RawAnswer> => {
          if (answer.status === 304) return { notModified: true, etag };
          return { notModified: false, body: await readBody(answer), etag: answer.headers.get('ETag') };
        })
        .finally(() => this.inFlight.delete(key));
      // Nobody may be waiting when it settles (all callers aborted): keep that from being "unhandled".
      promise.catch(() => undefined);
      entry = { promise, controller, waiters: 0 };
      this.inFlight.set(key, entry);
    }
    const shared = entry;
    shared.waiters += 1;
    return withSignal(shared.promise, signal, () => {
      shared.waiters -= 1;
      if (shared.waiters > 0) return;
      // Nobody waits any more: a caller arriving now (a quick reconnect, a second refresh) must start a
      // new request rather than join this aborted one.
      if (this.inFlight.get(key) === shared) this.inFlight.delete(key);
      shared.controller.abort();
    });
  }

  /**
   * fetch with time-out and error mapping; resolves only for 2xx and 304. The body is read inside, so
   * the time-out and the abort signal also cover a server that sends headers and then stalls.
   */
  private async request<B extends 'text' | 'bytes'>(
    url: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
    as: B,
    remote?: RemoteFetch<unknown>,
  ): Promise<Answer<BodyOf<B>>> {
    this.obeyPause(url);
    const controller = new AbortController();
    const timeoutMs = this.options.timeout ?? DEFAULT_TIMEOUT_MS;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    try {
      const headers = { ...this.options.headers, ...this.options.requestHeaders?.(), ...(init.headers as Record<string, string>) };
      const credentials = this.options.credentials;
      const fetchedElsewhere = remote && init.method === 'GET'
        ? await abortable(remote(url, { method: 'GET', headers, credentials }, controller.signal), controller.signal)
        : undefined;
      // Raced against the signal too: a host's fetch (or a body stream) may not honour it.
      const response: AnswerHead =
        fetchedElsewhere?.head ?? (await abortable(doFetch(url, { ...init, headers, credentials, signal: controller.signal }), controller.signal));
      // A redirect within the endpoint's origin is followed; one to another site is not trusted with the
      // screen: its answer is neither read nor shown (the request was made, but without cookies unless the
      // host chose credentials: 'include').
      if (response.url && new URL(response.url).origin !== new URL(url).origin) {
        throw new DataError('redirect', `Redirected to ${new URL(response.url).origin}`, { url, cause: response.url });
      }
      if (!response.ok && response.status !== 304) {
        const error = await abortable(httpError(response, url, this.now()), controller.signal);
        if (error.retryAt !== undefined) this.pause = error as DataError & { retryAt: number };
        throw error;
      }
      if (fetchedElsewhere) {
        // A 304 has no body: the kept copy is the answer.
        const body = response.status === 304 ? undefined : await abortable(fetchedElsewhere.body(), controller.signal);
        return { status: response.status, headers: response.headers, body: body as BodyOf<B>, readElsewhere: true };
      }
      const fetched = response as Response;
      const body = await abortable<string | ArrayBuffer>(as === 'bytes' ? fetched.arrayBuffer() : fetched.text(), controller.signal);
      return { status: response.status, headers: response.headers, body: body as BodyOf<B> };
    } catch (error) {
      if (timedOut) {
        throw new DataError('timeout', `No answer within ${timeoutMs} ms`, { url, cause: error });
      }
      if (isAbortError(error) && signal?.aborted) throw error;
      throw toDataError(error, url);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /**
   * While the server's `Retry-After` lasts, polling, Retry and every element sharing this endpoint get the
   * server's answer again without asking it: a busy server is not sent more work than it said it can take.
   */
  private obeyPause(url: string): void {
    const pause = this.pause;
    if (!pause) return;
    if (this.now() >= pause.retryAt) {
      this.pause = undefined;
      return;
    }
    throw new DataError(pause.kind, pause.message, { url, status: pause.status, problem: pause.problem, retryAt: pause.retryAt });
  }
}

/** Settles with the promise, or rejects with an AbortError as soon as the signal aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('Aborted', 'AbortError'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Lets one caller stop waiting without cancelling a request that other callers share. */
function withSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined, onLeave: () => void): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    onLeave();
    return Promise.reject(new DOMException('Aborted', 'AbortError'));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      onLeave();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

type BodyOf<B extends 'text' | 'bytes'> = B extends 'bytes' ? ArrayBuffer : string;

function parseJson(answer: Answer, url: string): unknown {
  try {
    return JSON.parse(answer.body) as unknown;
  } catch (error) {
    throw new DataError('malformed', 'The response is not valid JSON', {
      url,
      status: answer.status,
      cause: error,
    });
  }
}

async function httpError(response: AnswerHead, url: string, now: number): Promise<DataError> {
  const problem = await readProblem(response);
  const message = problem?.detail ?? problem?.title ?? `HTTP ${response.status} ${response.statusText}`;
  const status = response.status;
  const asked = status === 429 || status === 503 ? retryAfter(response.headers.get('Retry-After'), now) : undefined;
  return new DataError(kindForStatus(status), message, {
    url,
    status,
    problem,
    retryAt: asked === undefined ? undefined : Math.min(asked, now + MAX_RETRY_AFTER_MS),
  });
}

/** The error body as problem details, whatever its media type claims; unreadable bodies give none. */
async function readProblem(response: AnswerHead): Promise<ProblemDetails | undefined> {
  try {
    return problemDetails(JSON.parse(await response.text()) as unknown);
  } catch {
    return undefined;
  }
}

/** What the main thread and the events worker say to each other (events-reader.ts, events-worker.ts). */
import type { DataErrorKind } from './errors.js';
import type { EventsDiff } from './events-reading.js';
import type { RejectedRow, SystemEvent } from './schema.js';

/** Read a body; `base` names the answer the worker should compare with (the token it kept for `reader`). */
export interface ReadRequest {
  type: 'read';
  id: number;
  reader: number;
  bytes: ArrayBuffer;
  url: string;
  status: number;
  base: number;
  token: number;
  /** How the events come back: JSON text (the default) or as objects (structured clone). */
  rowsAs?: 'json' | 'clone';
}

/** The reader is gone: the worker drops the list it kept for it. */
export interface ForgetRequest {
  type: 'forget';
  reader: number;
}

/**
 * Fetch `url` and read its answer: the page has worked out the request (headers, `If-None-Match`,
 * credentials) as its client does; the worker sends back the answer's head, then reads a 2xx body as for
 * `read`. `status` comes from the answer.
 */
export interface FetchRequest extends Omit<ReadRequest, 'type' | 'bytes' | 'status'> {
  type: 'fetch';
  init: { method: 'GET'; headers: Record<string, string>; credentials?: RequestCredentials };
}

/** The page stopped waiting (time-out, abort): the worker aborts that fetch. */
export interface AbortRequest {
  type: 'abort';
  id: number;
}

export type ToWorker = ReadRequest | ForgetRequest | FetchRequest | AbortRequest;

/** A fetched answer's status line and headers, and the body of an error answer (problem details). */
export interface AnswerHead {
  type: 'head';
  id: number;
  status: number;
  statusText: string;
  /** The answer's URL after redirects ('' when fetch gives none). */
  url: string;
  headers: [string, string][];
  errorBody?: string;
  /** Whether the body is being read and `rows` and `done` (or `failed`) follow. */
  reading: boolean;
}

/** A failure, as the fields of the `DataError` the main thread throws. */
export interface ReadFailure {
  kind: DataErrorKind;
  message: string;
  field?: string;
  expected?: string;
  received?: string;
  cause?: string;
}

export type FromWorker =
  /** The module loaded: bodies may be handed over from now on. */
  | { type: 'ready' }
  | AnswerHead
  /**
   * The next events of the answer, in order (all of them for a new list, the changed ones for a diff), as
   * JSON text: the page parses it faster than it would rebuild the same objects from a structured clone.
   */
  | { type: 'rows'; id: number; json: string }
  | { type: 'rows'; id: number; events: SystemEvent[] }
  | { type: 'done'; id: number; diff?: EventsDiff; rejected: RejectedRow[] }
  | { type: 'failed'; id: number; failure: ReadFailure };

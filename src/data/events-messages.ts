/** What the main thread and the events worker say to each other (events-reader.ts, events-worker.ts). */
import type { DataErrorKind } from './errors.js';
import type { EventsDiff } from './events-reading.js';
import type { RejectedRow } from './schema.js';

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
}

/** The reader is gone: the worker drops the list it kept for it. */
export interface ForgetRequest {
  type: 'forget';
  reader: number;
}

export type ToWorker = ReadRequest | ForgetRequest;

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
  /**
   * The next events of the answer, in order (all of them for a new list, the changed ones for a diff), as
   * JSON text: the page parses it faster than it would rebuild the same objects from a structured clone.
   */
  | { type: 'rows'; id: number; json: string }
  | { type: 'done'; id: number; diff?: EventsDiff; rejected: RejectedRow[] }
  | { type: 'failed'; id: number; failure: ReadFailure };

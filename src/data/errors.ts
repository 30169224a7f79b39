/**
 * Everything that can go wrong while reading the endpoint, as one error class with a `kind` the UI can
 * explain. The client never lets any other exception escape.
 */
import type { ProblemDetails } from './schema.js';

export type DataErrorKind =
  /** fetch itself failed: DNS, refused connection, CORS, offline. */
  | 'network'
  | 'timeout'
  /** 401: the person is not signed in (or the session ended). */
  | 'unauthorized'
  /** 403: signed in but not allowed. */
  | 'forbidden'
  | 'not-found'
  /** 409: the request conflicts with the current state (e.g. activation below the number in use). */
  | 'conflict'
  /** 400 / 422: the server refused what we sent (e.g. a license file). */
  | 'rejected'
  /** 429: the server asks for fewer requests (and says, with `Retry-After`, when to come back). */
  | 'throttled'
  /** 5xx. */
  | 'server'
  /** Any other unexpected status. */
  | 'http'
  /** The body is not JSON. */
  | 'malformed'
  /** JSON, but not the shape of the contract. */
  | 'contract'
  /** The endpoint redirected the request to another origin, whose answer is not read. */
  | 'redirect'
  /** An answer HTTP does not allow here, e.g. 304 Not Modified to a request that named no earlier copy. */
  | 'protocol'
  /** The data source has no such resource at all (e.g. the vendor's API offers no metered-services data). */
  | 'unsupported';

export interface DataErrorInit {
  url: string;
  status?: number;
  /** Dot path of the offending field for contract errors, e.g. `owners.0.modules.3.total`. */
  field?: string;
  /** For contract errors: what the contract wants and what came, in valibot's notation (`number`, `"x"`). */
  expected?: string;
  received?: string;
  problem?: ProblemDetails;
  /** When the server said it would take requests again (`Retry-After` on a 429 or 503), in epoch ms. */
  retryAt?: number;
  cause?: unknown;
}

export class DataError extends Error {
  override readonly name = 'DataError';
  readonly kind: DataErrorKind;
  readonly url: string;
  readonly status?: number;
  readonly field?: string;
  readonly expected?: string;
  readonly received?: string;
  readonly problem?: ProblemDetails;
  readonly retryAt?: number;

  constructor(kind: DataErrorKind, message: string, init: DataErrorInit) {
    super(message, { cause: init.cause });
    this.kind = kind;
    this.url = init.url;
    this.status = init.status;
    this.field = init.field;
    this.expected = init.expected;
    this.received = init.received;
    this.problem = init.problem;
    this.retryAt = init.retryAt;
  }
}

export function kindForStatus(status: number): DataErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'rejected';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  return 'http';
}

/**
 * The moment a `Retry-After` header names (RFC 9110 §10.2.3): delay-seconds or an HTTP date. Anything
 * else, or no header, is undefined: the client then paces itself.
 */
export function retryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return now + Number(text) * 1000;
  // HTTP dates always end in GMT; the check keeps Date.parse's looser forms ("5", "tomorrow") out.
  const date = /GMT$/.test(text) ? Date.parse(text) : NaN;
  return Number.isFinite(date) ? Math.max(date, now) : undefined;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * A fresh `Idempotency-Key` header for a write that must not happen twice (activation, a license file): a
 * browser may send a POST again by itself after a dropped keep-alive connection, and a server that knows
 * the header answers the repeat without acting twice. One key per call, that is per user action.
 */
export const idempotencyKey = (): Record<string, string> => ({ 'Idempotency-Key': uuid() });

/** A random (v4) UUID. `crypto.randomUUID` exists only on secure pages; an intranet host may be plain http. */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Wraps anything thrown into a DataError so callers only ever handle one type. */
export function toDataError(error: unknown, url: string): DataError {
  if (error instanceof DataError) return error;
  return new DataError('network', error instanceof Error ? error.message : String(error), {
    url,
    cause: error,
  });
}

/** A 204 or empty answer where the contract promises a body is a contract violation, not "nothing happened". */
export function requireBody<T>(value: T | undefined, url: string): T {
  if (value === undefined) throw new DataError('contract', 'The response has no body', { url, field: '(root)' });
  return value;
}

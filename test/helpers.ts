/** Test doubles for the endpoint: a scripted `fetch` that records every request it answers. */
import { expect } from '@open-wc/testing';
import { DataError } from '../src/data/errors.js';
import { licenses as demoLicenses } from '../demo/endpoint/fixtures.js';

export type Reply = Response | (() => Response | Promise<Response>);

export interface StubFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  requests: { url: string; method: string; headers: Headers; body?: BodyInit | null }[];
}

export const json = (data: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(data), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
  });

export const problem = (status: number, detail: string, extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: `HTTP ${status}`, status, detail, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

/** Answers by the path after the endpoint (e.g. `/licenses`); an unknown path is a 404. */
export function stubFetch(routes: Record<string, Reply | Reply[]>): StubFetch {
  const queues = new Map(Object.entries(routes).map(([path, reply]) => [path, Array.isArray(reply) ? [...reply] : reply]));
  const stub = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const path = url.pathname.replace(/^\/api/, '') + url.search;
    stub.requests.push({ url: url.href, method: init.method ?? 'GET', headers: new Headers(init.headers), body: init.body });
    const entry = queues.get(path) ?? queues.get(url.pathname.replace(/^\/api/, ''));
    const reply = Array.isArray(entry) ? (entry.length > 1 ? entry.shift() : entry[0]) : entry;
    if (!reply) return problem(404, `no stub for ${path}`);
    const response = typeof reply === 'function' ? await reply() : reply;
    return response.clone();
  }) as StubFetch;
  stub.requests = [];
  return stub;
}

/** A reply that never comes unless the request is aborted (for time-outs and endpoint switches). */
export const never = (signalFrom: () => AbortSignal | undefined) => () =>
  new Promise<Response>((_, reject) => {
    const signal = signalFrom();
    signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });

/** A promise of a response the test resolves when it wants. */
export function deferred() {
  let resolve!: (response: Response) => void;
  const promise = new Promise<Response>((r) => (resolve = r));
  return { promise, resolve, reply: () => promise };
}

export const normalLicenses = () => demoLicenses('normal');

/** A node's text as a person reads it: whitespace collapsed, the invisible directional isolates around data left out. */
export const readText = (node: Node | null | undefined): string =>
  node?.textContent?.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim() ?? '';

/** Text as a person reads it, of the element's shadow DOM when it has one. */
export function visibleText(element: Element): string {
  return readText(element.shadowRoot ?? element);
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until a condition holds (the element re-renders after async work). */
export async function until(condition: () => boolean, what = 'condition', timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The DataError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<DataError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected the request to fail');
}

/**
 * `GET /events` made by the events worker itself (no host fetch): against a real server route, the client
 * behaves as when it fetches: the same headers go out, and 200, 304, errors with problem details,
 * `Retry-After`, time-outs, aborts, unreadable bodies, rejected rows and redirects elsewhere come out the
 * same. With a host fetch, or where no worker starts, the page fetches.
 */
import { expect } from '@open-wc/testing';
import { ContractDataSource } from '../src/data/contract-source.js';
import { DataError } from '../src/data/errors.js';
import { eventsReading, startFresh } from '../src/data/events-reader.js';
import type { HttpClientOptions } from '../src/data/http-client.js';
import { stubFetch, json } from './helpers.js';
import { event } from './system-events-fixtures.js';

interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
}

interface Seen {
  headers: Record<string, string | undefined>;
  aborted: boolean;
}

let keys = 0;

/** A fresh route on the test server answering `answers` in turn; its endpoint and what it saw. */
async function scripted(answers: Scripted[], origin = location.origin) {
  const key = `events-${Date.now()}-${++keys}`;
  await fetch(`/scripted/${key}`, { method: 'PUT', body: JSON.stringify(answers) });
  return {
    endpoint: `${origin}/scripted/${key}`,
    seen: async () => (await (await fetch(`/scripted/${key}/seen`)).json()) as Seen[],
  };
}

const ok = (body: unknown, headers: Record<string, string> = {}): Scripted => ({
  status: 200,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const problem = (status: number, detail: string, headers: Record<string, string> = {}): Scripted => ({
  status,
  headers: { 'Content-Type': 'application/problem+json', ...headers },
  body: JSON.stringify({ type: 'about:blank', title: `Title ${status}`, status, detail }),
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error as DataError,
  );

/** This server under its other name: another origin for the browser. */
const otherOrigin = () => location.origin.replace(location.hostname, location.hostname === 'localhost' ? '127.0.0.1' : 'localhost');

describe('GET /events fetched in the events worker', () => {
  // Lists this small are fetched by the page in the product; every size counts as large here.
  const savedMin = eventsReading.minWorkerBytes;
  before(() => (eventsReading.minWorkerBytes = 0));
  after(() => (eventsReading.minWorkerBytes = savedMin));
  const source = (endpoint: string, options: HttpClientOptions = {}) => new ContractDataSource(endpoint, options);

  it('reads a 200 there: rows kept and rejected, the headers the client sends, then a 304 with If-None-Match', async () => {
    const body = { events: [event('1'), { ...event('2'), status: 7 }, event('3')] };
    const route = await scripted([ok(body, { ETag: '"v1"' }), { status: 304, headers: { ETag: '"v1"' } }]);
    let token = 0;
    const events = source(route.endpoint, { headers: { Authorization: 'Bearer t0k3n' }, requestHeaders: () => ({ 'X-Token': `t${++token}` }) });
    const one = await events.getEvents();
    expect(eventsReading.lastFetchedIn).to.equal('worker');
    expect(eventsReading.lastReadIn).to.equal('worker');
    expect(one.data.events.map((e) => e.id)).to.deep.equal(['1', '3']);
    expect(one.data.rejectedEvents).to.deep.equal([
      { index: 1, label: 'Free-text index rebuild 2', field: 'status', problem: 'Invalid type: Expected string but received 7' },
    ]);
    const two = await events.getEvents();
    expect(two.notModified).to.equal(true);
    expect(two.data.events).to.equal(one.data.events);
    const seen = await route.seen();
    expect(seen.map((request) => request.headers['if-none-match'])).to.deep.equal([undefined, '"v1"']);
    expect(seen.map((request) => request.headers['x-token'])).to.deep.equal(['t1', 't2']);
    expect(seen[0]?.headers.authorization).to.equal('Bearer t0k3n');
    expect(seen[0]?.headers.accept).to.equal('application/json');
  });

  it('a poll says what changed, against the list shown', async () => {
    const first = [event('1'), event('2'), event('3')];
    const next = [first[0], { ...first[1], status: 'finished' }];
    const route = await scripted([ok({ events: first }, { ETag: '"v1"' }), ok({ events: next }, { ETag: '"v2"' })]);
    const events = source(route.endpoint);
    const one = await events.getEvents();
    const two = await events.getEvents();
    expect(eventsReading.lastFetchedIn).to.equal('worker');
    expect(two.changes?.base).to.equal(one.data.events);
    expect(two.changes?.removed).to.deep.equal([2]);
    expect(two.changes?.changed).to.deep.equal([1]);
    expect(two.data.events[0]).to.equal(one.data.events[0]);
    expect(two.data.events[1]?.status).to.equal('finished');
  });

  it('errors carry the status and the problem details', async () => {
    for (const [status, kind] of [[403, 'forbidden'], [404, 'not-found'], [500, 'server']] as const) {
      const route = await scripted([problem(status, `detail ${status}`)]);
      const error = await failure(source(route.endpoint).getEvents());
      expect(error).to.be.instanceOf(DataError);
      expect([error.kind, error.status, error.message, error.problem?.title]).to.deep.equal([kind, status, `detail ${status}`, `Title ${status}`]);
    }
    const html = await scripted([{ status: 502, headers: { 'Content-Type': 'text/html' }, body: '<h1>Bad gateway</h1>' }]);
    const error = await failure(source(html.endpoint).getEvents());
    expect([error.kind, error.problem, error.message]).to.deep.equal(['server', undefined, 'HTTP 502 Bad Gateway']);
  });

  it('a 429 with Retry-After pauses the endpoint: the next call gets it without a request', async () => {
    const route = await scripted([problem(429, 'Slow down', { 'Retry-After': '120' }), ok({ events: [] })]);
    const now = Date.UTC(2026, 11, 3, 12);
    const events = source(route.endpoint, { now: () => now });
    const error = await failure(events.getEvents());
    expect([error.kind, error.status, error.retryAt]).to.deep.equal(['throttled', 429, now + 120_000]);
    const again = await failure(events.getEvents());
    expect([again.kind, again.retryAt]).to.deep.equal(['throttled', now + 120_000]);
    expect(await route.seen()).to.have.length(1);
  });

  it('times out, and the worker gives up its fetch', async () => {
    const route = await scripted([{ ...ok({ events: [] }), delayMs: 3000 }]);
    const error = await failure(source(route.endpoint, { timeout: 200 }).getEvents());
    expect(error.kind).to.equal('timeout');
    await waitFor(async () => (await route.seen())[0]?.aborted === true);
  });

  it('an abort (the table removed) rejects with AbortError and aborts the worker’s fetch', async () => {
    const route = await scripted([{ ...ok({ events: [] }), delayMs: 3000 }]);
    const controller = new AbortController();
    const pending = source(route.endpoint).getEvents(controller.signal).catch((error: unknown) => error);
    await waitFor(async () => (await route.seen()).length === 1);
    controller.abort();
    const error = await pending;
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    await waitFor(async () => (await route.seen())[0]?.aborted === true);
  });

  it('callers of the same poll share one request', async () => {
    const route = await scripted([{ ...ok({ events: [event('1')] }), delayMs: 100 }]);
    const events = source(route.endpoint);
    const [one, two] = await Promise.all([events.getEvents(), events.getEvents()]);
    expect(two.data).to.equal(one.data);
    expect(await route.seen()).to.have.length(1);
  });

  it('a body that is not JSON is "malformed"; a wrong frame a "contract" error', async () => {
    const malformed = await scripted([{ status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"events": [' }]);
    const error = await failure(source(malformed.endpoint).getEvents());
    expect([error.kind, error.status]).to.deep.equal(['malformed', 200]);
    const frame = await scripted([ok({ events: { id: '1' } })]);
    const wrong = await failure(source(frame.endpoint).getEvents());
    expect([wrong.kind, wrong.field]).to.deep.equal(['contract', 'events']);
  });

  it('refuses an answer redirected to another origin', async () => {
    const target = await scripted([ok({ events: [event('1')] })], otherOrigin());
    const route = await scripted([{ status: 302, headers: { Location: `${target.endpoint}/events` } }]);
    const error = await failure(source(route.endpoint).getEvents());
    expect(error.kind).to.equal('redirect');
    expect(String(error.cause)).to.contain(otherOrigin());
  });

  it('follows a redirect within the origin', async () => {
    const target = await scripted([ok({ events: [event('1')] })]);
    const route = await scripted([{ status: 302, headers: { Location: `${target.endpoint}/events` } }]);
    const { data } = await source(route.endpoint).getEvents();
    expect(data.events.map((e) => e.id)).to.deep.equal(['1']);
  });

  it('a host’s own fetch is used as given: the page fetches', async () => {
    const fetch = stubFetch({ '/events': json({ events: [event('1')] }) });
    const { data } = await source('https://crm.example/api', { fetch }).getEvents();
    expect(eventsReading.lastFetchedIn).to.equal('page');
    expect(fetch.requests).to.have.length(1);
    expect(data.events.map((e) => e.id)).to.deep.equal(['1']);
  });

  it('where no worker can start, the page fetches, with the same result', async () => {
    const Original = globalThis.Worker;
    try {
      (globalThis as { Worker: unknown }).Worker = class {
        constructor() {
          throw new DOMException('Workers are not allowed', 'SecurityError');
        }
      };
      startFresh();
      const route = await scripted([ok({ events: [event('1'), { id: 2 }] }, { ETag: '"v1"' }), { status: 304 }]);
      const events = source(route.endpoint);
      const { data } = await events.getEvents();
      expect(eventsReading.lastFetchedIn).to.equal('page');
      expect(data.events.map((e) => e.id)).to.deep.equal(['1']);
      expect(data.rejectedEvents?.[0]?.field).to.equal('id');
      expect((await events.getEvents()).notModified).to.equal(true);
    } finally {
      (globalThis as { Worker: unknown }).Worker = Original;
      startFresh();
    }
  });
});

/** Polls the server's record until `check` holds (the server sees an abort a moment after the client). */
async function waitFor(check: () => Promise<boolean>) {
  for (let tries = 0; tries < 100; tries++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect.fail('the server never saw it');
}

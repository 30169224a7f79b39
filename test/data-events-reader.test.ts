/**
 * `GET /events` read off the main thread (the events worker) and on it (the fallback): both give the same
 * events, the same rejected rows, the same errors, and the changes of each poll against the list before.
 */
import { expect } from '@open-wc/testing';
import { ContractDataSource } from '../src/data/contract-source.js';
import { DataError } from '../src/data/errors.js';
import { EventsReader, eventsReading } from '../src/data/events-reader.js';
import type { SystemEvent } from '../src/data/schema.js';
import { json, stubFetch } from './helpers.js';
import { event } from './system-events-fixtures.js';

const ENDPOINT = 'https://crm.example/api';

const PATHS = [
  { name: 'in the events worker', minWorkerBytes: 0 },
  { name: 'on the main thread', minWorkerBytes: Infinity },
];

const text = (body: string, init: ResponseInit = {}) => new Response(body, { status: 200, ...init });

for (const path of PATHS) {
  describe(`events read ${path.name}`, () => {
    const saved = eventsReading.minWorkerBytes;
    beforeEach(() => (eventsReading.minWorkerBytes = path.minWorkerBytes));
    afterEach(() => (eventsReading.minWorkerBytes = saved));

    const source = (...replies: Response[]) => new ContractDataSource(ENDPOINT, { fetch: stubFetch({ '/events': replies }) });

    it('keeps valid rows, names unreadable and repeated ones, drops unknown fields, normalizes dates', async () => {
      const body = {
        events: [
          { ...event('1'), extra: 'ignored', activated: '2026-11-23t08:00:00z' },
          { ...event('2'), status: 7 },
          event('3'),
          { ...event('1', { name: 'Again' }) },
          'not an event',
        ],
      };
      const { data } = await source(json(body)).getEvents();
      expect(eventsReading.lastReadIn).to.equal(path.minWorkerBytes ? 'page' : 'worker');
      expect(data.events.map((e) => e.id)).to.deep.equal(['1', '3']);
      expect(data.events[0]).to.not.have.property('extra');
      expect(data.events[0]?.activated).to.equal('2026-11-23T08:00:00Z');
      expect(data.rejectedEvents).to.deep.equal([
        { index: 1, label: 'Free-text index rebuild 2', field: 'status', problem: 'Invalid type: Expected string but received 7' },
        { index: 3, label: 'Again', field: 'id', problem: 'repeats the id of entry 1' },
        { index: 4, label: null, field: '(row)', problem: 'Invalid type: Expected Object but received "not an event"' },
      ]);
    });

    it('a body that is not JSON is a "malformed" error; a wrong frame a "contract" error naming the field', async () => {
      const malformed = await source(text('{"events": [')).getEvents().catch((error: unknown) => error);
      expect(malformed).to.be.instanceOf(DataError);
      expect((malformed as DataError).kind).to.equal('malformed');
      expect((malformed as DataError).status).to.equal(200);
      const frame = await source(json({ events: { id: '1' } })).getEvents().catch((error: unknown) => error);
      expect((frame as DataError).kind).to.equal('contract');
      expect((frame as DataError).field).to.equal('events');
      expect((frame as DataError).message).to.contain('events');
    });

    it('a poll says what changed: same objects for the rest, changed and removed positions', async () => {
      // Built once: the fixture's dates follow the clock, and an event built twice may differ by a millisecond.
      const first = [event('1'), event('2'), event('3'), event('4')];
      const [one1, two2, , four4] = first as [SystemEvent, SystemEvent, SystemEvent, SystemEvent];
      const next = [event('0'), one1, { ...two2, status: 'finished' }, four4];
      const events = source(json({ events: first }), json({ events: next }), json({ events: next }));
      const one = await events.getEvents();
      expect(one.changes).to.equal(undefined);
      const two = await events.getEvents();
      expect(two.changes?.base).to.equal(one.data.events);
      expect(two.changes?.removed).to.deep.equal([2]);
      expect(two.changes?.changed).to.deep.equal([0, 2]);
      expect(two.data.events.map((e) => e.id)).to.deep.equal(['0', '1', '2', '4']);
      expect(two.data.events[1]).to.equal(one.data.events[0]);
      expect(two.data.events[3]).to.equal(one.data.events[3]);
      expect(two.data.events[2]?.status).to.equal('finished');
      // The same list again: the very same array, nothing changed.
      const three = await events.getEvents();
      expect(three.data.events).to.equal(two.data.events);
      expect(three.changes).to.deep.include({ removed: [], changed: [] });
    });

    it('a reordered answer is a new list as a whole', async () => {
      const events = source(json({ events: [event('1'), event('2')] }), json({ events: [event('2'), event('1')] }));
      await events.getEvents();
      const two = await events.getEvents();
      expect(two.changes).to.equal(undefined);
      expect(two.data.events.map((e: SystemEvent) => e.id)).to.deep.equal(['2', '1']);
    });

    it('a 304 gives the kept answer without changes', async () => {
      const events = source(
        json({ events: [event('1')] }, { headers: { ETag: '"v1"' } }),
        new Response(null, { status: 304, headers: { ETag: '"v1"' } }),
      );
      const one = await events.getEvents();
      const two = await events.getEvents();
      expect(two.notModified).to.equal(true);
      expect(two.data.events).to.equal(one.data.events);
      expect(two.changes).to.equal(undefined);
    });
  });
}

describe('the events worker cannot start', () => {
  it('reads on the main thread instead, with the same result', async () => {
    const saved = eventsReading.minWorkerBytes;
    const Original = globalThis.Worker;
    eventsReading.minWorkerBytes = 0;
    try {
      // A fresh module state cannot be had here, so a page without workers is imitated by a failing class.
      (globalThis as { Worker: unknown }).Worker = class {
        constructor() {
          throw new DOMException('Workers are not allowed', 'SecurityError');
        }
      };
      const { startFresh } = await import('../src/data/events-reader.js');
      startFresh();
      const events = new ContractDataSource(ENDPOINT, { fetch: stubFetch({ '/events': json({ events: [event('1'), { id: 2 }] }) }) });
      const { data } = await events.getEvents();
      expect(eventsReading.lastReadIn).to.equal('page');
      expect(data.events.map((e) => e.id)).to.deep.equal(['1']);
      expect(data.rejectedEvents?.[0]?.field).to.equal('id');
    } finally {
      (globalThis as { Worker: unknown }).Worker = Original;
      eventsReading.minWorkerBytes = saved;
      const { startFresh } = await import('../src/data/events-reader.js');
      startFresh();
    }
  });
});

describe('which thread fetches a list', () => {
  it('the page fetches a list last seen small: no worker is made from a URL for it (Trusted Types pages report that)', async () => {
    const reader = new EventsReader();
    const small = new TextEncoder().encode(JSON.stringify({ events: [] })).buffer;
    const read = await reader.read(small, 'https://crm.example/events', 200);
    expect(read.response.events).to.deep.equal([]);
    expect(eventsReading.lastReadIn).to.equal('page');
    const fetched = await reader.fetch('https://crm.example/events', { method: 'GET', headers: {} }, new AbortController().signal);
    expect(fetched, 'the worker does not fetch it').to.equal(undefined);
  });
});

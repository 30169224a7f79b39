/**
 * Properties of the quick events reading: it agrees with the valibot schema (the source of truth) on
 * generated valid and broken documents, its date check agrees with the full rule, and the changes of a
 * poll rebuild exactly what a full re-read of the new answer gives.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ContractDataSource } from '../src/data/contract-source.js';
import { DataError } from '../src/data/errors.js';
import { eventsReading } from '../src/data/events-reader.js';
import { readEventsBody } from '../src/data/events-reading.js';
import { isIsoDate, isIsoDateTime, isIsoDay } from '../src/data/iso-date.js';
import { EventsResponseSchema, type SystemEvent } from '../src/data/schema.js';
import { validate } from '../src/data/validate.js';
import { badDate, isoDate, mutatedCase, validCase } from './fuzz/arbitraries.js';
import { fuzzSeed } from './fuzz/fuzz-settings.js';
import { json, stubFetch } from './helpers.js';
import { event } from './system-events-fixtures.js';

const URL_ = 'https://crm.example/api/events';
const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

/** What valibot makes of a body, or the error the client throws for it. */
function bySchema(text: string) {
  try {
    const json = JSON.parse(text) as unknown;
    const { events, rejectedEvents = [] } = validate(EventsResponseSchema, json, URL_);
    return { events, rejected: rejectedEvents };
  } catch (error) {
    return { error: error instanceof DataError ? { kind: error.kind, field: error.field, message: error.message } : { kind: 'malformed' } };
  }
}

function byQuickReading(text: string) {
  try {
    return readEventsBody(encode(text), URL_, 200);
  } catch (error) {
    return { error: error instanceof DataError ? { kind: error.kind, field: error.field, message: error.message } : { kind: 'thrown' } };
  }
}

describe('the quick events reading agrees with the valibot schema', function () {
  this.timeout(120_000);

  it('on valid and on broken documents: the same events kept, the same rows rejected, the same errors', () => {
    fc.assert(
      fc.property(fc.oneof(validCase('EventsResponse'), mutatedCase('EventsResponse'), mutatedCase('EventsResponse')), ({ text }) => {
        expect(byQuickReading(text)).to.deep.equal(bySchema(text));
      }),
      { numRuns: 1500, seed: fuzzSeed },
    );
  });

  it('on rows with unknown fields and left-out optional ones', () => {
    const row = fc.record(
      { extra: fc.jsonValue({ maxDepth: 1 }), message: fc.option(fc.string(), { nil: null }), type: fc.option(fc.string(), { nil: null }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (extras) => {
        const events = extras.map((extra, i) => {
          const row: Partial<SystemEvent> = event(String(i));
          delete row.message;
          delete row.description;
          return { ...row, ...extra };
        });
        const text = JSON.stringify({ events });
        expect(byQuickReading(text)).to.deep.equal(bySchema(text));
      }),
      { numRuns: 300, seed: fuzzSeed },
    );
  });

  it('the quick date check says what the full rule says', () => {
    const full = (text: string) => isIsoDay(text) || isIsoDateTime(text);
    const nearInstant = fc
      .tuple(fc.date({ min: new Date(-62_000_000_000_000), max: new Date(250_000_000_000_000), noInvalidDate: true }), fc.nat(23), fc.constantFrom('0', '1', '2', '3', '5', '9', 'T', 't', 'Z', 'z', '-', ':', '.', '+', ' ', 'a', '/'))
      .map(([date, at, char]) => {
        const text = date.toISOString().replace(/^\+0*/, '');
        return at < text.length ? text.slice(0, at) + char + text.slice(at + 1) : text;
      });
    fc.assert(
      fc.property(fc.oneof(isoDate, badDate, nearInstant, fc.string({ maxLength: 26 })), (text) => {
        expect(isIsoDate(text), text).to.equal(full(text));
      }),
      { numRuns: 5000, seed: fuzzSeed },
    );
  });
});

/** A list, and a next list made from it that keeps its order: some events left out, some changed, some new. */
const pollPair = fc
  .tuple(
    fc.integer({ min: 0, max: 30 }),
    fc.array(fc.constantFrom('keep', 'remove', 'change'), { minLength: 30, maxLength: 30 }),
    fc.array(fc.nat(31), { maxLength: 5 }),
  )
  .map(([size, fates, insertAt]) => {
    const base = Array.from({ length: size }, (_, i) => event(String(i + 1)));
    const next: SystemEvent[] = [];
    base.forEach((item, i) => {
      for (const at of insertAt) if (at === i) next.push(event(`new-${i}-${next.length}`));
      const fate = fates[i] ?? 'keep';
      if (fate === 'keep') next.push(item);
      else if (fate === 'change') next.push({ ...item, status: 'failed', message: `changed ${i}` });
    });
    for (const at of insertAt) if (at >= size) next.push(event(`new-end-${next.length}`));
    return { base, next };
  });

for (const path of [
  { name: 'in the worker', minWorkerBytes: 0, runs: 60 },
  { name: 'on the main thread', minWorkerBytes: Infinity, runs: 300 },
]) {
  describe(`the changes of a poll, read ${path.name}`, function () {
    this.timeout(120_000);
    const saved = eventsReading.minWorkerBytes;
    before(() => (eventsReading.minWorkerBytes = path.minWorkerBytes));
    after(() => (eventsReading.minWorkerBytes = saved));

    it('rebuild what a full re-read gives, with the very objects of the list before where nothing changed', async () => {
      await fc.assert(
        fc.asyncProperty(pollPair, fc.boolean(), async ({ base, next }, reorder) => {
          const sent = reorder && next.length > 1 ? [...next].reverse() : next;
          const source = new ContractDataSource('https://crm.example/api', { fetch: stubFetch({ '/events': [json({ events: base }), json({ events: sent })] }) });
          const first = await source.getEvents();
          const second = await source.getEvents();
          const fresh = await new ContractDataSource('https://crm.example/api', { fetch: stubFetch({ '/events': json({ events: sent }) }) }).getEvents();
          expect(second.data).to.deep.equal(fresh.data);
          const changes = second.changes;
          const baseIndex = new Map(base.map((item, i) => [item.id, i]));
          const order = sent.flatMap((item) => baseIndex.get(item.id) ?? []);
          const reordered = order.some((at, i) => i > 0 && at < (order[i - 1] as number));
          if (reordered) {
            expect(changes).to.equal(undefined);
            return;
          }
          if (!changes) throw new Error('a poll that keeps the order has changes');
          expect(changes.base).to.equal(first.data.events);
          const list = second.data.events;
          const ids = new Set(list.map((item) => item.id));
          expect(changes.removed).to.deep.equal(base.flatMap((item, i) => (ids.has(item.id) ? [] : [i])));
          const before = new Map(first.data.events.map((item) => [item.id, item]));
          const expected = list.flatMap((item, i) => (JSON.stringify(before.get(item.id)) === JSON.stringify(item) ? [] : [i]));
          expect(changes.changed).to.deep.equal(expected);
          list.forEach((item, i) => {
            if (!changes.changed.includes(i)) expect(item).to.equal(before.get(item.id));
          });
        }),
        { numRuns: path.runs, seed: fuzzSeed },
      );
    });
  });
}

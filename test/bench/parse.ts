/**
 * Benchmark page: reading 10,000 events. `?variant=` chooses what is timed on one body held in memory:
 * `json` JSON.parse alone (the baseline), `valibot` JSON.parse + the valibot schema (the reading before),
 * `page` the product's reading on the main thread (decode, parse, the quick reader, row tolerance), and
 * `worker` the product's reading in its worker, timed as the main thread's share (the reader's own count of
 * the time it spends handing the body over and taking the answer in).
 * Fetched from the bench server (`/parse-api/events`, the same body): `fetch-json` the page's fetch +
 * `response.text()` + JSON.parse (what any page pays to take the body in), `worker-fetch` the product's
 * `getEvents()` where the host gives no fetch (the worker fetches, reads, and posts the events back as JSON
 * text), `worker-fetch-clone` the same with the events posted back as objects (structured clone).
 * `cold` is the first call in the page; `warm` the median of the calls after it.
 */
import * as v from 'valibot';
import { EventsResponseSchema } from '../../src/data/schema.js';
import { readEventsBody } from '../../src/data/events-reading.js';
import { EventsReader, eventsReading } from '../../src/data/events-reader.js';
import { ContractDataSource } from '../../src/data/contract-source.js';
import { reportFigures } from './busy-probe.js';
import { rowCount, sampleEvents, settle } from './measure.js';

const variant = new URLSearchParams(location.search).get('variant') ?? 'json';
const WARM_CALLS = 7;
const URL_ = 'https://bench.invalid/events';

/** One call, marked for the runner's trace (`call-N-start` … `call-N-end`) and timed by the page's clock. */
async function once(text: string, bytes: Uint8Array, call: number): Promise<number> {
  // The worker takes the bytes it is given (transferred): each call gets its own copy, made outside the window.
  const copy = variant === 'worker' ? bytes.slice().buffer : bytes.buffer;
  performance.mark(`call-${call}-start`);
  const ms = await timed(text, copy as ArrayBuffer);
  performance.mark(`call-${call}-end`);
  return ms;
}

async function timed(text: string, bytes: ArrayBuffer): Promise<number> {
  if (variant.startsWith('worker-fetch')) {
    const start = performance.now();
    // A new source each call: a first load (no ETag, no list to compare with).
    const { data } = await new ContractDataSource('/parse-api').getEvents();
    if (data.events.length !== rowCount() || eventsReading.lastFetchedIn !== 'worker') throw new Error('the worker did not fetch');
    return performance.now() - start;
  }
  if (variant === 'fetch-json') {
    const start = performance.now();
    JSON.parse(await (await fetch('/parse-api/events', { cache: 'no-store' })).text());
    return performance.now() - start;
  }
  if (variant === 'worker') {
    eventsReading.mainThreadMs = 0;
    const read = await new EventsReader().read(bytes, URL_, 200);
    if (read.response.events.length !== rowCount()) throw new Error('the worker read too few events');
    return eventsReading.mainThreadMs;
  }
  const start = performance.now();
  if (variant === 'json') JSON.parse(text);
  else if (variant === 'valibot') v.parse(EventsResponseSchema, JSON.parse(text));
  else readEventsBody(bytes, URL_, 200);
  return performance.now() - start;
}

reportFigures(async () => {
  const text = JSON.stringify({ events: sampleEvents(rowCount()) });
  const bytes = new TextEncoder().encode(text);
  eventsReading.minWorkerBytes = 0;
  if (variant === 'worker-fetch-clone') eventsReading.rowsAs = 'clone';
  await settle(1000);
  const cold = await once(text, bytes, 0);
  const warm: number[] = [];
  for (let call = 0; call < WARM_CALLS; call++) {
    await settle(100);
    warm.push(await once(text, bytes, call + 1));
  }
  warm.sort((a, b) => a - b);
  if (variant === 'worker' && eventsReading.lastReadIn !== 'worker') throw new Error('the worker did not start');
  return { cold, warm: warm[Math.floor(warm.length / 2)] as number, bytes: bytes.length };
});

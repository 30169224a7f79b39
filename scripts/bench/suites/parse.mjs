// @ts-check
/**
 * Parse and validate 10,000 events (target 3): JSON.parse alone against the product's reading, cold (the
 * first call in a fresh page) and warm (the median of the calls after it), on the main thread and, with
 * the events worker, the main thread's share of it. See test/bench/parse.ts.
 */
import { events } from '../../../demo/endpoint/fixtures.js';
import { tracedSample } from './polling.mjs';

const ROWS = 10_000;
const VARIANTS = [
  { id: 'json', label: '`JSON.parse` alone (baseline)' },
  { id: 'valibot', label: '`JSON.parse` + valibot `EventsResponseSchema` (the reading before)' },
  { id: 'page', label: 'the product on the main thread: decode + `JSON.parse` + quick reader + row tolerance' },
  { id: 'worker', label: 'the product with its worker, bytes handed over (a host’s fetch): the main thread’s share' },
  { id: 'fetch-json', label: 'fetched: `fetch` + `response.text()` + `JSON.parse` on the main thread' },
  { id: 'worker-fetch', label: 'fetched: the product, the worker fetches and posts the events back as JSON text' },
  { id: 'worker-fetch-clone', label: 'fetched: the product, the worker fetches and posts the events back as objects (structured clone)' },
];

/** Serves the same body the pages make for themselves at /parse-api/events. */
function parseEndpoint() {
  const body = JSON.stringify({ events: events(ROWS) });
  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  return (request, response) => {
    if (request.url !== '/parse-api/events') return false;
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(body);
    return true;
  };
}

export default {
  id: 'parse',
  title: 'Parse and validate 10,000 events',
  /** @param {import('../harness.mjs') & { browser: import('playwright-core').Browser }} h */
  async run(h) {
    const dir = await h.buildPages({ parse: 'test/bench/parse.ts', 'events-worker': 'src/data/events-worker.ts' });
    const server = await h.serve(dir, { route: parseEndpoint() });
    try {
      /** @type {Record<string, Record<string, number[]>>} */
      const results = Object.fromEntries(VARIANTS.map((variant) => [variant.id, {}]));
      const middle = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
      for (let sample = 1; sample <= h.SAMPLES; sample++) {
        for (const variant of VARIANTS) {
          const { result, windows } = await tracedSample(h.browser, `${server.url}/parse.html?variant=${variant.id}&rows=${ROWS}`, 'call');
          // The trace's CPU time of the main thread's tasks in each call's window (the worker's own
          // thread is not in it); the page's clock only for the record.
          const figures = { cold: windows.cpu[0] ?? NaN, warm: middle(windows.cpu.slice(1)), clockCold: result.cold, clockWarm: result.warm, bytes: result.bytes };
          for (const [field, value] of Object.entries(figures)) (results[variant.id][field] ??= []).push(value);
        }
        process.stdout.write(`parse: sample ${sample}/${h.SAMPLES} done\n`);
      }
      const m = h.medians(results);
      const base = m.json;
      const rows = VARIANTS.map((variant) => [
        variant.label,
        h.ms(m[variant.id].cold),
        `${(m[variant.id].cold / base.cold).toFixed(2)} ×`,
        h.ms(m[variant.id].warm),
        `${(m[variant.id].warm / base.warm).toFixed(2)} ×`,
      ]);
      const ratio = (/** @type {string} */ id, /** @type {'cold' | 'warm'} */ when) => m[id][when] / base[when];
      return {
        markdown: [
          `Body: ${ROWS.toLocaleString('en')} demo events, ${(base.bytes / 1e6).toFixed(1)} MB of JSON held in memory.`,
          '',
          h.table(['reading', 'cold', '÷ JSON.parse', 'warm', '÷ JSON.parse'], rows),
          '',
          'How it is measured:',
          '- a fresh page per sample, variants alternated; the body is made and the page left to settle (GC forced) before the clock starts;',
          '- cold: the first call in the page; warm: the median of the 7 calls after it, each after a settle;',
          '- every figure is the CPU time (`tdur`) of the page’s main-thread tasks between the marks the page sets around each call, from a Chromium trace: on a loaded machine the page’s own clock also counts time the system gave to other processes; for the worker that is the main thread’s share only (handing the bytes over, transferred, not copied; taking in each message of JSON text and parsing it; building the list), the worker’s own thread is not counted.',
          '- "fetched" rows take the same body from the bench server (`Cache-Control: no-store`), a new data source per call (a first load: no ETag, no list to compare with); their window runs from the call to the events in hand, so the main thread’s share includes whatever the page pays for the request and for taking in what the worker posts back.',
        ].join('\n'),
        ratios: [
          { what: 'parse+validate 10k on the main thread ÷ JSON.parse, cold', value: ratio('page', 'cold'), target: 1.5 },
          { what: 'parse+validate 10k on the main thread ÷ JSON.parse, warm', value: ratio('page', 'warm'), target: 1.5 },
          { what: 'worker reading 10k: main thread share ÷ JSON.parse, cold', value: ratio('worker', 'cold'), target: 1.5 },
          { what: 'worker reading 10k: main thread share ÷ JSON.parse, warm', value: ratio('worker', 'warm'), target: 1.5 },
          { what: 'valibot reading (before) ÷ JSON.parse, warm', value: ratio('valibot', 'warm'), target: 1.5, info: true },
          { what: 'first load, worker fetches (JSON text back): main thread share ÷ JSON.parse, cold', value: ratio('worker-fetch', 'cold'), target: 1.5 },
          { what: 'first load, worker fetches (JSON text back): main thread share ÷ JSON.parse, warm', value: ratio('worker-fetch', 'warm'), target: 1.5 },
          { what: 'first load, worker fetches (objects back): main thread share ÷ JSON.parse, warm', value: ratio('worker-fetch-clone', 'warm'), target: 1.5, info: true },
          { what: 'first load, page fetch + text + JSON.parse ÷ JSON.parse, warm', value: ratio('fetch-json', 'warm'), target: 1.5, info: true },
        ],
      };
    } finally {
      server.close();
      h.cleanUp(dir);
    }
  },
};

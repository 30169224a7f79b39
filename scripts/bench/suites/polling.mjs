// @ts-check
/**
 * Polling that scales with the change (targets 1 and 2 for polls): `<system-events-table>` on a bench
 * endpoint serving `/events` with ETags, whose every new answer changes k events (1 or 1,000) of 10,000 or
 * 100,000. Per poll: the main thread's work, its longest task, the time to the change on screen, and from
 * the answer to that paint. See test/bench/polling.ts.
 */
import { events } from '../../../demo/endpoint/fixtures.js';

const SIZES = [10_000, 100_000];
const CHANGES = [1, 1_000];

/** Each page's own endpoint: the answer it is at, and the events as JSON text, one string per event. */
export function benchEndpoint() {
  /** @type {Map<number, string[]>} */
  const bases = new Map();
  /** @type {Map<string, { version: number, rows: number, k: number, parts: string[] }>} */
  const sessions = new Map();
  const base = (/** @type {number} */ rows) => {
    let parts = bases.get(rows);
    if (!parts) bases.set(rows, (parts = events(rows).map((event) => JSON.stringify(event))));
    return parts;
  };
  /** The k changed events of answer `version`: event 1 and then every (rows / k)-th, renamed. */
  const answer = (/** @type {{ version: number, rows: number, k: number, parts: string[] }} */ state) => {
    const original = base(state.rows);
    const step = Math.floor(state.rows / state.k);
    const parts = [...original];
    const all = events(Math.min(state.rows, step * (state.k - 1) + 1));
    for (let j = 0; j < state.k; j++) {
      const event = all[j * step];
      parts[j * step] = JSON.stringify({ ...event, name: `${event.name} (poll ${state.version})`, status: state.version % 2 ? 'failed' : 'running' });
    }
    state.parts = parts;
  };
  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  return (request, response) => {
    const match = /^\/bench-api\/([^/]+)\/(\d+)\/(\d+)\/(events|next)$/.exec(request.url ?? '');
    if (!match) return false;
    const [, session, rows, k, what] = match;
    const id = `${session}/${rows}/${k}`;
    let state = sessions.get(id);
    if (!state) {
      state = { version: 0, rows: Number(rows), k: Number(k), parts: [] };
      answer(state);
      sessions.set(id, state);
    }
    if (what === 'next') {
      state.version += 1;
      answer(state);
      response.writeHead(204).end();
      return true;
    }
    const etag = `"v${state.version}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag }).end();
      return true;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', ETag: etag, 'Cache-Control': 'no-cache' });
    response.end(`{"events":[${state.parts.join(',')}]}`);
    return true;
  };
}

/**
 * One page, traced: for each window the page marks (`<name>-N-start` … `<name>-N-end`, N from 0 or 1) the
 * main thread's tasks as Chromium recorded them: their CPU time summed (`tdur`, which leaves out the time
 * the system gave to other processes, unlike any clock in the page), the longest task's wall time and its
 * CPU time. Returns the page's own result and `{ cpu, longestWall, longestCpu }` arrays, one item per window.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {string} name
 */
export async function tracedSample(browser, url, name) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
    await page.goto(url);
    await page.waitForFunction(() => /** @type {any} */ (window).benchResult, null, { timeout: 300_000, polling: 200 });
    const result = await page.evaluate(() => /** @type {any} */ (window).benchResult);
    const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    if (!result || 'error' in result) throw new Error(`${url}: ${result?.error ?? 'no result'}`);
    const marks = trace.filter((/** @type {any} */ e) => e.name.startsWith(`${name}-`) && /-(start|end)$/.test(e.name));
    const pid = marks[0]?.pid;
    const main = new Set(trace.filter((/** @type {any} */ e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain').map((/** @type {any} */ e) => e.tid));
    const tasks = trace.filter((/** @type {any} */ e) => e.ph === 'X' && e.pid === pid && main.has(e.tid) && e.name === 'ThreadControllerImpl::RunTask');
    /** @type {{ cpu: number[], longestWall: number[], longestCpu: number[] }} */
    const windows = { cpu: [], longestWall: [], longestCpu: [] };
    for (let n = 0; n < 100; n++) {
      const start = marks.find((/** @type {any} */ e) => e.name === `${name}-${n}-start`)?.ts;
      const end = marks.find((/** @type {any} */ e) => e.name === `${name}-${n}-end`)?.ts;
      if (start === undefined || end === undefined) continue;
      const inside = tasks.filter((/** @type {any} */ e) => e.ts + e.dur > start && e.ts < end);
      windows.cpu.push(inside.reduce((sum, /** @type {any} */ e) => sum + (e.tdur ?? e.dur), 0) / 1000);
      windows.longestWall.push(Math.max(0, ...inside.map((/** @type {any} */ e) => e.dur)) / 1000);
      windows.longestCpu.push(Math.max(0, ...inside.map((/** @type {any} */ e) => e.tdur ?? e.dur)) / 1000);
    }
    return { result, windows };
  } finally {
    await page.close();
  }
}

/** How each variant's rows are labelled in the table. */
const READINGS = { worker: 'worker fetches', sorted: 'worker fetches; sorted by Activated and searched', 'page-fetch': 'page fetches, worker reads', page: 'main thread' };

const middle = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export default {
  id: 'polling',
  title: 'Polls that change 1 or 1,000 events',
  /** @param {import('../harness.mjs') & { browser: import('playwright-core').Browser }} h */
  async run(h) {
    const dir = await h.buildPages({ polling: 'test/bench/polling.ts', 'events-worker': 'src/data/events-worker.ts' });
    const server = await h.serve(dir, { route: benchEndpoint() });
    let sessions = 0;
    const variants = SIZES.flatMap((rows) =>
      CHANGES.flatMap((k) =>
        // The main thread's own reading (where no worker can start) at 10,000 only: at 100,000 it is
        // JSON.parse of 38 MB in one task, known to be far over 50 ms, and would double the suite's time.
        // `sorted`: the worker's reading with the view sorted by Activated and searched, so that each poll
        // patches a kept order and a kept search.
        (rows === 10_000 ? ['worker', 'sorted', 'page-fetch', 'page'] : ['worker', 'sorted', 'page-fetch']).map((reading) => ({ id: `${reading}-${rows}-${k}`, rows, k, reading })),
      ),
    );
    try {
      /** @type {Record<string, Record<string, number[]>>} */
      const results = Object.fromEntries(variants.map((v) => [v.id, {}]));
      const samples = Math.max(1, Math.ceil(h.SAMPLES / 2));
      for (let sample = 1; sample <= samples; sample++) {
        for (const variant of variants) {
          const reading = variant.reading === 'sorted' ? 'worker&view=sorted' : variant.reading;
          const url = `${server.url}/polling.html?rows=${variant.rows}&k=${variant.k}&reading=${reading}&session=${++sessions}&traced`;
          const { result, windows } = await tracedSample(h.browser, url, 'poll');
          const figures = { ...result, cpu: middle(windows.cpu), longestWall: middle(windows.longestWall), longestCpu: middle(windows.longestCpu) };
          for (const [field, value] of Object.entries(figures)) (results[variant.id][field] ??= []).push(value);
        }
        process.stdout.write(`polling: sample ${sample}/${samples} done\n`);
      }
      const m = h.medians(results);
      const row = (/** @type {typeof variants[number]} */ v) => [
        READINGS[v.reading],
        v.rows.toLocaleString('en'),
        v.k.toLocaleString('en'),
        h.ms(m[v.id].cpu),
        h.ms(m[v.id].longestWall),
        h.ms(m[v.id].longestCpu),
        h.ms(m[v.id].toPaint),
        h.ms(m[v.id].toScreen),
      ];
      const get = (/** @type {string} */ reading, /** @type {number} */ rows, /** @type {number} */ k) => m[`${reading}-${rows}-${k}`];
      const worst = (/** @type {'longestWall' | 'longestCpu' | 'toPaint'} */ field) =>
        Math.max(...SIZES.flatMap((rows) => CHANGES.flatMap((k) => [get('worker', rows, k)[field], get('sorted', rows, k)[field]])));
      return {
        markdown: [
          h.table(['reading', 'events', 'changed', 'main thread per poll (CPU)', 'longest task (wall)', 'longest task (CPU)', 'answer → painted', 'request → painted'], variants.map(row)),
          '',
          'How it is measured:',
          `- a fresh page per sample, ${samples} samples per variant, the median of 3 polls per page; the page loads the table, then for each poll tells the bench endpoint to move on (k events renamed, event 1 among them), settles (GC forced) and calls \`refresh()\`;`,
          '- main thread per poll: a Chromium trace of the page (`toplevel` tasks of its renderer main thread) between the marks the page sets at the request and after the painted change; the tasks\' CPU time (`tdur`) summed; longest task: the longest task\'s wall time (what a person waits; on a loaded machine it includes time the system gave to other processes) and its CPU time;',
          '- answer → painted: from `refresh()` resolving (the answer read and taken in) to the frame after the one in which the first row shows the new name; request → painted: from the call;',
          '- "worker fetches" is the product where the host gives no fetch of its own: the worker makes the GET, reads the body and posts back the changed events ("sorted": the table sorted by Activated, newest first, and searched for "#1" before the polls, so each poll patches the kept order and search); "page fetches" is the path with a host\'s fetch (the page receives the body and hands its bytes to the worker); "main thread" rows fetch and read every body on the main thread (the fallback where no worker can start).',
        ].join('\n'),
        ratios: [
          ...CHANGES.map((k) => ({
            what: `poll changing ${k.toLocaleString('en')}: main thread at 100k ÷ at 10k (O(k): ≈ 1)`,
            value: get('worker', 100_000, k).cpu / get('worker', 10_000, k).cpu,
            target: 1.5,
          })),
          ...CHANGES.map((k) => ({
            what: `poll changing ${k.toLocaleString('en')}, sorted and searched (kept order and search patched): main thread at 100k ÷ at 10k`,
            value: get('sorted', 100_000, k).cpu / get('sorted', 10_000, k).cpu,
            target: 1.5,
          })),
          ...CHANGES.map((k) => ({
            what: `poll changing ${k.toLocaleString('en')}, page fetches (a host's fetch): main thread at 100k ÷ at 10k`,
            value: get('page-fetch', 100_000, k).cpu / get('page-fetch', 10_000, k).cpu,
            target: 1.5,
            info: true,
          })),
          ...SIZES.map((rows) => ({
            what: `poll at ${rows.toLocaleString('en')}: main thread k=1,000 ÷ k=1`,
            value: get('worker', rows, 1000).cpu / get('worker', rows, 1).cpu,
            target: 1,
            info: true,
          })),
          { what: 'polls: longest main-thread task (wall) ÷ 50 ms (worst of the eight)', value: worst('longestWall') / 50, target: 1 },
          { what: 'polls: longest main-thread task (CPU) ÷ 50 ms (worst of the eight)', value: worst('longestCpu') / 50, target: 1, info: true },
          { what: 'polls: answer → painted ÷ 100 ms (worst of the eight)', value: worst('toPaint') / 100, target: 1 },
        ],
      };
    } finally {
      server.close();
      h.cleanUp(dir);
    }
  },
};

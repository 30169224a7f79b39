// @ts-check
/**
 * What every benchmark suite shares: building its pages with esbuild, serving them (optionally with added
 * latency or routes of its own), one headless Chromium, a fresh page per sample, medians, and the machine
 * the figures were taken on. A suite (scripts/bench/suites/*.mjs) exports
 * `{ id, title, run(harness) }`; `run` resolves to `{ markdown, ratios }` (see `Ratio` below), and
 * scripts/bench.mjs prints and writes them.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

/**
 * One figure compared with its target, as a ratio taken inside one run.
 * @typedef {{ what: string, value: number, target: number, info?: boolean }} Ratio
 * `info: true` marks a figure printed for information (no target is checked); otherwise the target is met
 * when `value <= target`.
 */

/** Samples per variant: `BENCH_SAMPLES=n` (default 9). */
export const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 9);

/** @param {number[]} values */
export function median(values) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** @param {number} value */
export const ms = (value) => (Number.isNaN(value) ? '–' : value < 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(0)} ms`);

/** The page imports the drop-in entry, served beside it, instead of bundling the sources. @type {import('esbuild').Plugin} */
const DROP_IN_ENTRY = {
  name: 'drop-in-entry',
  setup(pages) {
    pages.onResolve({ filter: /[\\/]src[\\/]bundle\.js$/ }, () => ({ path: './license-widgets.js', external: true }));
  },
};

/**
 * Bundles each page script (minified, production) into a temporary folder with an HTML page of the same
 * name: `<name>.html` loads `<name>.js`. `head` adds markup to every page's head. `dropIn`: the pages use
 * the drop-in files as a host does (`dist/bundle`, from `npm run build`, copied beside them): an import of
 * `src/bundle.ts` becomes the drop-in entry `./license-widgets.js`, which loads its own chunks.
 * @param {Record<string, string>} entries page name → TypeScript entry
 * @param {{ head?: string, splitting?: boolean, dropIn?: boolean }} [options]
 */
export async function buildPages(entries, { head = '', splitting = false, dropIn = false } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'bench-'));
  if (dropIn) {
    if (!existsSync('dist/bundle/license-widgets.js')) throw new Error('the drop-in files are missing: run `npm run build` first');
    cpSync('dist/bundle', outdir, { recursive: true });
  }
  await build({
    plugins: dropIn ? [DROP_IN_ENTRY] : [],
    entryPoints: entries,
    bundle: true,
    minify: true,
    splitting,
    format: 'esm',
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    outdir,
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    logLevel: 'error',
  });
  for (const page of Object.keys(entries)) {
    writeFileSync(
      join(outdir, `${page}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page}</title>` +
        `<style>body { margin: 0; font: 16px system-ui, sans-serif; width: 1000px; }</style>${head}</head>` +
        // Cold variants: no idle time for the element modules to warm Intl up before the clock starts.
        `<body><script>if (location.search.includes('cold')) window.requestIdleCallback = undefined;</script>` +
        `<script type="module" src="./${page}.js"></script></body></html>`,
    );
  }
  return outdir;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * Serves `root` on a free port of 127.0.0.1. `route(request, response)` may answer a request itself
 * (return true), e.g. a data endpoint; `latency` delays every answer by that many milliseconds.
 * @param {string} root
 * @param {{ latency?: number, route?: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean | Promise<boolean> }} [options]
 * @returns {Promise<{ url: string, close: () => void, server: import('node:http').Server }>}
 */
export function serve(root, { latency = 0, route } = {}) {
  const server = createServer(async (request, response) => {
    if (latency) await new Promise((resolve) => setTimeout(resolve, latency));
    if (route && (await route(request, response))) return;
    const path = normalize(new URL(request.url ?? '/', 'http://bench.invalid').pathname).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(root, path));
      response.writeHead(200, { 'Content-Type': TYPES[/** @type {'.js'} */ (extname(path))] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, server, close: () => server.close() });
    }),
  );
}

/** Forced garbage collection and exact heap figures between samples need these flags. */
export const BENCH_ARGS = [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'];

/** @returns {Promise<import('playwright-core').Browser>} */
export const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_ARGS });

/**
 * Opens `url` in a fresh page, waits for the page to set `window.benchResult`, closes the page and
 * returns the result; a page that reports `{ error }` throws.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ timeout?: number, viewport?: { width: number, height: number } }} [options]
 */
export async function sampleOnce(browser, url, { timeout = 180_000, viewport = { width: 1280, height: 800 } } = {}) {
  const page = await browser.newPage({ viewport });
  try {
    await page.goto(url);
    await page.waitForFunction(() => /** @type {any} */ (window).benchResult, null, { timeout, polling: 100 });
    const result = await page.evaluate(() => /** @type {any} */ (window).benchResult);
    if (!result || 'error' in result) throw new Error(`${url}: ${result?.error ?? 'no result'}`);
    return result;
  } finally {
    await page.close();
  }
}

/**
 * Runs every variant `SAMPLES` times, alternating them (A B C A B C), and collects each result field per
 * variant: `{ [variant]: { [field]: number[] } }`.
 * @param {import('playwright-core').Browser} browser
 * @param {{ id: string, url: string }[]} variants
 * @param {{ label?: string, samples?: number }} [options]
 */
export async function alternate(browser, variants, { label = '', samples = SAMPLES } = {}) {
  /** @type {Record<string, Record<string, number[]>>} */
  const results = Object.fromEntries(variants.map((v) => [v.id, {}]));
  for (let sample = 1; sample <= samples; sample++) {
    for (const variant of variants) {
      const result = await sampleOnce(browser, variant.url);
      for (const [field, value] of Object.entries(flatten(result))) (results[variant.id][field] ??= []).push(value);
    }
    process.stdout.write(`${label ? `${label}: ` : ''}sample ${sample}/${samples} done\n`);
  }
  return results;
}

/** `{ a: 1, b: { c: 2 } }` → `{ a: 1, 'b.c': 2 }`: numbers only. @param {any} value @param {string} [prefix] */
function flatten(value, prefix = '') {
  /** @type {Record<string, number>} */
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof inner === 'number') out[name] = inner;
    else if (inner && typeof inner === 'object') Object.assign(out, flatten(inner, name));
  }
  return out;
}

/** The medians of `alternate`'s results: `{ [variant]: { [field]: median } }`. @param {Record<string, Record<string, number[]>>} results */
export const medians = (results) =>
  Object.fromEntries(
    Object.entries(results).map(([id, fields]) => [id, Object.fromEntries(Object.entries(fields).map(([f, values]) => [f, median(values)]))]),
  );

/** The machine the figures were taken on, in one line. */
export function machine() {
  let version = 'Chromium (version unknown)';
  try {
    version = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // The version line is for the record only.
  }
  const cores = cpus();
  return `${version}, headless, software rendering; ${cores.length} × ${cores[0]?.model.trim() ?? 'CPU'}; load average ${loadavg()[0].toFixed(1)} at the start; Node ${process.version}`;
}

/** A markdown table. @param {string[]} head @param {(string | number)[][]} rows */
export const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** Removes a folder made by `buildPages`. @param {string} dir */
export const cleanUp = (dir) => rmSync(dir, { recursive: true, force: true });

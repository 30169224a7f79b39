// @ts-check
/**
 * What a host pays per entry point: builds each page in entries/ on its own (a page that imports only
 * that entry of the package) with this host's Vite, and sums the min + gzip -9 bytes of the JS the page
 * loads up front (its chunk and everything that chunk imports statically). Chunks it imports on demand
 * (locale modules, the vendor API adapter) are reported apart. Prints JSON: [{ page, entry, bytes, onDemandBytes }].
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gzip = (/** @type {string | Uint8Array} */ code) => gzipSync(code, { level: 9 }).length;

/** @param {string} page */
async function measure(page) {
  const html = readFileSync(`entries/${page}.html`, 'utf8');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      // The polyfill is Vite's, not the package's: leave it out of the figure.
      modulePreload: { polyfill: false },
      rolldownOptions: { input: `entries/${page}.html` },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
  /** @typedef {{ fileName: string, code: string, imports: string[], dynamicImports: string[], isEntry: boolean }} Chunk */
  /** @type {Map<string, Chunk>} */
  const chunks = new Map();
  for (const item of outputs) if (item.type === 'chunk') chunks.set(item.fileName, item);
  // A page whose script only imports one module may have no chunk of its own: the built page's script tag
  // then names that module's chunk.
  const builtPage = outputs.find((item) => item.type === 'asset' && item.fileName.endsWith('.html'));
  const scriptSrc = builtPage && 'source' in builtPage ? /<script[^>]*\ssrc="\/?([^"]+)"/.exec(String(builtPage.source))?.[1] : undefined;
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry) ?? (scriptSrc ? chunks.get(scriptSrc) : undefined);
  if (!entry) throw new Error(`entries/${page}.html: no entry chunk`);
  /** @param {string[]} start @param {(chunk: Chunk) => string[]} next */
  const closure = (start, next) => {
    const seen = new Set();
    const queue = [...start];
    while (queue.length) {
      const file = queue.shift();
      if (!file || seen.has(file)) continue;
      seen.add(file);
      const chunk = chunks.get(file);
      if (chunk) queue.push(...next(chunk));
    }
    return seen;
  };
  const upFront = closure([entry.fileName], (chunk) => chunk.imports);
  const all = closure([entry.fileName], (chunk) => [...chunk.imports, ...chunk.dynamicImports]);
  const sum = (/** @type {Iterable<string>} */ files) =>
    [...files].reduce((total, file) => total + gzip(chunks.get(file)?.code ?? ''), 0);
  return {
    page: `entries/${page}.html`,
    entry: /<title>(.*)<\/title>/.exec(html)?.[1] ?? page,
    bytes: sum(upFront),
    onDemandBytes: sum([...all].filter((file) => !upFront.has(file))),
  };
}

const pages = readdirSync('entries').filter((file) => file.endsWith('.html')).map((file) => file.replace(/\.html$/, ''));
const results = [];
for (const page of pages) results.push(await measure(page));
console.log(JSON.stringify(results));

// @ts-check
/**
 * A chunk loaded by `import()` names the chunks it needs in its own static imports, which the browser
 * learns of only once the chunk itself has arrived: one more round trip per level (the Status tab waited
 * for `status-panel-….js`, then for the small chunks it shares with `<license-detail>`). Vite preloads those
 * in an application build; in library mode it does not, so the drop-in build does it here: every
 * `import("./x.js")` becomes `Promise.all([import("./x.js"), import("./dep.js"), …]).then((m) => m[0])`,
 * for each chunk `x` needs that the importing chunk has not already loaded. Modules are fetched and run
 * once per URL, so asking early only moves their download forward.
 */
import { dirname, posix } from 'node:path';

/**
 * @typedef {{ type: 'chunk', fileName: string, code: string, imports: string[], dynamicImports: string[] }} Chunk
 * @typedef {{ type: 'asset' | 'chunk', fileName: string }} Output
 */

/** The chunks `fileName` loads statically, itself included, at any depth. @param {Map<string, Chunk>} chunks @param {string} fileName */
function staticClosure(chunks, fileName) {
  const seen = new Set();
  for (const queue = [fileName]; queue.length; ) {
    const next = /** @type {string} */ (queue.pop());
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(chunks.get(next)?.imports ?? []));
  }
  return seen;
}

/** `to` as an import specifier from the chunk `from`. @param {string} from @param {string} to */
function specifier(from, to) {
  const path = posix.relative(dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rewrites the bundle's chunks in place; returns, per chunk, the dependencies each dynamic import now
 * brings along (for the build's own check).
 * @param {Record<string, Output>} bundle
 * @returns {Record<string, Record<string, string[]>>}
 */
export function preloadChunkDeps(bundle) {
  const chunks = new Map(
    Object.values(bundle)
      .filter((output) => output.type === 'chunk')
      .map((chunk) => [chunk.fileName, /** @type {Chunk} */ (/** @type {unknown} */ (chunk))]),
  );
  /** @type {Record<string, Record<string, string[]>>} */
  const added = {};
  for (const chunk of chunks.values()) {
    const loaded = staticClosure(chunks, chunk.fileName);
    for (const target of chunk.dynamicImports) {
      if (!chunks.has(target)) continue;
      const deps = [...staticClosure(chunks, target)].filter((dep) => dep !== target && !loaded.has(dep));
      if (!deps.length) continue;
      const call = new RegExp(String.raw`import\((["'\`])${escape(specifier(chunk.fileName, target))}\1\)`, 'g');
      const along = deps.map((dep) => `import(${JSON.stringify(specifier(chunk.fileName, dep))})`).join(',');
      let found = false;
      chunk.code = chunk.code.replace(call, (whole) => {
        found = true;
        return `Promise.all([${whole},${along}]).then(m=>m[0])`;
      });
      if (!found) throw new Error(`${chunk.fileName}: no import() of ${target} to preload its chunks with`);
      (added[chunk.fileName] ??= {})[target] = deps;
    }
  }
  return added;
}

/** The Vite plugin: after the chunks are written out (minified), before they are saved. @returns {import('vite').Plugin} */
export const preloadChunkDepsPlugin = () => ({
  name: 'license-preload-chunk-deps',
  apply: 'build',
  generateBundle(_options, bundle) {
    preloadChunkDeps(/** @type {Record<string, Output>} */ (/** @type {unknown} */ (bundle)));
  },
});

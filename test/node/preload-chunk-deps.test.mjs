// @ts-check
/**
 * The drop-in build's `import()`s bring along the chunks their target imports statically
 * (scripts/preload-chunk-deps.mjs): on a synthetic bundle, and on the drop-in files as built.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { preloadChunkDeps } from '../../scripts/preload-chunk-deps.mjs';

const chunk = (/** @type {string} */ fileName, /** @type {string} */ code, imports = /** @type {string[]} */ ([]), dynamicImports = /** @type {string[]} */ ([])) => ({
  type: /** @type {const} */ ('chunk'),
  fileName,
  code,
  imports,
  dynamicImports,
});

test('an import() brings the chunks its target needs that the importer has not loaded', () => {
  const bundle = {
    'entry.js': chunk('entry.js', 'import"./chunks/shared.js";const a=()=>import(`./chunks/panel.js`),b=()=>import("./chunks/detail.js");', ['chunks/shared.js'], ['chunks/panel.js', 'chunks/detail.js']),
    'chunks/shared.js': chunk('chunks/shared.js', 'export const s=1;'),
    'chunks/panel.js': chunk('chunks/panel.js', 'import"../entry.js";import"./shared.js";import"./helper.js";import"./deep.js";', ['entry.js', 'chunks/shared.js', 'chunks/helper.js']),
    'chunks/helper.js': chunk('chunks/helper.js', 'import"./deep.js";', ['chunks/deep.js']),
    'chunks/deep.js': chunk('chunks/deep.js', 'export const d=1;'),
    'chunks/detail.js': chunk('chunks/detail.js', 'import"../entry.js";', ['entry.js']),
    'style.css': { type: /** @type {const} */ ('asset'), fileName: 'style.css' },
  };
  const added = preloadChunkDeps(bundle);
  assert.deepEqual(added, { 'entry.js': { 'chunks/panel.js': ['chunks/helper.js', 'chunks/deep.js'] } });
  assert.equal(
    bundle['entry.js'].code,
    'import"./chunks/shared.js";const a=()=>Promise.all([import(`./chunks/panel.js`),import("./chunks/helper.js"),import("./chunks/deep.js")]).then(m=>m[0]),b=()=>import("./chunks/detail.js");',
    'the panel with what it needs beyond the entry; the detail needs nothing more',
  );
});

test('an import() the code does not show as written is an error, not a silent waterfall', () => {
  const bundle = {
    'entry.js': chunk('entry.js', 'const a=()=>import(someName);', [], ['chunks/panel.js']),
    'chunks/panel.js': chunk('chunks/panel.js', '', ['chunks/helper.js']),
    'chunks/helper.js': chunk('chunks/helper.js', ''),
  };
  assert.throws(() => preloadChunkDeps(bundle), /entry\.js: no import\(\) of chunks\/panel\.js/);
});

const BUNDLE = 'dist/bundle';
test('in the drop-in files, every chunk an import() needs is asked for by that same import()', { skip: !existsSync(join(BUNDLE, 'license-widgets.js')) && 'run `npm run build` first' }, () => {
  const files = ['license-widgets.js', ...readdirSync(join(BUNDLE, 'chunks')).map((file) => `chunks/${file}`)];
  const code = new Map(files.map((file) => [file, readFileSync(join(BUNDLE, file), 'utf8')]));
  const resolve = (/** @type {string} */ from, /** @type {string} */ specifier) => posix.normalize(posix.join(posix.dirname(from), specifier));
  const staticImports = (/** @type {string} */ file) =>
    [...(code.get(file) ?? '').matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => resolve(file, m[1] ?? ''));
  const closure = (/** @type {string} */ file) => {
    const seen = new Set();
    for (const queue = [file]; queue.length; ) {
      const next = /** @type {string} */ (queue.pop());
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...staticImports(next));
    }
    return seen;
  };
  let checked = 0;
  for (const [file, text] of code) {
    const loaded = closure(file);
    // Each import() with the imports beside it in its Promise.all, if any.
    for (const m of text.matchAll(/(Promise\.all\(\[)?import\(["'`](\.{1,2}\/[^"'`]+\.js)["'`]\)((?:,import\(["'`][^"'`]+["'`]\))*)/g)) {
      if (!m[1] && text.slice(Math.max(0, (m.index ?? 0) - 1), m.index).endsWith(',')) continue; // one of the ones beside
      const target = resolve(file, m[2] ?? '');
      const along = new Set([...(m[3] ?? '').matchAll(/import\(["'`]([^"'`]+)["'`]\)/g)].map((a) => resolve(file, a[1] ?? '')));
      const needed = [...closure(target)].filter((dep) => dep !== target && !loaded.has(dep));
      assert.deepEqual(needed.filter((dep) => !along.has(dep)), [], `${file}: import() of ${target} leaves chunks to a second round trip`);
      checked += 1;
    }
  }
  assert.ok(checked >= 10, `the dynamic imports were found (${checked})`);
});

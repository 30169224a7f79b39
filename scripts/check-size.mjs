// @ts-check
/**
 * Size budget check (min + gzip -9, compared with budgets.json):
 * - the library: the drop-in entry (all elements + Lit + localize + valibot) bundled with splitting; the
 *   figure is what its entry loads up front, and the parts it loads on demand (dialogs, Status tab,
 *   dashboard, events table, exports, the vendor API adapter) are listed apart, as is each locale module;
 * - the owner tab of `<license-screen>` from the drop-in files as built (`dist/bundle/`): the entry and the
 *   chunks it imports statically, which is all an English page loads before the owner tab's content shows
 *   (another language adds its one locale chunk);
 * - every entry point in package.json `exports`, as a host bundles it: the built `dist/` file through the
 *   package's own `exports` and `sideEffects`, Lit and the other dependencies included, minified. The
 *   figure is what a page loads up front (the entry's chunk and what it imports statically); chunks
 *   loaded on demand are shown apart. For `license-widgets/license-screen` that is the owner tab from the
 *   npm build. Needs `npm run build`.
 * `--write` also rewrites docs/size.md with the figures; `--json` prints the figures as JSON instead of
 * the tables (for the benchmark report).
 */
import { build } from 'esbuild';
import { hasTranslatorNotes, stripTranslatorNotes } from './strip-translator-notes.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';

import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** Measures the sources as the builds ship them: no translator's notes, styles squeezed (vite.config.ts). @type {import('esbuild').Plugin} */
const asShipped = {
  name: 'as-shipped',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      const code = readFileSync(path, 'utf8');
      return { contents: minifyCssLiterals(hasTranslatorNotes(path) ? stripTranslatorNotes(code) : code), loader: 'ts' };
    });
  },
};

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @type {string[]} */
const failures = [];

/** @param {import('esbuild').BuildOptions} options */
async function bundle(options) {
  const outdir = mkdtempSync(join(tmpdir(), 'license-size-'));
  try {
    const result = await build({
      bundle: true,
      minify: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      outdir,
      metafile: true,
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      conditions: ['production'],
      logLevel: 'error',
      plugins: [asShipped],
      ...options,
    });
    /** @type {Map<string, { gzip: number, code: Buffer, meta: import('esbuild').Metafile['outputs'][string] }>} */
    const outputs = new Map();
    for (const [file, meta] of Object.entries(result.metafile?.outputs ?? {})) {
      const code = readFileSync(file);
      if (file.endsWith('.js')) outputs.set(file, { gzip: gzipSync(code, { level: 9 }).length, code, meta });
    }
    return outputs;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * The gzip size of a set of outputs taken as one file. esbuild puts every module shared between the entry
 * and an on-demand part into a shared chunk of its own, so a host's bundle would be cut into more pieces
 * than its bundler makes (Vite keeps what an entry imports statically together): summing each piece's
 * gzip would count that cutting, not the code.
 */
const gzipTogether = (/** @type {{ code: Buffer }[]} */ pieces) => gzipSync(Buffer.concat(pieces.map((piece) => piece.code)), { level: 9 }).length;

/** The outputs reached from `start` by static imports (what loads before any on-demand part). */
function staticClosure(/** @type {Map<string, { meta: import('esbuild').Metafile['outputs'][string] }>} */ outputs, /** @type {string} */ start) {
  const reached = new Set();
  const queue = [start];
  while (queue.length) {
    const output = queue.shift();
    if (!output || reached.has(output)) continue;
    reached.add(output);
    for (const imported of outputs.get(output)?.meta.imports ?? []) {
      if (imported.kind === 'import-statement') queue.push(imported.path);
    }
  }
  return reached;
}

/** @type {Record<string, unknown>} */
const figures = {};

async function measureLibrary() {
  const outputs = await bundle({ entryPoints: ['src/bundle.ts'] });
  const entry = [...outputs.entries()].find(([, { meta }]) => meta.entryPoint === 'src/bundle.ts');
  if (!entry) throw new Error('src/bundle.ts: no entry chunk');
  const upFront = staticClosure(outputs, entry[0]);
  /** @type {{ name: string, bytes: number }[]} */
  const locales = [];
  /** @type {Map<string, number>} */
  const parts = new Map();
  /** @type {{ code: Buffer }[]} */
  const libraryPieces = [];
  for (const [output, { gzip, code, meta }] of outputs) {
    const inputs = Object.keys(meta.inputs);
    const localeInput = inputs.find((input) => /i18n\/generated\/(sv|nb|da|nl|de)\.ts$/.test(input));
    if (localeInput && inputs.length === 1) locales.push({ name: localeInput.replace(/.*\//, ''), bytes: gzip });
    else if (upFront.has(output)) libraryPieces.push({ code });
    else {
      // An on-demand part by the module it is loaded through; shared chunks of parts under "shared".
      const name = meta.entryPoint?.replace(/^src\//, '') ?? 'shared by the parts';
      parts.set(name, (parts.get(name) ?? 0) + gzip);
    }
  }
  const library = gzipTogether(libraryPieces);
  if (library > budgets.libraryGzipBytes) failures.push(`library ${kb(library)} > ${kb(budgets.libraryGzipBytes)}`);
  for (const locale of locales) {
    if (locale.bytes > budgets.localeGzipBytes) failures.push(`${locale.name} ${kb(locale.bytes)} > ${kb(budgets.localeGzipBytes)}`);
  }
  if (locales.length !== 5) failures.push(`expected 5 locale chunks, found ${locales.length}`);
  const onDemand = [...parts].sort(([a], [b]) => a.localeCompare(b));
  figures.library = { bytes: library, budget: budgets.libraryGzipBytes, onDemand: Object.fromEntries(onDemand) };
  figures.locales = locales.map((l) => ({ ...l, budget: budgets.localeGzipBytes }));
  return [
    '| bundle | min+gzip | budget |',
    '|---|---|---|',
    `| library up front (the drop-in entry: owner tabs, license list, data layer, Lit, localize, valibot) | ${kb(library)} | ${kb(budgets.libraryGzipBytes)} |`,
    ...onDemand.map(([name, bytes]) => `| on demand: \`${name}\` | ${kb(bytes)} | — |`),
    `| library in all (up front and on demand, without locales) | ${kb(library + onDemand.reduce((sum, [, bytes]) => sum + bytes, 0))} | — |`,
    ...locales.map((l) => `| locale ${l.name} | ${kb(l.bytes)} | ${kb(budgets.localeGzipBytes)} |`),
  ].join('\n');
}

/**
 * The drop-in files as built: which file a browser fetches before the owner tab shows (the entry and what
 * it imports statically, followed from file to file as the browser does), and each on-demand file with what
 * it adds. Relative specifiers only: the files find each other from the entry's own URL.
 */
function measureDropIn() {
  const dir = 'dist/bundle';
  const entry = join(dir, 'license-widgets.js');
  if (!existsSync(entry)) throw new Error('dist/bundle/ is missing: run `npm run build` first');
  /** @param {string} file */
  const imports = (file) => {
    const code = readFileSync(file, 'utf8');
    const relativeTo = (/** @type {string} */ specifier) => join(dirname(file), specifier);
    const dynamic = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => relativeTo(m[1] ?? ''));
    const fixed = [...code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => relativeTo(m[1] ?? ''));
    const bare = [...code.matchAll(/\b(?:from|import)\s*["']([^."'][^"']*)["']/g)].map((m) => m[1]);
    if (bare.length) failures.push(`${file} imports ${bare.join(', ')}: the drop-in files must need nothing but each other`);
    return { fixed, dynamic };
  };
  const gzip = (/** @type {string} */ file) => gzipSync(readFileSync(file), { level: 9 }).length;
  /** @param {string[]} starts @param {Set<string>} [have] */
  const closure = (starts, have = new Set()) => {
    const reached = new Set();
    const queue = [...starts];
    while (queue.length) {
      const file = queue.shift();
      if (!file || reached.has(file) || have.has(file)) continue;
      reached.add(file);
      queue.push(...imports(file).fixed);
    }
    return reached;
  };
  const sum = (/** @type {Set<string>} */ files) => [...files].reduce((total, file) => total + gzip(file), 0);
  const ownerTab = closure([entry]);
  const ownerBytes = sum(ownerTab);
  const budget = budgets.dropInOwnerTabGzipBytes;
  if (typeof budget !== 'number') failures.push('budgets.json has no dropInOwnerTabGzipBytes');
  else if (ownerBytes > budget) failures.push(`drop-in owner tab ${kb(ownerBytes)} > ${kb(budget)}`);
  // Each on-demand file, with the chunks it needs that the owner tab did not load.
  /** @type {Set<string>} */
  const onDemand = new Set();
  for (const file of closure([entry])) for (const dynamic of imports(file).dynamic) onDemand.add(dynamic);
  for (const file of [...onDemand]) for (const dynamic of imports(file).dynamic) onDemand.add(dynamic);
  const rows = [...onDemand].map((file) => {
    const adds = closure([file], ownerTab);
    return { file: relative(dir, file), bytes: sum(adds), files: adds.size };
  }).sort((a, b) => a.file.localeCompare(b.file));
  figures.dropInOwnerTab = { bytes: ownerBytes, budget, files: [...ownerTab].map((file) => relative(dir, file)) };
  figures.dropInOnDemand = rows;
  return [
    '| drop-in files (`dist/bundle/`) | min+gzip | files | budget |',
    '|---|---|---|---|',
    `| owner tab of \`<license-screen>\`, English: the entry and its static imports | ${kb(ownerBytes)} | ${ownerTab.size} | ${typeof budget === 'number' ? kb(budget) : '—'} |`,
    ...rows.map((row) => `| + on demand \`${row.file.replace(/-[\w-]{8}\.js$/, '')}\` (and what it needs beyond the owner tab) | ${kb(row.bytes)} | ${row.files} | — |`),
  ].join('\n');
}

/** `sideEffects` globs (`./dist/elements/*\/define.js`) as a test for an export's target. */
const definesTags = (/** @type {string} */ target) =>
  /** @type {string[]} */ (pkg.sideEffects).some((glob) =>
    new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(target),
  );

async function measureEntries() {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run `npm run build` first');
  const rows = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file.endsWith('.js')) continue;
    const specifier = `${pkg.name}${subpath.slice(1)}`;
    // An entry that defines tags is imported for that; one without side effects is measured with every
    // export in use (the most it can cost), since a bundler drops what a host does not use.
    const defines = definesTags(file);
    const contents = defines ? `import '${specifier}';` : `export * from '${specifier}';`;
    // Resolved through the package's own name, so `exports` and `sideEffects` apply as in a host.
    const outputs = await bundle({ stdin: { contents, resolveDir: process.cwd(), sourcefile: 'host.js' } });
    const entry = [...outputs.entries()].find(([, { meta }]) => meta.entryPoint === 'host.js');
    if (!entry) throw new Error(`${specifier}: no entry chunk`);
    const upFront = staticClosure(outputs, entry[0]);
    // A types-only entry (`license-widgets/react`, `/vue`) bundles to nothing: no JS to budget.
    if ([...outputs.values()].every(({ meta }) => meta.bytes === 0)) {
      rows.push(`| \`${specifier}\` (types only) | — | — | — |`);
      continue;
    }
    const bytes = gzipTogether([...outputs].filter(([output]) => upFront.has(output)).map(([, piece]) => piece));
    let onDemand = 0;
    for (const [output, { gzip }] of outputs) if (!upFront.has(output)) onDemand += gzip;
    const budget = budgets.entryGzipBytes?.[subpath];
    if (typeof budget !== 'number') failures.push(`${specifier} has no budget in budgets.json entryGzipBytes`);
    else if (bytes > budget) failures.push(`${specifier} ${kb(bytes)} > ${kb(budget)}`);
    /** @type {Record<string, unknown>} */ (figures.entries ??= {})[subpath] = { bytes, onDemand, budget };
    rows.push(`| \`${specifier}\`${defines ? '' : ' (every export used)'} | ${kb(bytes)} | ${kb(onDemand)} | ${typeof budget === 'number' ? kb(budget) : '—'} |`);
  }
  for (const subpath of Object.keys(budgets.entryGzipBytes ?? {})) {
    if (!(subpath in pkg.exports)) failures.push(`budgets.json entryGzipBytes has ${subpath}, which package.json does not export`);
  }
  return [
    '| entry point (what a host imports) | min+gzip, up front | loaded on demand | budget |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const libraryTable = await measureLibrary();
const dropInTable = measureDropIn();
const entryTable = await measureEntries();
if (process.argv.includes('--json')) console.log(JSON.stringify({ ...figures, failures }, null, 2));
else console.log(`${libraryTable}\n\n${dropInTable}\n\n${entryTable}`);
if (process.argv.includes('--write')) {
  writeFileSync(
    'docs/size.md',
    `# Size\n\nMeasured by \`npm run size -- --write\` (esbuild, minified, gzip -9, locale modules split out).\n` +
      `Budgets live in \`budgets.json\`; \`npm test\` fails when a figure passes its budget.\n\n${libraryTable}\n\n` +
      `## The drop-in files\n\nWhat a page with one \`<script type="module" src=".../license-widgets.js">\` fetches: the ` +
      `entry and the chunks it imports statically before the owner tab shows, then each part when first needed, ` +
      `with the chunks it brings that the page does not have yet. A page in another language adds its one locale chunk.\n\n${dropInTable}\n\n` +
      `## Per entry point\n\nWhat a host bundles when it imports one entry of the npm package (\`dist/\` with Lit and ` +
      `the other dependencies, minified): the JS loaded up front, and what is loaded on demand (locale modules, ` +
      `dialogs, the Status tab's parts, exports, the vendor API adapter). \`license-widgets/license-screen\` up front is ` +
      `the owner tab from the npm build. \`npm test\` also builds a Vite page per entry point in the vanilla host and prints ` +
      `its figures (test/hosts/README.md).\n\n${entryTable}\n\n` +
      readFileSync('docs/size-notes.md', 'utf8'),
  );
}
if (failures.length) {
  console.error(`Size budget exceeded: ${failures.join('; ')}`);
  process.exitCode = 1;
}

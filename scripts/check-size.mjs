// @ts-check
/**
 * Size budget check (min + gzip -9, compared with budgets.json):
 * - the library: the drop-in entry (all elements + Lit + localize + valibot) with each locale module split
 *   into its own chunk, and each locale module;
 * - every entry point in package.json `exports`, as a host bundles it: the built `dist/` file through the
 *   package's own `exports` and `sideEffects`, Lit and the other dependencies included, minified. The
 *   figure is what a page loads up front (the entry's chunk and what it imports statically); chunks
 *   loaded on demand (locale modules, the vendor API adapter) are shown apart. Needs `npm run build`.
 * `--write` also rewrites docs/size.md with the figures.
 */
import { build } from 'esbuild';
import { hasTranslatorNotes, stripTranslatorNotes } from './strip-translator-notes.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';

import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
    /** @type {Map<string, { gzip: number, meta: import('esbuild').Metafile['outputs'][string] }>} */
    const outputs = new Map();
    for (const [file, meta] of Object.entries(result.metafile?.outputs ?? {})) {
      if (file.endsWith('.js')) outputs.set(file, { gzip: gzipSync(readFileSync(file), { level: 9 }).length, meta });
    }
    return outputs;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

async function measureLibrary() {
  const outputs = await bundle({ entryPoints: ['src/bundle.ts'] });
  /** @type {{ name: string, bytes: number }[]} */
  const locales = [];
  let library = 0;
  // The vendor API adapter is imported on demand (source="superoffice"), so it is reported on its own.
  let vendor = 0;
  for (const { gzip, meta } of outputs.values()) {
    const inputs = Object.keys(meta.inputs);
    const localeInput = inputs.find((input) => /i18n\/generated\/(sv|nb|da|nl|de)\.ts$/.test(input));
    if (localeInput && inputs.length === 1) locales.push({ name: localeInput.replace(/.*\//, ''), bytes: gzip });
    else if (inputs.length > 0 && inputs.every((input) => input.startsWith('src/data/vendor/'))) vendor += gzip;
    else library += gzip;
  }
  if (library > budgets.libraryGzipBytes) failures.push(`library ${kb(library)} > ${kb(budgets.libraryGzipBytes)}`);
  for (const locale of locales) {
    if (locale.bytes > budgets.localeGzipBytes) failures.push(`${locale.name} ${kb(locale.bytes)} > ${kb(budgets.localeGzipBytes)}`);
  }
  if (locales.length !== 5) failures.push(`expected 5 locale chunks, found ${locales.length}`);
  return [
    '| bundle | min+gzip | budget |',
    '|---|---|---|',
    `| library (all elements, Lit, localize, valibot) | ${kb(library)} | ${kb(budgets.libraryGzipBytes)} |`,
    `| vendor API adapter (loaded on demand) | ${kb(vendor)} | — |`,
    ...locales.map((l) => `| locale ${l.name} | ${kb(l.bytes)} | ${kb(budgets.localeGzipBytes)} |`),
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
    const upFront = new Set();
    const queue = [entry[0]];
    while (queue.length) {
      const output = queue.shift();
      if (!output || upFront.has(output)) continue;
      upFront.add(output);
      for (const imported of outputs.get(output)?.meta.imports ?? []) {
        if (imported.kind === 'import-statement') queue.push(imported.path);
      }
    }
    // A types-only entry (`license-widgets/react`, `/vue`) bundles to nothing: no JS to budget.
    if ([...outputs.values()].every(({ meta }) => meta.bytes === 0)) {
      rows.push(`| \`${specifier}\` (types only) | — | — | — |`);
      continue;
    }
    let bytes = 0;
    let onDemand = 0;
    for (const [output, { gzip }] of outputs) {
      if (upFront.has(output)) bytes += gzip;
      else onDemand += gzip;
    }
    const budget = budgets.entryGzipBytes?.[subpath];
    if (typeof budget !== 'number') failures.push(`${specifier} has no budget in budgets.json entryGzipBytes`);
    else if (bytes > budget) failures.push(`${specifier} ${kb(bytes)} > ${kb(budget)}`);
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
const entryTable = await measureEntries();
console.log(`${libraryTable}\n\n${entryTable}`);
if (process.argv.includes('--write')) {
  writeFileSync(
    'docs/size.md',
    `# Size\n\nMeasured by \`npm run size -- --write\` (esbuild, minified, gzip -9, locale modules split out).\n` +
      `Budgets live in \`budgets.json\`; \`npm test\` fails when a figure passes its budget.\n\n${libraryTable}\n\n` +
      `## Per entry point\n\nWhat a host bundles when it imports one entry of the npm package (\`dist/\` with Lit and ` +
      `the other dependencies, minified): the JS loaded up front, and the locale modules and vendor API adapter ` +
      `loaded on demand. \`npm test\` also builds a Vite page per entry point in the vanilla host and prints ` +
      `its figures (test/hosts/README.md).\n\n${entryTable}\n\n` +
      readFileSync('docs/size-notes.md', 'utf8'),
  );
}
if (failures.length) {
  console.error(`Size budget exceeded: ${failures.join('; ')}`);
  process.exitCode = 1;
}

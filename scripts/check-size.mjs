// @ts-check
/**
 * Size budget check: bundles the drop-in entry (all elements + Lit + localize + valibot) minified, with
 * each locale module split into its own chunk, and compares min+gzip -9 sizes with budgets.json.
 * `--write` also rewrites docs/size.md with the figures.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const outdir = mkdtempSync(join(tmpdir(), 'license-size-'));
try {
  const result = await build({
    entryPoints: ['src/bundle.ts'],
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
  });
  const gz = (/** @type {string} */ file) => gzipSync(readFileSync(join(outdir, file)), { level: 9 }).length;
  const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
  /** @type {{ name: string, bytes: number }[]} */
  const locales = [];
  let library = 0;
  // The vendor API adapter is imported on demand (source="superoffice"), so it is reported on its own.
  let vendor = 0;
  for (const [file, meta] of outputs) {
    const name = file.split('/').pop() ?? file;
    const inputs = Object.keys(meta.inputs);
    const localeInput = inputs.find((input) => /i18n\/generated\/(sv|nb|da|nl|de)\.ts$/.test(input));
    if (localeInput && inputs.length === 1) locales.push({ name: localeInput.replace(/.*\//, ''), bytes: gz(name) });
    else if (inputs.length > 0 && inputs.every((input) => input.startsWith('src/data/vendor/'))) vendor += gz(name);
    else library += gz(name);
  }
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const failures = [];
  if (library > budgets.libraryGzipBytes) failures.push(`library ${kb(library)} > ${kb(budgets.libraryGzipBytes)}`);
  for (const locale of locales) {
    if (locale.bytes > budgets.localeGzipBytes) failures.push(`${locale.name} ${kb(locale.bytes)} > ${kb(budgets.localeGzipBytes)}`);
  }
  if (locales.length !== 5) failures.push(`expected 5 locale chunks, found ${locales.length}`);
  const table = [
    '| bundle | min+gzip | budget |',
    '|---|---|---|',
    `| library (all elements, Lit, localize, valibot) | ${kb(library)} | ${kb(budgets.libraryGzipBytes)} |`,
    `| vendor API adapter (loaded on demand) | ${kb(vendor)} | — |`,
    ...locales.map((l) => `| locale ${l.name} | ${kb(l.bytes)} | ${kb(budgets.localeGzipBytes)} |`),
  ].join('\n');
  console.log(table);
  if (process.argv.includes('--write')) {
    writeFileSync(
      'docs/size.md',
      `# Size\n\nMeasured by \`npm run size -- --write\` (esbuild, minified, gzip -9, locale modules split out).\n` +
        `Budgets live in \`budgets.json\`; \`npm test\` fails when a figure passes its budget.\n\n${table}\n\n` +
        readFileSync('docs/size-notes.md', 'utf8'),
    );
  }
  if (failures.length) {
    console.error(`Size budget exceeded: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}


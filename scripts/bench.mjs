// @ts-check
/**
 * `npm run bench`: runs the benchmark suites in scripts/bench/suites (all, or those named on the command
 * line: `npm run bench -- render parse`) in one headless Chromium, prints every ratio with its target,
 * writes docs/benchmarks.md (only when every suite ran), and exits non-zero when a target is missed.
 * `BENCH_SAMPLES=n` sets the samples per variant (default 9). See scripts/bench/harness.mjs.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as harness from './bench/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, 'bench', 'suites');
const all = readdirSync(folder).filter((file) => file.endsWith('.mjs')).sort();
const asked = process.argv.slice(2);
const files = asked.length ? all.filter((file) => asked.includes(file.replace(/\.mjs$/, ''))) : all;
if (asked.length && files.length !== asked.length) {
  console.error(`Unknown suite: ${asked.filter((a) => !all.includes(`${a}.mjs`)).join(', ')} (known: ${all.map((f) => f.replace(/\.mjs$/, '')).join(', ')})`);
  process.exit(2);
}

const started = Date.now();
const machine = harness.machine();
const browser = await harness.launch();
/** @type {{ id: string, title: string, markdown: string, ratios: import('./bench/harness.mjs').Ratio[] }[]} */
const done = [];
try {
  for (const file of files) {
    const suite = (await import(pathToFileURL(join(folder, file)).href)).default;
    console.log(`\n# ${suite.title}`);
    const { markdown, ratios } = await suite.run({ ...harness, browser });
    done.push({ id: suite.id, title: suite.title, markdown, ratios });
    console.log(`\n${markdown}\n`);
  }
} finally {
  await browser.close();
}

const verdict = (/** @type {import('./bench/harness.mjs').Ratio} */ r) => (r.info ? '' : r.value <= r.target ? 'met' : 'MISSED');
const summary = harness.table(
  ['suite', 'ratio', 'measured', 'target', ''],
  done.flatMap((suite) =>
    suite.ratios.map((r) => [suite.id, r.what, Number.isFinite(r.value) ? r.value.toFixed(2) : '–', r.info ? '(for information)' : `≤ ${r.target}`, verdict(r)]),
  ),
);
console.log(`\n${summary}\n\nMachine: ${machine}`);

if (files.length === all.length) {
  writeFileSync(
    'docs/benchmarks.md',
    `# Benchmarks

Written by \`npm run bench\` (scripts/bench.mjs; median of ${harness.SAMPLES} samples per variant), ${new Date().toISOString().slice(0, 10)}.
Machine: ${machine}.
Absolute milliseconds drift between runs and machines; every ratio is taken inside one run, against a
baseline measured in the same browser with the variants alternated.

## Every target

${summary}

${done.map((suite) => `## ${suite.title}\n\n${suite.markdown.trim()}\n`).join('\n')}`,
  );
  console.log(`docs/benchmarks.md written (${((Date.now() - started) / 1000).toFixed(0)} s)`);
} else {
  console.log(`Only some suites ran: docs/benchmarks.md left as it was (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
const missed = done.flatMap((suite) => suite.ratios.filter((r) => !r.info && !(r.value <= r.target)).map((r) => `${suite.id}: ${r.what}`));
if (missed.length) {
  console.error(`Missed: ${missed.join('; ')}`);
  process.exitCode = 1;
}

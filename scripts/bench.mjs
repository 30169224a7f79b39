// @ts-check
/**
 * `npm run bench`: runs the benchmark suites in scripts/bench/suites (all, or those named on the command
 * line: `npm run bench -- render parse`) in one headless Chromium, prints every ratio with its target,
 * writes docs/benchmarks.md (only when every suite was asked for), and exits non-zero when a target is missed
 * or a suite failed. A suite that throws is reported as an error row, and the others still run.
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
/** @type {{ id: string, title: string, markdown: string, ratios: import('./bench/harness.mjs').Ratio[], error?: string }[]} */
const done = [];
try {
  for (const file of files) {
    const id = file.replace(/\.mjs$/, '');
    let title = id;
    try {
      const suite = (await import(pathToFileURL(join(folder, file)).href)).default;
      title = suite.title ?? id;
      console.log(`\n# ${title}`);
      const { markdown, ratios } = await suite.run({ ...harness, browser });
      done.push({ id: suite.id ?? id, title, markdown, ratios });
      console.log(`\n${markdown}\n`);
    } catch (error) {
      // One suite's failure (a page that throws, a timeout) must not cost the figures of the others.
      const message = error instanceof Error ? error.message : String(error);
      console.error(`\n${id} failed: ${error instanceof Error ? error.stack : message}`);
      done.push({ id, title, markdown: `The suite failed: \`${message.split('\n')[0]}\``, ratios: [], error: message.split('\n')[0] });
    }
  }
} finally {
  await browser.close();
}

const verdict = (/** @type {import('./bench/harness.mjs').Ratio} */ r) => (r.info ? '' : r.value <= r.target ? 'met' : 'MISSED');
const summary = harness.table(
  ['suite', 'ratio', 'measured', 'target', ''],
  done.flatMap((suite) =>
    suite.error
      ? [[suite.id, `the suite failed: ${suite.error.replaceAll('|', '\\|')}`, '–', '–', 'ERROR']]
      : suite.ratios.map((r) => [suite.id, r.what, Number.isFinite(r.value) ? r.value.toFixed(2) : '–', r.info ? '(for information)' : `≤ ${r.target}`, verdict(r)]),
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
baseline measured in the same browser with the variants alternated. A load average above the number of
cores (other work on the machine) stretches every wall-clock figure and makes ratios swing from run to run:
compare runs taken at a similar load.

## Every target

${summary}

${done.map((suite) => `## ${suite.title}\n\n${suite.markdown.trim()}\n`).join('\n')}`,
  );
  console.log(`docs/benchmarks.md written (${((Date.now() - started) / 1000).toFixed(0)} s)`);
} else {
  console.log(`Only some suites ran: docs/benchmarks.md left as it was (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
const missed = done.flatMap((suite) => suite.ratios.filter((r) => !r.info && !(r.value <= r.target)).map((r) => `${suite.id}: ${r.what}`));
const failed = done.filter((suite) => suite.error).map((suite) => suite.id);
if (missed.length) console.error(`Missed: ${missed.join('; ')}`);
if (failed.length) console.error(`Failed: ${failed.join(', ')}`);
if (missed.length || failed.length) process.exitCode = 1;

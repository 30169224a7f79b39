// @ts-check
/**
 * Runs the Node-side tests (`test/node/**\/*.test.mjs`: the scripts contributors and CI rely on) with
 * node:test, prints each result, and records the counts in `.test-results/node.json` so the final
 * `N passed, N failed, N skipped` line of `npm test` includes them. A failure here does not stop the
 * browser tests; it is counted, and `npm test` fails at the end.
 */
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recordResults } from './test-results.mjs';

const files = readdirSync('test/node', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.mjs'))
  .map((file) => join('test/node', file));
/** @type {import('./test-results.mjs').Results} */
const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
const stream = run({ files, concurrency: true });
stream.on('test:pass', (event) => {
  if (event.details.type === 'suite') return;
  if (event.skip || event.todo) counts.skipped += 1;
  else counts.passed += 1;
});
stream.on('test:fail', (event) => {
  if (event.details.type === 'suite') return;
  counts.failed += 1;
  counts.failures.push(`${event.file ?? 'test/node'}: ${event.name}`);
});
stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.once('end', resolve));
recordResults('node', counts);

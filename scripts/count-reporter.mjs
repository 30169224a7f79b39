// @ts-check
/**
 * Prints `N passed, N failed, N skipped` alone as the very last line of a test run, so CI can count
 * the tests. A test file that fails to load counts as one failure. The host-app checks that `npm test`
 * runs before the browser tests (`scripts/test-hosts.mjs --record`) are counted in the same line, and a
 * failed one fails the run.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';

const HOST_RESULTS = new URL('../test/hosts/.results.json', import.meta.url);

/**
 * Adds the recorded host-app results and removes the file, so a later run without them counts nothing
 * stale. @param {{ passed: number, failed: number, skipped: number }} counts
 */
function addHostResults(counts) {
  if (!existsSync(HOST_RESULTS)) return;
  /** @type {{ results: { name: string, status: 'passed' | 'failed' | 'skipped' }[] }} */
  const { results } = JSON.parse(readFileSync(HOST_RESULTS, 'utf8'));
  rmSync(HOST_RESULTS);
  for (const result of results) counts[result.status] += 1;
  const failed = results.filter((result) => result.status === 'failed');
  if (failed.length) {
    process.stdout.write(`\nHost app checks failed:\n${failed.map((result) => `  ${result.name}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

/** @param {any} suite @param {{ passed: number, failed: number, skipped: number }} counts */
function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter() {
  /** @type {any[]} */
  let sessions = [];
  return {
    onTestRunFinished({ sessions: finished }) {
      sessions = finished;
    },
    stop() {
      process.once('exit', () => {
        const counts = { passed: 0, failed: 0, skipped: 0 };
        for (const session of sessions) {
          countSuite(session.testResults, counts);
          const loadFailed = !session.testResults || (session.errors?.length ?? 0) > 0;
          if (loadFailed) counts.failed += 1;
        }
        addHostResults(counts);
        process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
      });
    },
  };
}

// @ts-check
/**
 * Prints `N passed, N failed, N skipped` alone as the very last line of a test run, so CI can count
 * the tests. A test file that fails to load counts as one failure. The checks that `npm test` runs
 * before the browser tests, outside the browser (Node-side tests, host apps: `.test-results/`), are
 * counted in the same line, and a failed one fails the run.
 */
import { takeResults } from './test-results.mjs';

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
        const { failures, ...counts } = takeResults();
        if (failures.length) {
          process.stdout.write(`\nFailed before the browser tests:\n${failures.map((name) => `  ${name}`).join('\n')}\n`);
          process.exitCode = 1;
        }
        for (const session of sessions) {
          countSuite(session.testResults, counts);
          const loadFailed = !session.testResults || (session.errors?.length ?? 0) > 0;
          if (loadFailed) counts.failed += 1;
        }
        process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
      });
    },
  };
}

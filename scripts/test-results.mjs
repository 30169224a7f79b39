// @ts-check
/**
 * Test counts from the steps of `npm test` that run outside web-test-runner (Node-side tests, host apps),
 * kept in `.test-results/` until the count reporter adds them to the final line.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = '.test-results';

/** @typedef {{ passed: number, failed: number, skipped: number, failures: string[] }} Results */

/** @param {string} step @param {Results} results `failures`: the names of the failed checks */
export function recordResults(step, results) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, `${step}.json`), JSON.stringify(results));
}

/** Every step's results recorded so far, and forgets them, so the next run starts from nothing. */
export function takeResults() {
  /** @type {Results} */
  const total = { passed: 0, failed: 0, skipped: 0, failures: [] };
  let files = [];
  try {
    files = readdirSync(DIR).filter((file) => file.endsWith('.json'));
  } catch {
    return total;
  }
  for (const file of files) {
    /** @type {Results} */
    const results = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    total.passed += results.passed;
    total.failed += results.failed;
    total.skipped += results.skipped;
    total.failures.push(...results.failures);
  }
  rmSync(DIR, { recursive: true, force: true });
  return total;
}

/** Clears what an interrupted earlier run may have left. */
export function clearResults() {
  rmSync(DIR, { recursive: true, force: true });
}

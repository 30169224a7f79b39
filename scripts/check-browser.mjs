// @ts-check
/**
 * The first step of `npm test`: stops at once, with one line saying how to get a browser, when there is
 * no Chromium to run the browser tests in (instead of a stack trace after the whole build).
 */
import { existsSync } from 'node:fs';
import { findChromium, NO_BROWSER } from './chromium.mjs';
import { clearResults } from './test-results.mjs';

// A new run: forget the counts an interrupted earlier run may have left for the final line.
clearResults();

const found = findChromium();
if (!found) {
  console.error(NO_BROWSER);
  process.exit(1);
}
if (!existsSync(found)) {
  console.error(`CHROMIUM_PATH is ${found}, which does not exist. ${NO_BROWSER}`);
  process.exit(1);
}

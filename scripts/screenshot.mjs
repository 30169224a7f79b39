// @ts-check
/**
 * Takes the README's screenshot of the demo page: starts Vite on a free port, opens the page in headless
 * Chromium and writes docs/screenshot.png. Usage: `node scripts/screenshot.mjs [query] [output] [--full]`.
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const query = process.argv[2] ?? '?scenario=normal&lang=en&theme=light';
const output = process.argv[3] ?? 'docs/screenshot.png';
const port = 5321;
const vite = spawn('node_modules/.bin/vite', ['--port', String(port), '--strictPort'], { stdio: 'ignore' });
try {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  for (let attempt = 0; ; attempt += 1) {
    try {
      await page.goto(`http://localhost:${port}/${query}`);
      break;
    } catch (error) {
      if (attempt > 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await page.waitForTimeout(1500);
  await page.screenshot({ path: output, fullPage: process.argv.includes('--full') });
  await browser.close();
  console.log(`wrote ${output}`);
} finally {
  vite.kill();
}

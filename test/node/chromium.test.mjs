// @ts-check
/** Finding a browser on a contributor's machine (scripts/chromium.mjs), run with `node --test`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../scripts/chromium.mjs';

const nothing = () => false;

test('CHROMIUM_PATH wins, even when it does not exist (so a typo is reported)', () => {
  assert.equal(findChromium({ env: { CHROMIUM_PATH: '/opt/x/chrome' }, exists: nothing }), '/opt/x/chrome');
});

test("Debian's package before an installed Chrome", () => {
  const installed = new Set(['/usr/bin/google-chrome', '/usr/bin/chromium']);
  assert.equal(findChromium({ env: {}, exists: (path) => installed.has(path), platform: 'linux', home: '/nowhere' }), '/usr/bin/chromium');
});

test('an installed Chrome on macOS and Windows', () => {
  const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  assert.equal(findChromium({ env: {}, exists: (path) => path === mac, platform: 'darwin', home: '/nowhere' }), mac);
  const windows = join('C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe');
  assert.equal(findChromium({ env: { ProgramFiles: 'C:\\Program Files' }, exists: (path) => path === windows, platform: 'win32', home: '/nowhere' }), windows);
});

test("Playwright's own Chromium, the newest build first", () => {
  const home = mkdtempSync(join(tmpdir(), 'chromium-home-'));
  for (const build of ['chromium-1090', 'chromium-1200', 'firefox-1400']) mkdirSync(join(home, '.cache', 'ms-playwright', build, 'chrome-linux'), { recursive: true });
  const newest = join(home, '.cache', 'ms-playwright', 'chromium-1200', 'chrome-linux', 'chrome');
  writeFileSync(newest, '');
  writeFileSync(join(home, '.cache', 'ms-playwright', 'chromium-1090', 'chrome-linux', 'chrome'), '');
  const onlyThere = (/** @type {string} */ path) => path.startsWith(home);
  assert.equal(findChromium({ env: {}, exists: onlyThere, platform: 'linux', home }), newest);
});

test('none at all: undefined, and `npm test` stops with one line before building', () => {
  assert.equal(findChromium({ env: {}, exists: nothing, platform: 'linux', home: '/nowhere' }), undefined);
  let output = '';
  try {
    // In a folder of its own: the script clears `.test-results/` of the folder it runs in, and this run's
    // recorded results must stay.
    const script = fileURLToPath(new URL('../../scripts/check-browser.mjs', import.meta.url));
    const cwd = mkdtempSync(join(tmpdir(), 'check-browser-'));
    execFileSync(process.execPath, [script], { cwd, env: { ...process.env, CHROMIUM_PATH: '/missing/chromium' }, stdio: 'pipe', encoding: 'utf8' });
    assert.fail('check-browser should fail');
  } catch (error) {
    output = String(/** @type {{ stderr?: string }} */ (error).stderr ?? '');
  }
  assert.equal(output.trim().split('\n').length, 1);
  assert.match(output, /apt-get install chromium/);
  assert.match(output, /CHROMIUM_PATH/);
});

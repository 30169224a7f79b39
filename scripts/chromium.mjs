// @ts-check
/**
 * Which Chromium the tests, the benchmark and the screenshot use, and how it is started headless. Found
 * by itself where one is installed: `CHROMIUM_PATH`, else Debian's or another distribution's package, an
 * installed Chrome, or Playwright's own download; `npm test` stops at once, in one line, when none is.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The places a Chromium or Chrome binary is usually installed, in the order they are preferred.
 * @param {{ platform?: string, home?: string, env?: Record<string, string | undefined> }} [where]
 * @returns {string[]}
 */
export function usualPlaces({ platform = process.platform, home = homedir(), env = process.env } = {}) {
  const mac = ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  const windows = ['ProgramFiles', 'ProgramFiles(x86)', 'LOCALAPPDATA'].flatMap((variable) =>
    env[variable] ? [join(env[variable] ?? '', 'Chromium', 'Application', 'chrome.exe'), join(env[variable] ?? '', 'Google', 'Chrome', 'Application', 'chrome.exe')] : [],
  );
  const linux = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ];
  const system = platform === 'darwin' ? mac : platform === 'win32' ? windows : linux;
  return [...system, ...playwrightChromiums(platform, home, env)];
}

/**
 * Playwright's downloaded Chromium builds (`npx playwright install chromium` elsewhere), newest first.
 * @param {string} platform @param {string} home @param {Record<string, string | undefined>} env
 */
function playwrightChromiums(platform, home, env) {
  const cache =
    env.PLAYWRIGHT_BROWSERS_PATH ??
    (platform === 'darwin'
      ? join(home, 'Library', 'Caches', 'ms-playwright')
      : platform === 'win32'
        ? join(env.LOCALAPPDATA ?? home, 'ms-playwright')
        : join(home, '.cache', 'ms-playwright'));
  /** @type {string[]} */
  let builds = [];
  try {
    builds = readdirSync(cache).filter((name) => /^chromium-\d+$/.test(name));
  } catch {
    return [];
  }
  builds.sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
  const inside =
    platform === 'darwin'
      ? ['chrome-mac/Chromium.app/Contents/MacOS/Chromium', 'chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium']
      : platform === 'win32'
        ? ['chrome-win/chrome.exe', 'chrome-win64/chrome.exe']
        : ['chrome-linux/chrome', 'chrome-linux64/chrome'];
  return builds.flatMap((build) => inside.map((path) => join(cache, build, path)));
}

/**
 * The browser to use: `CHROMIUM_PATH` when set (whether or not it exists, so a typo is reported as
 * such), else the first usual place that exists; undefined when there is none.
 * @param {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean, platform?: string, home?: string }} [options]
 */
export function findChromium({ env = process.env, exists = existsSync, platform, home } = {}) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return usualPlaces({ platform, home, env }).find((path) => exists(path));
}

/** What to do when there is no browser, as one line. */
export const NO_BROWSER =
  'No Chromium found for the browser tests: install one (Debian/Ubuntu: `apt-get install chromium`; or ' +
  '`npx playwright install chromium`; or Google Chrome), or set CHROMIUM_PATH to a Chromium or Chrome binary.';

export const CHROMIUM_PATH = findChromium() ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// @ts-check
/**
 * The package as host apps get it (test/hosts/README.md): packs the built package once, lints the tarball
 * (publint, attw), then for each host in test/hosts/ installs it with `npm ci`, builds it with Vite,
 * type-checks it against the shipped types, serves the build with the demo endpoint and checks in
 * Chromium what a person sees. The vanilla host also measures what each entry point costs a page.
 *
 *   node scripts/test-hosts.mjs [host…]   run the checks (all hosts unless named); exit 1 on a failure
 *     --record                            record the results in .test-results/ and exit 0, for `npm test`,
 *                                         whose last line (scripts/count-reporter.mjs) counts them
 *     --update-locks                      refresh the hosts' package-lock.json files from the current pack
 *
 * Each host is copied to a fresh folder outside the repository before it is installed, so it resolves
 * only what its own install brings: inside the repository the root's node_modules (Lit, valibot, …)
 * would hide a dependency the package forgot to declare.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serveHost } from './host-server.mjs';
import { assertLockMatches, forgetTarball, stripTarballIntegrity } from './host-lock.mjs';
import { recordResults } from './test-results.mjs';

/** @typedef {{ name: string, run: (page: import('playwright-core').Page) => Promise<void> }} HostCheck */
/** @typedef {{ name: string, status: 'passed' | 'failed' | 'skipped', ms: number, message?: string }} CheckResult */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOSTS_DIR = join(ROOT, 'test/hosts');
/** What each host proves, in the order they run; `app: false` is type-checked only (no build, no browser). */
const HOSTS = {
  vanilla: { about: 'plain TypeScript page: the per-element entries and license-widgets/classes', app: true },
  react: { about: 'React 19 app: license-widgets, <license-screen> in JSX', app: true },
  vue: { about: 'Vue 3 app: license-widgets/license-list in a single-file component', app: true },
  angular: { about: 'Angular standalone component: license-widgets (type-checked only)', app: false },
};
const WAIT_MS = 10_000;

const args = process.argv.slice(2);
const record = args.includes('--record');
const updateLocks = args.includes('--update-locks');
const hostNames = args.filter((arg) => !arg.startsWith('--'));
const hosts = hostNames.length ? hostNames : Object.keys(HOSTS);
const started = performance.now();
/** @type {CheckResult[]} */
const results = [];

/** npm's variables for the script that runs this one would point a child npm at the repository. */
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(npm_package_|npm_lifecycle_|npm_config_local_prefix$|npm_command$|INIT_CWD$)/.test(key),
  ),
);

/**
 * @param {string} command @param {string[]} commandArgs @param {string} cwd @param {number} [timeoutMs]
 * @returns {Promise<string>} stdout
 */
function run(command, commandArgs, cwd, timeoutMs = 180_000) {
  return new Promise((resolve, reject) => {
    // Its own process group, so a time-out stops what it started too (Vite, esbuild); on Windows npm is a
    // .cmd script, which Node starts only through a shell.
    const windows = process.platform === 'win32';
    const child = spawn(command, commandArgs, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], shell: windows, detached: !windows });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      if (windows || child.pid === undefined) child.kill('SIGTERM');
      else process.kill(-child.pid, 'SIGTERM');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(stdout);
      const tail = output.trim().split('\n').slice(-40).join('\n');
      reject(new Error(`\`${command} ${commandArgs.join(' ')}\` ${signal ? `stopped by ${signal}` : `exited ${code}`}\n${tail}`));
    });
  });
}

/**
 * Runs one counted check. @param {string} name @param {() => Promise<unknown>} body
 * @param {string} [skipBecause] skips the check (counted as skipped) when set
 */
async function check(name, body, skipBecause) {
  if (skipBecause) {
    results.push({ name, status: 'skipped', ms: 0, message: skipBecause });
    console.log(`  - ${name} (skipped: ${skipBecause})`);
    return false;
  }
  const start = performance.now();
  try {
    await body();
    const ms = Math.round(performance.now() - start);
    results.push({ name, status: 'passed', ms });
    console.log(`  ✓ ${name} (${(ms / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    const ms = Math.round(performance.now() - start);
    const message = error instanceof Error ? error.message : String(error);
    results.push({ name, status: 'failed', ms, message });
    console.log(`  ✗ ${name}\n${message.replace(/^/gm, '      ')}`);
    return false;
  }
}

/** Packs the built package into `<workspace>/.pack/license-widgets.tgz`, the path the hosts depend on. */
async function pack(/** @type {string} */ workspace) {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const destination = join(workspace, '.pack');
  mkdirSync(destination, { recursive: true });
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', destination], ROOT));
  const tarball = join(destination, 'license-widgets.tgz');
  renameSync(join(destination, basename(packed.filename)), tarball);
  return tarball;
}

async function lintTarball(/** @type {string} */ tarball, /** @type {string | undefined} */ skip) {
  await check('package: publint finds nothing in the tarball', async () => {
    const bytes = readFileSync(tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    if (messages.length) throw new Error(messages.map((message) => formatMessage(message, pkg, { color: false })).join('\n'));
  }, skip);
  // ESM only by design: the profile leaves out node10 and require() from CommonJS, which cannot load it.
  // No DefinitelyTyped look-up: the package ships its own types (and it would need the network).
  await check('package: attw (esm-only profile) finds no type problems', () =>
    run(join(ROOT, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', '--no-color', '--no-emoji'], ROOT),
  skip);
}

/** @param {{ entry: string, bytes: number, onDemandBytes: number }[]} sizes */
function printSizes(sizes) {
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
  console.log('\n  JS a Vite page pays per entry point (vanilla host, min + gzip -9; each page imports only that entry):');
  console.log(`  ${'entry point'.padEnd(38)} ${'up front'.padStart(9)} ${'on demand'.padStart(9)}`);
  for (const size of sizes) console.log(`  ${size.entry.padEnd(38)} ${kb(size.bytes)} ${kb(size.onDemandBytes)}`);
  console.log('');
}

/** @param {string} host @param {string} workspace @param {import('playwright-core').Browser | undefined} browser @param {string | undefined} skip */
async function testHost(host, workspace, browser, skip) {
  const about = HOSTS[/** @type {keyof HOSTS} */ (host)];
  if (!about) throw new Error(`no host ${host} in test/hosts (${Object.keys(HOSTS).join(', ')})`);
  console.log(`\n${host}: ${about.about}`);
  const dir = join(workspace, host);
  cpSync(join(HOSTS_DIR, host), dir, { recursive: true, filter: (source) => !/[/\\](node_modules|dist)$/.test(source) });
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const lockOk = await check(`${host}: package-lock.json pins what the packed package declares`, async () =>
    assertLockMatches(join(dir, 'package-lock.json'), manifest), skip);
  const installed = await check(`${host}: npm ci installs the packed package`, () =>
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir), skip ?? (lockOk ? undefined : 'lockfile out of date'));
  const notInstalled = skip ?? (installed ? undefined : 'not installed');
  await check(`${host}: type-checks against the shipped types`, () => run('npm', ['run', '--silent', 'typecheck'], dir), notInstalled);
  if (!about.app) return;
  const built = await check(`${host}: vite build`, () => run('npm', ['run', '--silent', 'build'], dir), notInstalled);
  if (host === 'vanilla') {
    const budgets = JSON.parse(readFileSync(join(ROOT, 'budgets.json'), 'utf8'));
    const budget = budgets.entryGzipBytes['./license-list'];
    await check(`${host}: a page with only license-widgets/license-list ships at most ${(budget / 1024).toFixed(1)} KB of JS`, async () => {
      const sizes = JSON.parse(await run('node', ['measure-entries.mjs'], dir));
      printSizes(sizes);
      const list = sizes.find((/** @type {{ entry: string }} */ size) => size.entry === 'license-widgets/license-list');
      if (!list) throw new Error('no page for license-widgets/license-list');
      if (list.bytes > budget) throw new Error(`${list.bytes} bytes > ${budget}`);
    }, notInstalled);
  }
  const { checks } = /** @type {{ checks: HostCheck[] }} */ (await import(pathToFileURL(join(HOSTS_DIR, host, 'checks.mjs')).href));
  const notBuilt = notInstalled ?? (built ? undefined : 'not built');
  if (!browser || notBuilt) {
    for (const { name } of checks) await check(`${host}: ${name}`, async () => {}, notBuilt ?? 'no browser');
    await check(`${host}: no errors in the console`, async () => {}, notBuilt ?? 'no browser');
    return;
  }
  const server = await serveHost(join(dir, host === 'vanilla' ? 'dist/app' : 'dist'));
  const page = await browser.newPage();
  page.setDefaultTimeout(WAIT_MS);
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('response', (response) => void (response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`)));
  try {
    await page.goto(`${server.url}/`);
    for (const { name, run: body } of checks) await check(`${host}: ${name}`, () => body(page));
    await check(`${host}: no errors in the console`, async () => {
      if (errors.length) throw new Error(errors.join('\n'));
    });
  } finally {
    await page.close();
    await server.close();
  }
}

async function refreshLocks(/** @type {string} */ workspace) {
  for (const host of hosts) {
    const dir = join(workspace, host);
    cpSync(join(HOSTS_DIR, host), dir, { recursive: true, filter: (source) => !/[/\\](node_modules|dist)$/.test(source) });
    forgetTarball(join(dir, 'package-lock.json'));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], dir);
    stripTarballIntegrity(join(dir, 'package-lock.json'));
    cpSync(join(dir, 'package-lock.json'), join(HOSTS_DIR, host, 'package-lock.json'));
    console.log(`test/hosts/${host}/package-lock.json refreshed`);
  }
}

const workspace = mkdtempSync(join(tmpdir(), 'license-widgets-hosts-'));
let keepWorkspace = false;
try {
  console.log(`Host apps (in ${workspace})`);
  /** @type {string | undefined} */
  let tarball;
  const packed = await check('package: npm pack', async () => (tarball = await pack(workspace)));
  if (updateLocks) {
    if (!tarball) throw new Error('npm pack failed');
    await refreshLocks(workspace);
  } else {
    const skip = packed && tarball ? undefined : 'npm pack failed';
    await lintTarball(tarball ?? '', skip);
    /** @type {import('playwright-core').Browser | undefined} */
    let browser;
    if (hosts.some((host) => HOSTS[/** @type {keyof HOSTS} */ (host)]?.app)) {
      await check('Chromium starts', async () => {
        browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      });
    }
    try {
      for (const host of hosts) await testHost(host, workspace, browser, skip);
    } finally {
      await browser?.close();
    }
  }
} catch (error) {
  // A harness that breaks is a failure to count, not a crash that hides the other results.
  results.push({ name: 'host apps harness', status: 'failed', ms: 0, message: String(error instanceof Error ? error.stack : error) });
  console.log(`  ✗ host apps harness\n${results.at(-1)?.message}`);
} finally {
  const failed = results.filter((result) => result.status === 'failed').length;
  keepWorkspace = failed > 0;
  if (keepWorkspace) console.log(`\nThe hosts' installs and builds are kept in ${workspace} for a look.`);
  else rmSync(workspace, { recursive: true, force: true });
  const count = (/** @type {string} */ status) => results.filter((result) => result.status === status).length;
  console.log(
    `\nHost apps took ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${count('passed')} checks passed, ${failed} failed, ${count('skipped')} skipped.\n`,
  );
  if (record) {
    const failures = results.filter((result) => result.status === 'failed').map((result) => `host apps: ${result.name}`);
    recordResults('hosts', { passed: count('passed'), failed: failures.length, skipped: count('skipped'), failures });
  }
  else if (failed) process.exitCode = 1;
}

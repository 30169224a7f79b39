// @ts-check
/**
 * The drop-in files as a host serves them: copied under a nested path (as on a CDN), one script tag on the
 * page, and a record of which files the browser fetched when. Before the owner tab's content shows, only
 * the entry and the chunks it imports statically; the Status tab, a dialog and another language each
 * bring their own chunks when first asked for, and a chunk that cannot be fetched shows Try again.
 * Needs `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { serveHost } from '../../scripts/host-server.mjs';

const NESTED = '/cdn/license-widgets/0.2.0/';
/** The chunks of parts (the others are chunks these share). */
/** The tags' own chunks: loaded when first needed, or when the page is idle after start, whichever comes first. */
const TAG_PARTS = ['chunks/status-panel', 'chunks/system-events-table', 'chunks/license-detail'];
const PARTS = ['status-panel', 'system-events-table', 'license-detail', 'activation-dialog', 'metered-services', 'license-export', 'event-export', 'sv', 'nb', 'da', 'nl', 'de'].map((name) => `chunks/${name}`);

test('the drop-in loads each part when first needed, from a nested path, with one script tag', { skip: !existsSync('dist/bundle/license-widgets.js') && 'run `npm run build` first', timeout: 60_000 }, async () => {
  const site = mkdtempSync(join(tmpdir(), 'drop-in-'));
  cpSync('dist/bundle', join(site, NESTED), { recursive: true });
  writeFileSync(join(site, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module" src="${NESTED}license-widgets.js"></script></head>
    <body><license-screen endpoint="/demo-api/normal"></license-screen></body></html>`);
  const server = await serveHost(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    /** @type {string[]} */
    const fetched = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith(NESTED)) fetched.push(path.slice(NESTED.length).replace(/-[\w-]{8}\.js$/, ''));
    });
    let failActivation = true;
    await page.route(`**${NESTED}chunks/activation-dialog-*.js`, (route) => (failActivation ? route.abort() : route.continue()));
    await page.goto(server.url);
    const screen = page.locator('license-screen');
    await screen.locator('license-list').getByText('Sales-Premium').first().waitFor();
    // The tags' own chunks (and what they share) may come once the page is idle, even while /licenses is
    // on its way; nothing the owner tab does not show (dialogs, dashboard, exports, locales) comes before it.
    assert.ok(fetched.includes('license-widgets.js'), 'the entry');
    assert.deepEqual(fetched.filter((file) => PARTS.includes(file) && !TAG_PARTS.includes(file)), [], 'no part the owner tab does not show');

    const before = fetched.length;
    await screen.getByRole('tab', { name: 'Status' }).click();
    await screen.locator('status-panel').getByRole('heading', { name: 'Database' }).waitFor();
    await screen.locator('system-events-table').locator('table').first().waitFor();
    const statusFiles = new Set(fetched.slice(before));
    assert.ok(fetched.includes('chunks/status-panel') && fetched.includes('chunks/system-events-table'), 'the Status tab has its panel and its events table');
    for (const other of PARTS.filter((part) => !TAG_PARTS.includes(part))) {
      assert.ok(!statusFiles.has(other), `the Status tab does not bring ${other}`);
    }

    // The activation dialog's chunk cannot be fetched: the dialog says so, with Try again, in the person's words.
    await screen.getByRole('tab', { name: 'SuperOffice' }).click();
    await screen.getByRole('button', { name: 'Activate new license' }).click();
    const dialog = screen.locator('dialog.activation');
    await dialog.getByText('This part could not be loaded').waitFor();
    failActivation = false;
    await dialog.getByRole('button', { name: 'Try again' }).click();
    await dialog.locator('[part~=confirm-button]').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // A license's detail brings its own chunk; another language only its own locale.
    const beforeDetail = fetched.length;
    await screen.locator('license-list').getByRole('button', { name: 'Sales-Premium' }).first().click();
    await screen.locator('license-detail').getByText('User plans').first().waitFor();
    const detailFiles = new Set(fetched.slice(beforeDetail));
    assert.ok(fetched.includes('chunks/license-detail'), 'the detail has its chunk');
    assert.deepEqual([...detailFiles].filter((file) => PARTS.includes(file) && !TAG_PARTS.includes(file)), [], 'and no other part');
    await page.keyboard.press('Escape');
    const beforeLocale = fetched.length;
    await page.evaluate(() => document.querySelector('license-screen')?.setAttribute('lang', 'de'));
    await screen.getByRole('tab', { name: 'Status' }).waitFor();
    await screen.locator('license-list').getByText('Lizenz', { exact: false }).first().waitFor();
    assert.deepEqual([...new Set(fetched.slice(beforeLocale))], ['chunks/de'], 'the page’s language alone');
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

/**
 * Opened straight on the Status tab (or a `<status-panel>` alone), everything the tab needs is asked for
 * in one wave when the entry runs: the data and the chunks, with the chunks those need, none of them
 * waiting for another to arrive. Every answer is held back 300 ms, so a request started by an answer
 * starts at least that late.
 */
for (const { name, markup, expected } of [
  { name: 'the Status tab of <license-screen>', markup: '<license-screen endpoint="/demo-api/normal" tab="status"></license-screen>', expected: ['licenses', 'status', 'events', 'chunks/status-panel', 'chunks/system-events-table'] },
  { name: '<status-panel> alone', markup: '<status-panel endpoint="/demo-api/normal"></status-panel>', expected: ['status', 'events', 'chunks/status-panel', 'chunks/system-events-table'] },
]) {
  test(`${name} asks for its data and its chunks at once`, { skip: !existsSync('dist/bundle/license-widgets.js') && 'run `npm run build` first', timeout: 60_000 }, async () => {
    const site = mkdtempSync(join(tmpdir(), 'drop-in-'));
    cpSync('dist/bundle', join(site, NESTED), { recursive: true });
    writeFileSync(join(site, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script type="module" src="${NESTED}license-widgets.js"></script></head><body>${markup}</body></html>`);
    const server = await serveHost(site);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      /** @type {{ what: string, at: number, done: number }[]} */
      const asked = [];
      /** @type {Map<import('playwright-core').Request, { what: string, at: number, done: number }>} */
      const byRequest = new Map();
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        const what = path.startsWith(NESTED) ? path.slice(NESTED.length).replace(/-[\w-]{8}\.js$/, '') : path.replace(/^\/demo-api\/normal\//, '');
        const entry = { what, at: Date.now(), done: Infinity };
        asked.push(entry);
        byRequest.set(request, entry);
      });
      page.on('requestfinished', (request) => {
        const entry = byRequest.get(request);
        if (entry) entry.done = Date.now();
      });
      await page.route(/\/(cdn|demo-api)\//, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      await page.goto(server.url);
      await page.locator('system-events-table table').first().waitFor({ timeout: 30_000 });
      // What the entry asked for as it ran: everything after it, up to the first of those answers (a
      // request started by an answer starts after it; on a busy machine the entry may run slowly, but it
      // still asks before any answer it asked for came back).
      const entryDone = asked.find((request) => request.what === 'license-widgets.js')?.done ?? Infinity;
      const afterEntry = asked.filter((request) => request.at >= entryDone);
      const firstAnswer = Math.min(...afterEntry.map((request) => request.done));
      for (const what of expected) assert.ok(afterEntry.some((request) => request.what === what), `${what} was asked for (${afterEntry.map((r) => r.what).join(', ')})`);
      // The tab's own files and what they import (the bundler's helper chunk); not the chunks of other
      // tags, which the entry loads whenever the page is idle.
      const late = afterEntry.filter((request) => request.at >= firstAnswer && (expected.includes(request.what) || request.what === 'chunks/rolldown-runtime'));
      assert.deepEqual(late.map((request) => request.what), [], 'nothing waited for another answer');
    } finally {
      await browser.close();
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
}

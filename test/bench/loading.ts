/**
 * Time to content of `<license-screen>` opened on one tab, against a server that delays every answer
 * (scripts/bench/suites/loading.mjs). Query: `tab` (an owner id, `status`, `partner`, or `panel` for
 * `<status-panel>` alone) and `variant`:
 * - `element`: the element reads the endpoint;
 * - `network`: the tab's requests fetched in parallel at the start, the last answer's text put in the page
 *   (one round trip of the slowest request with everything started at once, rendering nothing else);
 * - `held`: the element's own work on the answers: its requests are held, then answered all at once from
 *   memory; the clock starts at that moment (its parsing and rendering of them, no network).
 * Each sample reports, from just before the element is put in the page: when the last needed text is in
 * the DOM, the forced layout after it, the painted frame after that, and when each request started.
 */
import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import type {} from '../../src/elements/status-panel/define.js';

/**
 * The drop-in files, as a host's one script tag loads them (the suite maps this import to
 * `./license-widgets.js`, which brings the Status tab's chunks when it needs them).
 */
const dropIn = () => import('../../src/bundle.js');

const query = new URLSearchParams(location.search);
const tab = query.get('tab') ?? 'status';
const variant = query.get('variant') ?? 'element';
const ENDPOINT = `${location.origin}/demo-api/normal`;
export const PARTNER_URL = `${location.origin}/bench-partner`;

/** What the tab needs, each with a text that is in the page once its answer is shown. */
const NEEDS: Record<string, { url: string; shows: string }[]> = {
  owner: [{ url: `${ENDPOINT}/licenses`, shows: 'Sales Intelligence' }],
  status: [
    { url: `${ENDPOINT}/licenses`, shows: 'SuperOffice' },
    { url: `${ENDPOINT}/status`, shows: 'Nordlys Consulting AS' },
    { url: `${ENDPOINT}/events`, shows: 'rebuild #' },
  ],
  partner: [
    { url: `${ENDPOINT}/licenses`, shows: 'SuperOffice' },
    { url: PARTNER_URL, shows: 'Partner figures' },
  ],
  panel: [
    { url: `${ENDPOINT}/status`, shows: 'Nordlys Consulting AS' },
    { url: `${ENDPOINT}/events`, shows: 'rebuild #' },
  ],
};
const kind = tab === 'status' || tab === 'partner' || tab === 'panel' ? tab : 'owner';
const needs = NEEDS[kind] ?? [];

/** How the partner tab reads its own service: the page's fetch, or the answers kept in memory. */
let partnerFetch: typeof fetch = (input, init) => fetch(input, init);

/** A partner's tab that reads a service of its own, as an add-on would, and needs nothing of `/licenses`. */
class BenchPartnerTab extends LitElement {
  @state() private figures?: string;
  private readonly abort = new AbortController();

  override connectedCallback() {
    super.connectedCallback();
    void partnerFetch(PARTNER_URL, { signal: this.abort.signal })
      .then((response) => response.json() as Promise<{ figures: string }>)
      .then((data) => (this.figures = data.figures), () => undefined);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort.abort();
  }

  override render() {
    return this.figures ? html`<p>Partner figures: ${this.figures}</p>` : html`<p>Loading…</p>`;
  }
}
customElements.define('bench-partner-tab', BenchPartnerTab);

/**
 * Status and the panel alone need chunks of their own, which the drop-in also loads by itself once the page
 * is idle: put in the page after that, they would find them loaded. So they are measured from the worst
 * start, the element already in the page when the drop-in's entry arrives (the clock starts with its last
 * byte). The owner and partner tabs need nothing beyond the entry: put in the page once it has run.
 */
const inPageFirst = kind === 'status' || kind === 'panel';

/** Every text node of the page, shadow roots included. */
function deepText(root: Node, into: string[] = []): string[] {
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) into.push((node as Text).data);
    else if (node instanceof Element) {
      if (node.shadowRoot) deepText(node.shadowRoot, into);
      deepText(node, into);
    }
  }
  return into;
}

const shown = () => {
  const text = deepText(document.body).join(' ');
  return needs.every((need) => text.includes(need.shows));
};

/** Resolves in the first task in which `condition` holds, checked after every other task. */
function whenTrue(condition: () => boolean): Promise<number> {
  const channel = new MessageChannel();
  return new Promise((resolve, reject) => {
    const limit = performance.now() + 20_000;
    channel.port1.onmessage = () => {
      if (condition()) resolve(performance.now());
      else if (performance.now() > limit) reject(new Error('the content never appeared'));
      else channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The answers of the tab's requests, read once before the clock starts and kept: the fetch returned holds
 * every request until `release()`, then answers them all at once from memory, as if every answer of the
 * slowest round trip landed together.
 */
async function heldFetch(): Promise<{ fetch: typeof fetch; release: () => void }> {
  const kept = new Map<string, { body: string; type: string }>();
  for (const need of needs) {
    const response = await fetch(need.url);
    kept.set(need.url, { body: await response.text(), type: response.headers.get('Content-Type') ?? 'application/json' });
  }
  let released = false;
  const waiting: (() => void)[] = [];
  const answer = (url: string) => {
    const found = kept.get(url);
    return found ? new Response(found.body, { status: 200, headers: { 'Content-Type': found.type } }) : new Response('', { status: 404 });
  };
  return {
    fetch: (input) => {
      const url = String(input instanceof Request ? input.url : input).split('?')[0] ?? '';
      if (released) return Promise.resolve(answer(url));
      return new Promise((resolve) => waiting.push(() => resolve(answer(url))));
    },
    release() {
      released = true;
      for (const go of waiting.splice(0)) go();
    },
  };
}

function createElement(fetchOwn?: typeof fetch): HTMLElement {
  if (kind === 'panel') {
    const panel = document.createElement('status-panel');
    if (fetchOwn) panel.fetch = fetchOwn;
    panel.setAttribute('endpoint', ENDPOINT);
    return panel;
  }
  const screen = document.createElement('license-screen');
  if (fetchOwn) screen.fetch = fetchOwn;
  // Attributes, which the element reads whether it is defined yet or not, as in a host's markup.
  screen.setAttribute('endpoint', ENDPOINT);
  screen.setAttribute('tab', kind === 'owner' ? tab : kind);
  return screen;
}

async function networkOnly(): Promise<void> {
  await Promise.all(needs.map((need) => fetch(need.url).then((response) => response.text())));
  // With every answer read, the texts the element would show from them are put in the page.
  const p = document.createElement('p');
  p.textContent = needs.map((need) => need.shows).join(' ');
  document.body.append(p);
}

/** When the drop-in entry's last byte arrived (what it asks for as it runs starts after that). */
function entryArrived(): number {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const entry = entries.find((r) => new URL(r.name).pathname.endsWith('/license-widgets.js'));
  if (!entry) throw new Error('the drop-in entry was not fetched');
  return entry.responseEnd;
}

async function run() {
  if (!inPageFirst || variant === 'network') {
    const { registerLicenseTab } = await dropIn();
    registerLicenseTab({ id: 'partner', label: 'Partner', tagName: 'bench-partner-tab' });
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  window.gc?.();
  await frame();
  const held = variant === 'held' ? await heldFetch() : undefined;
  let start = performance.now();
  // Requests counted as the element's: those started from here on.
  let since = start;
  if (held) {
    // The element asks and waits; the clock starts when every answer lands at once.
    partnerFetch = held.fetch;
    document.body.append(createElement(held.fetch));
    if (inPageFirst) await dropIn();
    await new Promise((resolve) => setTimeout(resolve, 400));
    start = performance.now();
    held.release();
  } else if (variant === 'network') void networkOnly();
  else if (inPageFirst) {
    // The element connects when the entry defines it, as the entry runs: the moment it can first ask
    // for anything, as the others do when put in the page. (`<status-panel>` alone is seen by the entry
    // as it runs, too; it defines `<license-screen>` either way.)
    const connected = customElements.whenDefined('license-screen').then(() => performance.now());
    document.body.append(createElement());
    await dropIn();
    since = entryArrived();
    start = await connected;
  } else document.body.append(createElement());
  const inDom = await whenTrue(shown);
  document.body.getBoundingClientRect();
  void document.body.offsetHeight;
  const layout = performance.now();
  await frame();
  await frame();
  const painted = performance.now();
  // Request starts from the clock's start, in the order the needs are listed.
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const starts: Record<string, number> = {};
  let lastAnswer = 0;
  for (const need of needs) {
    const entry = resources.find((r) => r.name.split('?')[0] === need.url && r.startTime >= since - 1);
    // Absent when not asked for; below zero when asked for as the entry ran, before the element was defined.
    if (entry) starts[need.url.slice(need.url.lastIndexOf('/') + 1)] = entry.startTime - start;
    if (entry) lastAnswer = Math.max(lastAnswer, entry.responseEnd - start);
  }
  // The longest round trip of the requests and script chunks the element made: the ideal's one round trip,
  // measured in this very sample (images, such as portraits in the events table, are not content).
  const made = resources.filter((r) => r.startTime >= since - 1 && ['fetch', 'script', 'link', 'other'].includes(r.initiatorType));
  const slowest = made.length ? Math.max(...made.map((r) => r.responseEnd - r.startTime)) : 0;
  const chunks = resources.filter((r) => r.initiatorType === 'script' && r.name.endsWith('.js') && r.startTime >= since - 1);
  return {
    dom: inDom - start,
    layout: layout - start,
    painted: painted - start,
    starts,
    lastAnswer,
    slowest,
    requests: resources.filter((r) => r.startTime >= since - 1 && r.initiatorType === 'fetch').length,
    ...(chunks.length ? { chunkStart: Math.min(...chunks.map((r) => r.startTime - start)) } : {}),
  };
}

const page = window as { benchResult?: unknown };
run().then(
  (result) => (page.benchResult = result),
  (error: unknown) => (page.benchResult = { error: String(error) }),
);

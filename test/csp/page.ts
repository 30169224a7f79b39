/**
 * The strict-CSP page's own checks (test/csp/page.html, served with the policy in csp-middleware.mjs).
 * It places every element of the drop-in bundle on the hostile endpoint, opens what can be opened (every
 * tab, the license detail dialog, the dashboard, an event's description), and while doing so records:
 * - every `securitypolicyviolation` (script, style, image, Trusted Types);
 * - every execution of a hostile string (`window.__pwned`);
 * - every live URL in any shadow tree that the data rule does not allow, and markup the elements did not
 *   write (script, iframe, object, embed, base, meta, event-handler attributes);
 * - which hostile strings were seen as text (so the page cannot pass by showing nothing).
 * The report goes to `window.__cspReport` and to the parent with postMessage.
 *
 * `?control=1` adds three deliberate faults (an inline script, a data: image, an HTML string sink) so the
 * test sees that each detector fires; with `&nocsp=1` the page is served without the policy and the HTML
 * string sink runs its handler.
 */
import { CROSS_ORIGIN_LINKS, CSP_API, licenses, events, REFUSED_URLS, SAME_ORIGIN_URLS, TEXT_CASES } from './hostile-data.js';

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
}

export interface LiveUrl {
  where: string;
  attribute: string;
  value: string;
}

export interface CspReport {
  mode: 'strict' | 'control';
  policy: boolean;
  elements: number;
  elementsRendered: number;
  notRendered: string[];
  steps: number;
  textCases: number;
  textCasesFound: number;
  textCasesMissing: string[];
  urlCases: number;
  violations: CspViolation[];
  executions: number;
  badUrls: LiveUrl[];
  sameOriginLive: number;
  crossOriginLinksLive: number;
  injected: LiveUrl[];
  imagesWithReferrer: number;
  /** Every `href` a Purchase link had, over all owner tabs (one owner per URL case). */
  purchaseLinks: string[];
  /** People shown by the standalone <license-detail> (one per portrait case), and their live images. */
  portraits: number;
  portraitImages: number;
  /** Shadow roots with constructable stylesheets: the styles arrived without 'unsafe-inline'. */
  styledRoots: number;
  errors: string[];
}

declare global {
  interface Window {
    __pwned: number;
    __cspReport?: CspReport;
  }
}

const params = new URLSearchParams(location.search);
const control = params.get('control') === '1';
window.__pwned = 0;

const violations: CspViolation[] = [];
const errors: string[] = [];
const onViolation = (event: SecurityPolicyViolationEvent) =>
  violations.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sample: event.sample });
document.addEventListener('securitypolicyviolation', onViolation, { capture: true });
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every node below `root`, shadow trees included. */
function* deepNodes(root: Node): Generator<Node> {
  yield root;
  const shadow = (root as Element).shadowRoot;
  if (shadow) yield* deepNodes(shadow);
  for (const child of root.childNodes) yield* deepNodes(child);
}

function deepText(root: Node): string {
  let text = '';
  for (const node of deepNodes(root)) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  return text;
}

const deepQuery = <T extends Element>(root: Node, selector: string): T | undefined => {
  for (const node of deepNodes(root)) if (node instanceof Element && node.matches(selector)) return node as T;
  return undefined;
};

/** Directional isolates the elements put around data are not part of the data. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

const found = new Set<number>();
const badUrls = new Map<string, LiveUrl>();
const injected = new Map<string, LiveUrl>();
const sameOrigin = new Set<string>();
const crossOriginLinks = new Set<string>();
const imagesWithReferrer = new Set<Element>();
const purchaseLinks = new Set<string>();
const styledRoots = new Set<ShadowRoot>();
let steps = 0;

const URL_ATTRIBUTES = ['src', 'href', 'xlink:href', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'cite'];
const FOREIGN = new Set(['script', 'iframe', 'object', 'embed', 'base', 'meta', 'frame', 'frameset', 'applet', 'portal']);

/**
 * The data rule (src/data/url-policy.ts) for this page, whose endpoint is plain http on this origin:
 * https: anywhere, http: (links only: a cross-origin image is refused by img-src 'self' anyway), and
 * same-origin paths. Anything else live in the page is a failure.
 */
function classify(value: string, base: string, isLink: boolean): 'same-origin' | 'cross-origin-link' | 'bad' {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return 'bad';
  }
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === location.origin && !url.username) return 'same-origin';
  if (isLink && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password) return 'cross-origin-link';
  return 'bad';
}

const describe = (element: Element) => {
  const host = (element.getRootNode() as ShadowRoot).host;
  return `${host ? `${host.localName} > ` : ''}${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`;
};

/** Style text and constructable sheets of a shadow root: any url() there must be allowed as well. */
function styleUrls(root: ShadowRoot | Document): string[] {
  const urls: string[] = [];
  const sheets = [...root.adoptedStyleSheets, ...Array.from(root.styleSheets)];
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      for (const match of rule.cssText.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)) urls.push(match[2] ?? '');
    }
  }
  return urls;
}

/** One look at the whole page: text seen, live URLs, markup the elements did not write. */
function inspect() {
  steps += 1;
  const text = plain(deepText(document.body));
  TEXT_CASES.forEach((value, i) => {
    if (text.includes(plain(value))) found.add(i);
  });
  for (const node of deepNodes(document.body)) {
    if (node instanceof ShadowRoot) {
      if (node.adoptedStyleSheets.length > 0) styledRoots.add(node);
      for (const value of styleUrls(node)) {
        if (!value.startsWith('#') && classify(value, document.baseURI, false) === 'bad') {
          badUrls.set(`style ${value}`, { where: `${node.host.localName} stylesheet`, attribute: 'url()', value });
        }
      }
      continue;
    }
    if (!(node instanceof Element)) continue;
    const inShadow = node.getRootNode() instanceof ShadowRoot;
    if (inShadow && FOREIGN.has(node.localName)) {
      injected.set(`${describe(node)} ${node.outerHTML.slice(0, 80)}`, { where: describe(node), attribute: node.localName, value: node.outerHTML.slice(0, 200) });
    }
    for (const attribute of Array.from(node.attributes)) {
      const name = attribute.name.toLowerCase();
      if (inShadow && name.startsWith('on')) {
        injected.set(`${describe(node)} ${name}`, { where: describe(node), attribute: name, value: attribute.value });
      }
      if (name === 'style' && /url\(/i.test(attribute.value)) {
        badUrls.set(`${describe(node)} style ${attribute.value}`, { where: describe(node), attribute: name, value: attribute.value });
      }
      if (!URL_ATTRIBUTES.includes(name)) continue;
      const values = name === 'srcset' ? attribute.value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [attribute.value];
      const isLink = (node.localName === 'a' || node.localName === 'area') && name === 'href';
      for (const value of values) {
        const kind = classify(value, node.baseURI, isLink);
        const entry = { where: describe(node), attribute: name, value };
        if (kind === 'bad') badUrls.set(`${entry.where} ${name} ${value}`, entry);
        else if (kind === 'same-origin' && inShadow) sameOrigin.add(`${entry.where} ${value}`);
        else if (kind === 'cross-origin-link') crossOriginLinks.add(value);
      }
    }
    if (node.matches('a[part="purchase-link"]')) purchaseLinks.add(node.getAttribute('href') ?? '');
    if (inShadow && node.localName === 'img' && node.getAttribute('referrerpolicy') !== 'no-referrer') imagesWithReferrer.add(node);
  }
}

/** Waits until `element` shows one of the hostile strings and its text has stopped changing. */
async function settle(element: Element, what: string, timeout = 8000) {
  const start = performance.now();
  let last = '';
  let stableSince = performance.now();
  while (performance.now() - start < timeout) {
    const text = deepText(element);
    if (text !== last) {
      last = text;
      stableSince = performance.now();
    } else if (performance.now() - stableSince > 150 && TEXT_CASES.some((value) => plain(text).includes(plain(value)))) {
      inspect();
      return true;
    }
    await sleep(25);
  }
  inspect();
  errors.push(`${what} did not render within ${timeout} ms`);
  return false;
}

async function until(condition: () => unknown, what: string, timeout = 8000) {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) {
      errors.push(`timed out waiting for ${what}`);
      return false;
    }
    await sleep(25);
  }
  return true;
}

function place<T extends HTMLElement>(tag: string, attributes: Record<string, string>): T {
  const element = document.createElement(tag) as T;
  element.setAttribute('endpoint', CSP_API);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.getElementById('widgets')?.append(element);
  return element;
}

/** Deliberate faults for the control run: each detector must see its own. */
function faults() {
  const script = document.createElement('script');
  try {
    script.textContent = 'window.__pwned++';
    document.body.append(script);
  } catch (error) {
    errors.push(`control script: ${String(error)}`);
  }
  try {
    // A string evaluated as code: refused by script-src (no 'unsafe-eval') and by Trusted Types.
    (0, eval)('window.__pwned++');
  } catch (error) {
    errors.push(`control eval: ${String(error)}`);
  }
  try {
    // A policy the header does not name.
    const types = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
    types?.createPolicy('control', { createHTML: (value: string) => value });
  } catch (error) {
    errors.push(`control policy: ${String(error)}`);
  }
  const host = document.createElement('div');
  document.body.append(host);
  const image = document.createElement('img');
  image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
  host.attachShadow({ mode: 'open' }).append(image);
  const sink = document.createElement('div');
  document.body.append(sink);
  try {
    // An image that fails without a request, so its handler runs when nothing stops the markup.
    sink.innerHTML = '<img src="data:," onerror="window.__pwned++">';
  } catch (error) {
    errors.push(`control sink: ${String(error)}`);
  }
}

async function run() {
  const owners = licenses().owners;
  const partner = owners[1];
  const module = partner?.modules[0];
  const firstEvent = events().events[0];
  const tags = ['license-screen', 'license-list', 'license-detail', 'status-panel', 'system-events-table'];

  const screen = place<HTMLElement & { tab: string }>('license-screen', {});
  // Two in other languages: the translated templates go through the same Trusted Types policy.
  const list = place('license-list', { owner: partner?.id ?? '', lang: 'sv' });
  const detail = place('license-detail', { owner: partner?.id ?? '', module: module?.id ?? '' });
  const panel = place('status-panel', {});
  const table = place<HTMLElement & { selected: string }>('system-events-table', { lang: 'de' });
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));

  const rendered = new Set<string>();
  /** Rendered: settled, and showing the part that only data (not a loading or error view) produces. */
  const mark = (tag: string, ok: boolean, element: Element, selector: string) => ok && deepQuery(element, selector) && rendered.add(tag);

  mark('license-screen', await settle(screen, 'license-screen'), screen, '[part="license-name"]');
  // Every tab: the vendor's, one per partner owner (each with its own shop URL case), and Status.
  for (const id of [...owners.map((owner) => owner.id), 'status']) {
    screen.tab = id;
    await settle(screen, `license-screen tab ${id.slice(0, 40)}`);
  }
  screen.tab = 'SUPEROFFICE';
  await settle(screen, 'license-screen vendor tab');
  // The detail dialog of the first license in the vendor's list.
  const name = deepQuery<HTMLButtonElement>(screen, 'button[part="license-name"]');
  name?.click();
  const opened = await until(() => deepQuery(screen, 'license-detail'), 'the detail dialog');
  if (opened) await settle(deepQuery(screen, 'license-detail') as Element, 'the detail dialog');

  mark('license-list', await settle(list, 'license-list'), list, '[part="license-name"]');
  mark('license-detail', await settle(detail, 'license-detail'), detail, '.avatar');
  mark('status-panel', await settle(panel, 'status-panel'), panel, '[part="restriction"]');
  await until(() => deepQuery(panel, 'button[part="dashboard-button"]'), 'the dashboard button');
  deepQuery<HTMLButtonElement>(panel, 'button[part="dashboard-button"]')?.click();
  await until(() => deepQuery(panel, 'dialog[part="dashboard"][open]'), 'the dashboard');
  await settle(panel, 'the dashboard');
  table.selected = firstEvent?.id ?? '';
  await until(() => deepQuery(table, '[part="description"]'), 'the description pane');
  mark('system-events-table', await settle(table, 'the description pane'), table, '[part="description"]');

  if (control) faults();
  // Time for an injected image's error handler or a late render to run.
  await sleep(500);
  inspect();

  const report: CspReport = {
    mode: control ? 'control' : 'strict',
    policy: params.get('nocsp') !== '1',
    elements: tags.length,
    elementsRendered: rendered.size,
    notRendered: tags.filter((tag) => !rendered.has(tag)),
    steps,
    textCases: TEXT_CASES.length,
    textCasesFound: found.size,
    textCasesMissing: TEXT_CASES.filter((_, i) => !found.has(i)).map((value) => value.slice(0, 60)),
    urlCases: REFUSED_URLS.length + SAME_ORIGIN_URLS.length + CROSS_ORIGIN_LINKS.length,
    violations,
    executions: window.__pwned,
    badUrls: [...badUrls.values()],
    sameOriginLive: sameOrigin.size,
    crossOriginLinksLive: crossOriginLinks.size,
    injected: [...injected.values()],
    imagesWithReferrer: imagesWithReferrer.size,
    purchaseLinks: [...purchaseLinks],
    portraits: [...deepNodes(detail)].filter((node) => node instanceof Element && node.matches('.avatar')).length,
    portraitImages: [...deepNodes(detail)].filter((node) => node instanceof Element && node.matches('.avatar img')).length,
    styledRoots: styledRoots.size,
    errors,
  };
  window.__cspReport = report;
  parent.postMessage({ cspReport: report }, location.origin);
}

run().catch((error) => {
  errors.push(`page failed: ${String(error)}`);
  parent.postMessage({ cspReport: { violations, executions: window.__pwned, errors } }, location.origin);
});

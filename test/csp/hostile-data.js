// @ts-check
/**
 * The hostile endpoint behind the strict-CSP page: the contract's documents (the demo fixtures as the
 * starting point) with markup, script and template syntax in every text field and a refused URL in every
 * URL field. Plain JavaScript, so the server (test/csp/csp-middleware.mjs) and the page (test/csp/page.ts)
 * build the same documents and the page knows which text it must find.
 */
import * as fixtures from '../../demo/endpoint/fixtures.js';

export const CSP_API = '/csp-api';

/** Text that must stay text: markup, script, template syntax, bidi controls, a very long word. */
export const TEXT_CASES = [
  '<img src=x onerror=window.__pwned++>',
  '<script>window.__pwned++</script>',
  '"><svg onload=window.__pwned++>',
  "{{constructor.constructor('window.__pwned++')()}}",
  '${window.__pwned++}',
  '</style><script>window.__pwned++</script>',
  'javascript:window.__pwned++',
  "'; window.__pwned++; //",
  '<iframe srcdoc="<script>parent.__pwned++</script>"></iframe>',
  '<a href="javascript:window.__pwned++">click</a>',
  '&lt;img src=x onerror=window.__pwned++&gt;',
  '<!-- --><script>window.__pwned++</script>',
  '<?lit$123456789$>lit$123456789$<!--?lit$123456789$-->',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned++>',
  '<style>*{background:url(//evil.example/x.png)}</style>',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<object data="javascript:window.__pwned++"></object>',
  '<form action="javascript:window.__pwned++"><button>go</button></form>',
  '<base href="//evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned++">',
  '\u202Egnp.exe\u202C right-to-left override \u2066isolate\u2069 \u200Fmark',
  `W${'A'.repeat(10_000)}W`,
];

/**
 * URLs the data rule refuses (never live in the page). Put in `shopUrl` (a link) and `portraitUrl` (an
 * image): neither may become an attribute the browser acts on.
 */
export const REFUSED_URLS = [
  'javascript:window.__pwned++',
  'JaVaScRiPt:window.__pwned++',
  'jav\tascript:window.__pwned++',
  'jav&#x09;ascript:window.__pwned++',
  ' javascript:window.__pwned++',
  '\u0000javascript:window.__pwned++',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned++"/>',
  'data:text/html,<script>window.__pwned++</script>',
  'vbscript:msgbox(1)',
  'blob:http://localhost/8d1c3a0e-0000-4000-8000-000000000000',
  '//evil.example/x.png',
  '\\\\evil.example\\x.png',
  '/\\evil.example/x.png',
  'https://user:pass@evil.example/x.png',
  'file:///etc/passwd',
  'ftp://evil.example/x.png',
  'about:blank',
  'Kari',
  'portrait.png',
  '<img src=x onerror=window.__pwned++>',
];

/** Same-origin paths the rule allows: these must stay live (the page would be vacuous without them). */
export const SAME_ORIGIN_URLS = ['/demo/portraits/jan.svg'];

/**
 * Cross-origin links the contract allows (`https:`, and `http:` since this endpoint is plain http). Only in
 * `shopUrl`: a link is not loaded, while an image from another origin is refused by `img-src 'self'`.
 */
export const CROSS_ORIGIN_LINKS = ['https://shop.example/buy', 'http://evil.example/shop'];

export const URL_CASES = [...REFUSED_URLS, ...SAME_ORIGIN_URLS, ...CROSS_ORIGIN_LINKS];

/** Fields whose values are not free text (dates, enums, numbers' units): kept valid so rows are shown. */
const KEEP = new Set([
  'group', 'licenseType', 'role', 'unit', 'month', 'date', 'expiryDate', 'graceDate', 'nextCheckDate',
  'nextExpiryDate', 'activated', 'finished', 'scope', 'shopUrl', 'portraitUrl',
]);

/**
 * Every string field (apart from KEEP) becomes the next text case; numbers and booleans stay.
 * @returns {unknown}
 */
function hostile(/** @type {unknown} */ value, /** @type {{ n: number }} */ counter, key = '') {
  if (typeof value === 'string') {
    if (KEEP.has(key)) return value;
    return TEXT_CASES[counter.n++ % TEXT_CASES.length];
  }
  if (Array.isArray(value)) return value.map((item) => hostile(item, counter, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, counter, k)]));
  }
  return value;
}

/** The vendor owner, then one partner owner per URL case so every `shopUrl` case has a tab. */
export function licenses() {
  const base = fixtures.licenses('third-party').owners;
  const counter = { n: 0 };
  const vendor = /** @type {typeof base[number]} */ (hostile(base[0], counter));
  // The vendor's id stays, so the screen's first tab is the vendor's (ids elsewhere are hostile).
  vendor.id = 'SUPEROFFICE';
  vendor.shopUrl = REFUSED_URLS[0] ?? null;
  const template = base[1];
  const partners = URL_CASES.map((url, i) => {
    const owner = /** @type {typeof base[number]} */ (hostile(template, counter));
    owner.id = `${TEXT_CASES[i % TEXT_CASES.length]} #${i}`;
    owner.shopUrl = url;
    owner.modules = owner.modules.map((m, j) => ({ ...m, id: `${TEXT_CASES[(i + j) % TEXT_CASES.length]} m${j}` }));
    return owner;
  });
  return { owners: [vendor, ...partners] };
}

/** People with every portrait case (refused and same-origin). */
export function people() {
  return [...REFUSED_URLS, ...SAME_ORIGIN_URLS].map((portraitUrl, i) => ({
    id: `${TEXT_CASES[i % TEXT_CASES.length]} p${i}`,
    name: TEXT_CASES[(i + 3) % TEXT_CASES.length],
    portraitUrl,
  }));
}

/** @param {string} ownerId @param {string} moduleId */
export function licenseDetail(ownerId, moduleId) {
  const owner = licenses().owners.find((o) => o.id === ownerId);
  const found = owner?.modules.find((m) => m.id === moduleId);
  if (!found) return undefined;
  return {
    ...found,
    ownerId,
    pending: { newTotal: found.total + 2, added: 2 },
    assignedTo: people(),
    history: TEXT_CASES.map((note, i) => ({ date: fixtures.dayFromNow(-400 + i), total: i, note })),
  };
}

export function status() {
  const doc = /** @type {ReturnType<typeof fixtures.status>} */ (hostile(fixtures.status('plan-85'), { n: 5 }));
  if (doc.plan) {
    doc.plan.restrictions = TEXT_CASES.map((label, i) => ({ id: `${label} r${i}`, label, active: i, maximum: 40 }));
  }
  return doc;
}

export function consumption() {
  const doc = fixtures.consumption('normal', 12);
  // Known service ids are labels the element owns; the unknown one is shown by its (hostile) name.
  const unknown = doc.services.find((s) => s.id === 'smsSent');
  const extra = TEXT_CASES.map((name, i) => ({ ...unknown, id: `${name} s${i}`, name }));
  return { ...doc, services: [...doc.services, ...extra] };
}

export function events() {
  const counter = { n: 7 };
  const list = fixtures.events(60).map((event, i) => {
    const e = /** @type {typeof event} */ (hostile(event, counter));
    // "Others shown as given": a few hostile statuses, the rest valid so every status is seen too.
    e.status = i % 6 === 5 ? (TEXT_CASES[i % TEXT_CASES.length] ?? 'x') : event.status;
    e.id = `${TEXT_CASES[i % TEXT_CASES.length]} e${i}`;
    const portraits = [...REFUSED_URLS, ...SAME_ORIGIN_URLS];
    e.activatedBy = i % 4 === 3 ? null : { id: `u${i}`, name: TEXT_CASES[(i + 11) % TEXT_CASES.length] ?? '', portraitUrl: portraits[i % portraits.length] ?? null };
    return e;
  });
  return { events: list };
}

/** The answer to a GET under CSP_API, or undefined for another path. @param {string} url */
export function answer(url) {
  if (!url.startsWith(`${CSP_API}/`)) return undefined;
  const parsed = new URL(url, 'http://csp.invalid');
  const parts = parsed.pathname.slice(CSP_API.length + 1).split('/').map(decodeURIComponent);
  if (parts[0] === 'licenses' && parts.length === 1) return { status: 200, data: licenses() };
  if (parts[0] === 'licenses' && parts.length === 3) {
    const detail = licenseDetail(parts[1] ?? '', parts[2] ?? '');
    if (detail) return { status: 200, data: detail };
  }
  if (parts[0] === 'status') return { status: 200, data: status() };
  if (parts[0] === 'consumption') return { status: 200, data: consumption() };
  if (parts[0] === 'events' && parts.length === 1) return { status: 200, data: events() };
  // Plain words: an error view must not pass for a rendered element by showing a hostile string.
  return { status: 404, data: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such resource.' } };
}

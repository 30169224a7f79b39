// @ts-check
/**
 * The built-in demo endpoint: serves the data contract from the fixtures under `/demo-api/<scenario>/`.
 * One plain function so the Vite dev server (the demo) and the test runner's server use the same code.
 */
import * as fixtures from './fixtures.js';

export const DEMO_PREFIX = '/demo-api/';

/** Every scenario the demo page offers, with the label it shows. */
export const SCENARIOS = {
  normal: 'Normal',
  empty: 'Empty',
  expired: 'Expired',
  expiring: 'Expiring soon',
  'over-assigned': 'Over-assigned',
  'third-party': 'Third-party owners',
  satellite: 'Satellite database',
  travel: 'Travel database',
  'plan-85': 'Plan at 85 %',
  'plan-100': 'Plan at 100 %',
  'no-plan': 'No plan',
  'many-events': 'Many events (10 000)',
  'http-500': 'HTTP 500',
  'http-403': 'HTTP 403',
  'http-401': 'HTTP 401',
  slow: 'Slow (3 s)',
  malformed: 'Malformed JSON',
  'wrong-shape': 'Wrong shape',
};

/** @typedef {{ status: number, headers: Record<string, string>, body: string, delayMs: number }} DemoAnswer */

/**
 * @param {number} status @param {string} title @param {string} detail @param {Record<string, unknown>} [extra]
 * @returns {DemoAnswer}
 */
const problem = (status, title, detail, extra = {}) => ({
  status, delayMs: 0,
  headers: { 'Content-Type': 'application/problem+json' },
  body: JSON.stringify({ type: 'about:blank', title, status, detail, ...extra }),
});

/** @param {unknown} data @param {number} [status] @returns {DemoAnswer} */
const json = (data, status = 200) => ({
  status, delayMs: 0, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data),
});

/** The event types an administrator adds (`POST /events`), with the names the list shows. */
const ADMIN_EVENTS = { NoLogin: 'No Login', NoFreetext: 'No Freetext', NoTravel: 'No Travel', MessageOfTheDay: 'Message of the day' };
/** Added events so far: each gets its own id, however quickly they come. */
let adminEvents = 0;

/** Events per scenario, kept in memory so the demo's add and delete persist while the server runs. */
const eventStore = new Map();
/** @param {string} scenario */
function eventsOf(scenario) {
  if (!eventStore.has(scenario)) {
    eventStore.set(scenario, { version: 1, list: fixtures.events(scenario === 'many-events' ? 10_000 : scenario === 'empty' ? 0 : 40) });
  }
  return eventStore.get(scenario);
}

/**
 * @param {string} method
 * @param {string} url path and query after the host, starting with DEMO_PREFIX
 * @param {Record<string, string | undefined>} headers lower-case request headers
 * @param {string} body
 * @returns {DemoAnswer | undefined} undefined when the path is not the demo endpoint's
 */
export function answerDemoRequest(method, url, headers, body) {
  if (!url.startsWith(DEMO_PREFIX)) return undefined;
  const parsed = new URL(url, 'http://demo.invalid');
  const [scenario = 'normal', ...rest] = parsed.pathname.slice(DEMO_PREFIX.length).split('/').map(decodeURIComponent);
  const path = rest.join('/');
  const answer = route(scenario, method, path, parsed.searchParams, headers, body);
  if (scenario === 'slow') answer.delayMs = 3000;
  return answer;
}

/**
 * @param {string} scenario @param {string} method @param {string} path @param {URLSearchParams} query
 * @param {Record<string, string | undefined>} headers @param {string} body
 * @returns {DemoAnswer}
 */
function route(scenario, method, path, query, headers, body) {
  if (scenario === 'http-500') return problem(500, 'Internal Server Error', 'The license database is not available.');
  if (scenario === 'http-403') return problem(403, 'Forbidden', 'Only administrators may see licenses.');
  if (scenario === 'http-401') return problem(401, 'Unauthorized', 'The session has ended.');
  if (scenario === 'malformed') {
    return { status: 200, delayMs: 0, headers: { 'Content-Type': 'application/json' }, body: '{"owners": [{"id": "SUPEROFFICE", "name": ' };
  }
  const parts = path.split('/');
  if (method === 'GET' && path === 'licenses') return json(licensesOf(scenario));
  if (method === 'POST' && path === 'licenses/file') return uploadFile(scenario, body);
  if (method === 'POST' && parts[0] === 'licenses' && parts[2] === 'activate' && parts.length === 3) {
    return activate(scenario, parts[1] ?? '');
  }
  if (method === 'GET' && parts[0] === 'licenses' && parts.length === 3) {
    const detail = fixtures.licenseDetail(licensesOf(scenario), parts[1] ?? '', parts[2] ?? '');
    return detail ? json(detail) : problem(404, 'Not Found', `No license ${parts[2]} for ${parts[1]}.`);
  }
  if (method === 'GET' && path === 'status') {
    return scenario === 'wrong-shape' ? json({ database: { owner: 42 } }) : json(fixtures.status(scenario));
  }
  if (method === 'GET' && path === 'consumption') {
    return json(fixtures.consumption(scenario, Number(query.get('months') ?? 12) || 12));
  }
  if (path === 'events' || parts[0] === 'events') return events(scenario, method, parts[1], headers, body);
  return problem(404, 'Not Found', `No resource at ${path}.`);
}

/**
 * The licenses per scenario, kept in memory like the events: an activation or a loaded file changes what
 * `GET /licenses` answers next, so a reload (or a second file) shows the same totals and never goes back.
 */
const licenseStore = new Map();
/** @param {string} scenario @returns {{ owners: fixtures.Owner[] }} */
function licensesOf(scenario) {
  if (!licenseStore.has(scenario)) licenseStore.set(scenario, fixtures.licenses(scenario));
  return licenseStore.get(scenario);
}

/**
 * What the license server holds, taken in: each pending total becomes the total. Refused (409) when a new
 * total is below the number in use, naming exactly those licenses, as the contract says.
 * @param {fixtures.Owner} owner @returns {DemoAnswer | { owner: fixtures.Owner, changed: string[] }}
 */
function takeIn(owner) {
  const short = owner.modules.filter((m) => m.pending && !m.unrestricted && m.pending.newTotal < m.inUse);
  if (short.length) {
    const names = short.map((m) => `${m.name} (new total ${m.pending?.newTotal}, ${m.inUse} in use)`).join(', ');
    return problem(409, 'Conflict', `New totals are below the number in use: ${names}.`, { modules: short.map((m) => m.id) });
  }
  const changed = owner.modules.filter((m) => m.pending && m.pending.newTotal !== m.total).map((m) => m.id);
  const modules = owner.modules.map((m) =>
    m.pending ? { ...m, total: m.pending.newTotal, free: Math.max(0, m.pending.newTotal - m.inUse), pending: null } : m,
  );
  return { owner: { ...owner, modules }, changed };
}

/** @param {string} scenario @param {fixtures.Owner} owner @param {ReturnType<typeof takeIn>} outcome @returns {DemoAnswer} */
function keep(scenario, owner, outcome) {
  if ('status' in outcome) return outcome;
  const store = licensesOf(scenario);
  store.owners = store.owners.map((o) => (o.id === owner.id ? outcome.owner : o));
  return json(outcome);
}

/** @param {string} scenario @param {string} ownerId @returns {DemoAnswer} */
function activate(scenario, ownerId) {
  const owner = licensesOf(scenario).owners.find((o) => o.id === ownerId);
  if (!owner) return problem(404, 'Not Found', `No license owner ${ownerId}.`);
  return keep(scenario, owner, takeIn(owner));
}

/**
 * A file with `LICENSE` in it is the demo's license file: it holds what the license server holds, so it
 * changes what is pending and, loaded again, changes nothing (and says so with an empty `changed`).
 * @param {string} scenario @param {string} body @returns {DemoAnswer}
 */
function uploadFile(scenario, body) {
  if (!body.includes('LICENSE')) {
    return problem(422, 'Unprocessable Content', 'The file is not a license file from the vendor.');
  }
  const owner = licensesOf(scenario).owners[0];
  if (!owner) return problem(422, 'Unprocessable Content', 'There is no license owner to load the file into.');
  return keep(scenario, owner, takeIn(owner));
}

/**
 * @param {string} scenario @param {string} method @param {string | undefined} id
 * @param {Record<string, string | undefined>} headers @param {string} body
 * @returns {DemoAnswer}
 */
function events(scenario, method, id, headers, body) {
  const store = eventsOf(scenario);
  const etag = `"events-${store.version}"`;
  if (method === 'GET' && !id) {
    if (headers['if-none-match'] === etag) return { status: 304, delayMs: 0, headers: { ETag: etag }, body: '' };
    const answer = json({ events: store.list });
    answer.headers.ETag = etag;
    return answer;
  }
  if (method === 'POST' && !id) {
    let input;
    try {
      input = JSON.parse(body);
    } catch {
      return problem(400, 'Bad Request', 'The body is not JSON.');
    }
    const key = /** @type {keyof typeof ADMIN_EVENTS} */ (input?.key);
    const name = Object.hasOwn(ADMIN_EVENTS, key) ? ADMIN_EVENTS[key] : undefined;
    if (!name) {
      return problem(422, 'Unprocessable Content', `An administrator cannot add an event of type ${JSON.stringify(input?.key)}.`);
    }
    if (input.key === 'MessageOfTheDay' && !String(input.description ?? '').trim()) {
      return problem(422, 'Unprocessable Content', 'A message of the day needs a description.');
    }
    adminEvents += 1;
    const event = {
      id: `admin-${adminEvents}`, key: input.key, name,
      status: 'running', message: input.description ?? '', description: input.description ?? '',
      activated: new Date().toISOString(), activatedBy: { id: 'JAN', name: 'Jan Berg', portraitUrl: null },
      finished: input.finished ?? null, scope: 'system',
    };
    store.list = [event, ...store.list];
    store.version += 1;
    return json(event, 201);
  }
  if (method === 'DELETE' && id) {
    const before = store.list.length;
    store.list = store.list.filter((/** @type {{ id: string }} */ e) => e.id !== id);
    if (store.list.length === before) return problem(404, 'Not Found', `No event ${id}.`);
    store.version += 1;
    return { status: 204, delayMs: 0, headers: {}, body: '' };
  }
  return problem(405, 'Method Not Allowed', `${method} is not supported here.`);
}

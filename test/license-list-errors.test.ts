import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { LicenseList } from '../src/index.js';
import { deferred, json, normalLicenses, problem, readText, stubFetch, until, visibleText } from './helpers.js';

const ENDPOINT = 'https://crm.example/api';
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const alertText = (el: Element) => readText(shadow(el).querySelector('[role=alert]'));
const settled = (el: LicenseList) => until(() => !shadow(el).querySelector('[part=loading]'), 'loaded');

async function listWith(fetch: typeof globalThis.fetch, extra: Partial<LicenseList> = {}) {
  const el = await fixture<LicenseList>(html`<license-list lang="en" endpoint=${ENDPOINT} .fetch=${fetch} .timeout=${extra.timeout}></license-list>`);
  await settled(el);
  return el;
}

describe('<license-list> when things go wrong', () => {
  const cases: [string, () => Response | Promise<Response>, RegExp][] = [
    ['HTTP 500', () => problem(500, 'Database down'), /has a problem.*HTTP status 500/],
    ['HTTP 503', () => problem(503, 'Maintenance'), /has a problem.*HTTP status 503/],
    ['HTTP 403', () => problem(403, 'Only administrators'), /not allowed to see this.*Ask an administrator/],
    ['HTTP 401', () => problem(401, 'Session ended'), /not signed in.*Sign in again/],
    ['HTTP 404', () => problem(404, 'Nope'), /Not found.*does not exist/],
    ['HTTP 418', () => problem(418, 'Teapot'), /answered with an error.*418/],
    ['malformed JSON', () => new Response('{"owners": [{"id": ', { status: 200 }), /unreadable data.*not valid JSON/],
  ];
  for (const [name, reply, expected] of cases) {
    it(`explains ${name} with its own message and offers a retry`, async () => {
      const el = await listWith(stubFetch({ '/licenses': reply }));
      expect(alertText(el)).to.match(expected);
      expect(shadow(el).querySelector('[part=retry-button]')?.textContent).to.equal('Try again');
      await expect(el).to.be.accessible();
    });
  }

  it('explains a network failure', async () => {
    const el = await listWith(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(alertText(el)).to.contain('cannot be reached').and.contain(ENDPOINT);
  });

  it('explains a time-out', async () => {
    const hang: typeof globalThis.fetch = (_i, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
    const el = await fixture<LicenseList>(html`<license-list lang="en" endpoint=${ENDPOINT} timeout="60" .fetch=${hang}></license-list>`);
    await settled(el);
    expect(alertText(el)).to.contain('did not answer in time');
  });

  it('explains a document of the wrong shape in a sentence, with the field path as a detail', async () => {
    const el = await listWith(stubFetch({ '/licenses': json({ owners: { SUPEROFFICE: {} } }) }));
    const alert = alertText(el);
    expect(alert).to.contain('The license service sent unexpected data');
    expect(alert).to.contain(`The answer from ${ENDPOINT}/licenses is incomplete or in a form this screen does not understand`);
    expect(shadow(el).querySelector('[role=alert] .technical')?.textContent).to.contain('owners: Invalid type: Expected Array');
    await expect(el).to.be.accessible();
  });

  it('one malformed module among 20 leaves 19 rows and a notice naming it', async () => {
    const data = normalLicenses() as unknown as { owners: { modules: Record<string, unknown>[] }[] };
    const modules = data.owners[0]!.modules.filter((module) => !module.hidden).slice(0, 20);
    expect(modules).to.have.length(20);
    modules[7]!.total = '25';
    data.owners[0]!.modules = modules;
    const el = await listWith(stubFetch({ '/licenses': json(data) }));
    expect(shadow(el).querySelectorAll('[part=license-name]')).to.have.length(19);
    const notice = shadow(el).querySelector('[part=rejected-notice]');
    expect(notice?.getAttribute('role')).to.equal('note');
    expect(notice?.textContent?.replace(/\s+/g, ' ')).to.contain('Some licenses could not be read and are not shown.')
      .and.contain(String(modules[7]!.name)).and.contain('total: Invalid type: Expected number but received "25"');
    expect(shadow(el).querySelector('[role=alert]'), 'no error box').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a module without a name, an unknown group or a null id is named by what could be read, or by its row', async () => {
    const data = normalLicenses() as unknown as { owners: { modules: Record<string, unknown>[] }[] };
    const modules = data.owners[0]!.modules;
    const count = modules.filter((module) => !module.hidden).length;
    modules[0]!.name = null;
    modules[1]!.group = 'gold';
    Object.assign(modules[2]!, { id: null, name: null });
    const el = await listWith(stubFetch({ '/licenses': json(data) }));
    const hidden = [0, 1, 2].filter((i) => modules[i]!.hidden).length;
    expect(shadow(el).querySelectorAll('[part=license-name]')).to.have.length(count - 3 + hidden);
    const items = [...shadow(el).querySelectorAll('[part=rejected-notice] li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(3);
    expect(items[0]).to.contain(String(modules[0]!.id)).and.contain('name:');
    expect(items[1]).to.contain(String(modules[1]!.name)).and.contain('group:');
    expect(items[2]).to.match(/^Entry 3 /);
  });

  it('an owner that cannot be read is named; the other owners still show', async () => {
    const data = { owners: [...normalLicenses().owners, { id: 'ACME', name: 'Acme', modules: 'none' }] };
    const el = await listWith(stubFetch({ '/licenses': json(data) }));
    expect(visibleText(el)).to.contain('Sales-Premium');
    const missing = await listWith(stubFetch({ '/licenses': json(data) }));
    missing.owner = 'ACME';
    await missing.updateComplete;
    expect(visibleText(missing)).to.contain('There is no license owner "ACME".')
      .and.contain('Some license owners could not be read and are not shown.').and.contain('Acme');
  });

  it('retries on the button and then shows the data', async () => {
    const fetch = stubFetch({ '/licenses': [problem(500, 'down'), json(normalLicenses())] });
    const el = await listWith(fetch);
    (shadow(el).querySelector('[part=retry-button]') as HTMLButtonElement).click();
    await until(() => visibleText(el).includes('Sales-Premium'), 'data after retry');
    expect(fetch.requests).to.have.length(2);
    expect(shadow(el).querySelector('[role=alert]')).to.equal(null);
  });

  it('keeps the data shown when a refresh fails, with a notice', async () => {
    const fetch = stubFetch({ '/licenses': [json(normalLicenses()), problem(503, 'later')] });
    const el = await listWith(fetch);
    await el.refresh();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Sales-Premium');
    expect(shadow(el).querySelector('[part=stale-notice]')?.textContent).to.contain('showing the last data received');
  });

  it('keeps the data shown while a refresh is under way', async () => {
    const slow = deferred();
    const el = await listWith(stubFetch({ '/licenses': [json(normalLicenses()), slow.reply] }));
    const refreshing = el.refresh();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Sales-Premium');
    expect(shadow(el).querySelector('[aria-busy=true]')).to.exist;
    slow.resolve(json(normalLicenses()));
    await refreshing;
  });

  it('shows only the last endpoint\'s data when the endpoint changes mid-flight', async () => {
    const first = deferred();
    const routed: typeof globalThis.fetch = (input) =>
      String(input).startsWith('https://one.example') ? first.reply() : Promise.resolve(json({ owners: [{ ...normalLicenses().owners[0]!, companyName: 'Second Company' }] }));
    const el = await fixture<LicenseList>(html`<license-list lang="en" endpoint="https://one.example" .fetch=${routed}></license-list>`);
    el.endpoint = 'https://two.example';
    await until(() => visibleText(el).includes('Second Company'), 'second endpoint data');
    first.resolve(json({ owners: [{ ...normalLicenses().owners[0]!, companyName: 'First Company' }] }));
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Second Company').and.not.contain('First Company');
  });

  it('finishes loading when it is moved in the page during its first load', async () => {
    const slow = deferred();
    const fetch = stubFetch({ '/licenses': [slow.reply, json(normalLicenses())] });
    const el = await fixture<LicenseList>(html`<license-list lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></license-list>`);
    const parent = el.parentElement as HTMLElement;
    parent.append(el); // disconnect and reconnect in one go, as frameworks do when they reorder
    await until(() => visibleText(el).includes('Sales-Premium'), 'loaded after the move');
    slow.resolve(json(normalLicenses()));
  });

  it('renders hostile strings in every text field as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const data = normalLicenses();
    const owner = data.owners[0]!;
    Object.assign(owner, { companyName: evil, serialNumber: evil, name: evil });
    owner.modules = owner.modules.map((m) => ({ ...m, name: `${m.name}${evil}`, description: evil, tooltip: evil }));
    const el = await listWith(stubFetch({ '/licenses': json(data) }));
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(visibleText(el)).to.contain(evil);
  });

  it('shares one request between two lists on the same endpoint', async () => {
    const el = await fixture(html`<div>
      <license-list lang="en" endpoint="/demo-api/normal"></license-list>
      <license-list lang="en" endpoint="/demo-api/normal" owner="SUPEROFFICE"></license-list>
    </div>`);
    const lists = [...el.querySelectorAll('license-list')];
    await Promise.all(lists.map((list) => until(() => visibleText(list).includes('Sales-Premium'), 'demo data')));
    const entries = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/demo-api/normal/licenses'));
    expect(entries).to.have.length(1);
  });
});

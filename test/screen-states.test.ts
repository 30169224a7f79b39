/** The full screen's own states: what it asks for at once, what it says when there is nothing, and what it passes on. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../src/index.js';
import type { LicenseScreen, StatusPanel, SystemEventsTable } from '../src/index.js';
import { registerLicenseTab, unregisterLicenseTab } from '../src/elements/license-screen/tab-registry.js';
import { deferred, json, normalLicenses, problem, readText, stubFetch, until, visibleText } from './helpers.js';
import { events as demoEvents, status as demoStatus } from '../demo/endpoint/fixtures.js';

const ENDPOINT = 'https://crm.example/api';
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const tabLabels = (el: LicenseScreen) => [...shadow(el).querySelectorAll('[role=tab]')].map((tab) => readText(tab));
const statusPanel = (el: LicenseScreen) => shadow(el).querySelector('status-panel') as StatusPanel | null;
/** Every element matching `selector` in the element's shadow tree and the shadow trees inside it. */
function deepAll(root: Element, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: ParentNode) => {
    found.push(...node.querySelectorAll<HTMLElement>(selector));
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}
const paths = (fetch: ReturnType<typeof stubFetch>) => fetch.requests.map((request) => new URL(request.url).pathname.replace(/^\/api/, ''));

class OwnerOnlyTab extends LitElement {
  override render() {
    return litHtml`<p>Partner content</p>`;
  }
}
customElements.define('test-owner-only-tab', OwnerOnlyTab);

async function screen(fetch: ReturnType<typeof stubFetch>, tab = '', content = html``) {
  return fixture<LicenseScreen>(html`<license-screen endpoint=${ENDPOINT} tab=${tab} .fetch=${fetch}>${content}</license-screen>`);
}

describe('license-screen states', () => {
  afterEach(() => {
    unregisterLicenseTab('NOBODY');
    unregisterLicenseTab('SUPEROFFICE');
  });

  it('opened on Status, asks for /status and /events while /licenses is still on its way', async () => {
    const licenses = deferred();
    const fetch = stubFetch({ '/licenses': licenses.reply, '/status': json(demoStatus('normal')), '/events': json({ events: demoEvents(3) }) });
    const el = await screen(fetch, 'status');
    await until(() => paths(fetch).includes('/status') && paths(fetch).includes('/events'), 'status and events asked for');
    expect(paths(fetch)).to.include('/licenses');
    expect(visibleText(el)).to.contain('Loading licenses…');
    licenses.resolve(json(normalLicenses()));
    await until(() => tabLabels(el).length > 1, 'owner tabs');
    expect(tabLabels(el).at(-1)).to.equal('Status');
    expect(el.tab).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('opened on an owner tab waits for /licenses before it asks for anything else', async () => {
    const licenses = deferred();
    const fetch = stubFetch({ '/licenses': licenses.reply });
    const el = await screen(fetch);
    await until(() => paths(fetch).includes('/licenses'), 'licenses asked for');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(paths(fetch)).to.deep.equal(['/licenses']);
    expect(visibleText(el)).to.contain('Loading licenses…');
    licenses.resolve(json(normalLicenses()));
    await until(() => tabLabels(el).length > 1, 'owner tabs');
  });

  it('explains an endpoint with no license owners, as the list alone does, and keeps Status', async () => {
    const el = await screen(stubFetch({ '/licenses': json({ owners: [] }) }));
    await until(() => visibleText(el).includes('No licenses'), 'the empty state');
    expect(visibleText(el)).to.contain('The license service lists no license owners.');
    expect(tabLabels(el)).to.deep.equal(['Status']);
    await expect(el).to.be.accessible();
  });

  it("leaves out a partner's owner tab when the data has no such owner, and shows it when it has", async () => {
    registerLicenseTab({ id: 'NOBODY', label: 'Nobody add-on', tagName: 'test-owner-only-tab', ownerOnly: true });
    registerLicenseTab({ id: 'SUPEROFFICE', label: 'Vendor add-on', tagName: 'test-owner-only-tab', ownerOnly: true });
    const el = await screen(stubFetch({ '/licenses': json(normalLicenses()) }));
    await until(() => tabLabels(el).includes('Status'), 'tabs');
    expect(tabLabels(el)).to.not.include('Nobody add-on');
    expect(tabLabels(el)).to.include('Vendor add-on');
  });

  it('leaves out a slotted owner-only tab without its owner, and keeps a plain partner tab', async () => {
    const el = await screen(
      stubFetch({ '/licenses': json(normalLicenses()) }),
      '',
      html`<test-owner-only-tab slot="tab" data-tab="NOBODY" data-label="Nobody" data-owner-only></test-owner-only-tab>
        <test-owner-only-tab slot="tab" data-tab="tools" data-label="Tools"></test-owner-only-tab>`,
    );
    await until(() => tabLabels(el).includes('Tools'), 'the partner tab');
    expect(tabLabels(el)).to.not.include('Nobody');
  });

  it('passes editable through to the events table of the Status tab', async () => {
    const fetch = stubFetch({ '/licenses': json(normalLicenses()), '/status': json(demoStatus('normal')), '/events': json({ events: demoEvents(2) }) });
    const el = await screen(fetch, 'status');
    el.editable = true;
    await until(() => !!statusPanel(el)?.shadowRoot?.querySelector('system-events-table'), 'the events table');
    const table = statusPanel(el)?.shadowRoot?.querySelector('system-events-table') as SystemEventsTable;
    await until(() => table.editable === true, 'editable passed on');
    expect(statusPanel(el)?.editable).to.equal(true);
    el.editable = false;
    await until(() => table.editable === false, 'no longer editable');
  });

  it('judges the dates of every tab at its `now`', async () => {
    const data = normalLicenses();
    const [vendor] = data.owners;
    if (vendor) Object.assign(vendor, { expiryDate: '2027-03-01', graceDate: '2027-03-15' });
    const fetch = stubFetch({ '/licenses': json(data), '/status': json(demoStatus('normal')), '/events': json({ events: demoEvents(2) }) });
    const el = await screen(fetch);
    el.now = new Date('2027-03-10T12:00:00Z');
    const list = () => shadow(el).querySelector('license-list');
    await until(() => readText(list()?.shadowRoot?.querySelector('[part=expiry]')).includes('usable until'), 'expired, in grace');
    el.now = new Date('2027-02-20T12:00:00Z');
    await until(() => readText(list()?.shadowRoot?.querySelector('[part=expiry]')).includes('expires in 9 days'), 'not yet expired');
    el.tab = 'status';
    await until(() => statusPanel(el)?.now?.getTime() === el.now?.getTime(), 'the Status tab has the same now');
  });

  it('tells one outage once on the Status tab: one error box in all, and one line for the missing owner tabs', async () => {
    const down = () => Promise.reject(new TypeError('Failed to fetch'));
    const el = await screen(stubFetch({ '/licenses': down, '/status': down, '/events': down }), 'status');
    const errors = () => deepAll(el, '[part=error]').filter((box) => box.offsetParent !== null);
    await until(() => errors().length > 0 && !!shadow(el).querySelector('[part=owner-tabs-notice]'), 'the failures shown');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors()).to.have.length(1);
    expect(readText(errors()[0])).to.contain('The license service cannot be reached');
    expect(readText(shadow(el).querySelector('[part=owner-tabs-notice]'))).to.equal(
      'The license owners could not be loaded, so their tabs are missing. The license service cannot be reached. Try again',
    );
    await expect(el).to.be.accessible();
  });

  it('without /licenses and no tab asked for, the error is the one message, and Status can still be opened', async () => {
    const fetch = stubFetch({ '/licenses': problem(500, 'The license database is not available.'), '/status': json(demoStatus('normal')), '/events': json({ events: [] }) });
    const el = await screen(fetch, 'SUPEROFFICE');
    await until(() => !!shadow(el).querySelector('[part=error]'), 'the error');
    expect(shadow(el).querySelector('[part=owner-tabs-notice]')).to.equal(null);
    expect(statusPanel(el)).to.equal(null);
    expect(paths(fetch)).to.deep.equal(['/licenses']);
    const statusTab = shadow(el).querySelector<HTMLButtonElement>('[role=tab]');
    expect([statusTab?.tabIndex, statusTab?.getAttribute('aria-selected')]).to.deep.equal([0, 'false']);
    await expect(el).to.be.accessible();
    statusTab?.click();
    await until(() => !!statusPanel(el), 'the Status tab opened');
    expect(el.tab).to.equal('status');
    expect(shadow(el).querySelector('[part=error]')).to.equal(null);
    expect(shadow(el).querySelector('[part=owner-tabs-notice]')).to.not.equal(null);
  });

  it("shows the server's own explanation of a failure", async () => {
    const el = await screen(stubFetch({ '/licenses': problem(500, 'The license database is not available.') }));
    await until(() => !!shadow(el).querySelector('[part=error]'), 'the error');
    const error = readText(shadow(el).querySelector('[part=error]'));
    expect(error).to.contain('The license service has a problem');
    expect(error).to.contain('“The license database is not available.”');
  });

  it("shows the server's explanation in the element's language, with its quotation marks", async () => {
    const fetch = stubFetch({ '/licenses': problem(503, 'Wartung bis 14 Uhr.') });
    const el = await fixture<LicenseScreen>(html`<license-screen lang="de" endpoint=${ENDPOINT} .fetch=${fetch}></license-screen>`);
    const says = () => readText(shadow(el).querySelector('[part=server-says]'));
    await until(() => says().startsWith('Der Lizenzdienst'), 'the German error');
    expect(says()).to.equal('Der Lizenzdienst meldet: „Wartung bis 14 Uhr.“');
  });
});

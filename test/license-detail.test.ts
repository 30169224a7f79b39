import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/license-detail/define.js';
import type { LicenseDetail } from '../src/elements/license-detail/license-detail.js';
import { deferred, json, problem, readText, stubFetch, until, visibleText } from './helpers.js';
import { licenseDetail as demoDetail } from '../demo/endpoint/fixtures.js';

// On the test page's origin, so a portrait given as a same-origin path (the URL rule for data) loads.
const ENDPOINT = `${location.origin}/api`;
const PORTRAIT = '/demo/portraits/jan.svg';

const salesPremium = () => ({
  ...demoDetail('normal', 'SUPEROFFICE', 'ten-sales'),
  description: 'Sales per user.',
  assignedTo: [
    { id: 'JAN', name: 'Jan Berg', portraitUrl: PORTRAIT },
    { id: 'KARI', name: 'Kari Nordmann', portraitUrl: '/no-such-portrait.png' },
    { id: 'OLA', name: 'Ola', portraitUrl: null },
  ],
  history: [{ date: '2025-01-15', total: 20, note: 'First purchase' }],
});

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const facts = (el: Element) =>
  Object.fromEntries(
    [...shadow(el).querySelectorAll('dl > div')].map((row) => [
      row.querySelector('dt')?.textContent?.trim(),
      row.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim(),
    ]),
  );
const settled = (el: Element) => until(() => !shadow(el).querySelector('[part=loading]'), 'loaded');

async function renderDetail(routes: Parameters<typeof stubFetch>[0], module = 'ten-sales', owner = 'SUPEROFFICE') {
  const fetch = stubFetch(routes);
  const el = await fixture<LicenseDetail>(
    html`<license-detail lang="en" endpoint=${ENDPOINT} owner=${owner} module=${module} .fetch=${fetch}></license-detail>`,
  );
  await settled(el);
  return { el, fetch };
}

describe('<license-detail>', () => {
  it('shows what the license is, its counts, the pending change and its history', async () => {
    const { el, fetch } = await renderDetail({ '/licenses/SUPEROFFICE/ten-sales': json(salesPremium()) });
    expect(fetch.requests.map((r) => r.url)).to.deep.equal([`${ENDPOINT}/licenses/SUPEROFFICE/ten-sales`]);
    expect(shadow(el).querySelector('h2.title')?.textContent).to.equal('Sales-Premium');
    expect(shadow(el).querySelector('h2')?.getAttribute('title')).to.equal('Full sales functionality per user.');
    expect(visibleText(el)).to.contain('Sales per user.').and.contain('Full sales functionality per user.');
    expect(facts(el)).to.deep.equal({
      'License type': 'User license',
      Group: 'User plans',
      Total: '25',
      'In use': '23',
      Free: '2',
      Prerequisite: 'web',
      Version: '10.5',
    });
    const pending = shadow(el).querySelector('[part=pending]') as HTMLElement;
    expect(visibleText(pending)).to.equal('Waiting on the license server New total: 30 (5 added)');
    const history = shadow(el).querySelector('[part=history]') as HTMLTableElement;
    expect(history.caption?.textContent).to.equal('History');
    const cells = [...(history.tBodies[0]?.rows[0]?.cells ?? [])].map((cell) => cell.textContent?.trim());
    expect(cells).to.deep.equal(['Jan 15, 2025', '20', 'First purchase']);
    await expect(el).to.be.accessible();
  });

  it('shows assigned users with their portrait, or initials when there is none or it fails', async () => {
    const { el } = await renderDetail({ '/licenses/SUPEROFFICE/ten-sales': json(salesPremium()) });
    const users = [...shadow(el).querySelectorAll('[part=users] li')];
    const shown = (li: Element) => [li.querySelector('[part=avatar]')?.textContent?.trim(), li.querySelector('span:last-child')?.textContent];
    expect(users.map(shown)).to.deep.equal([
      ['JB', 'Jan Berg'],
      ['KN', 'Kari Nordmann'],
      ['O', 'Ola'],
    ]);
    const [jan, kari, ola] = users.map((li) => li.querySelector('img'));
    await until(() => !!jan?.complete && !!kari?.hidden, 'portraits settled');
    expect(jan?.hidden).to.equal(false);
    expect(jan?.naturalWidth).to.be.greaterThan(0);
    expect(kari?.hidden).to.equal(true);
    expect(ola).to.equal(null);
    expect(users[0]?.querySelector('[part=avatar]')?.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows Unlimited, over-assignment, and a new total below the number in use', async () => {
    const unlimited = { ...demoDetail('normal', 'SUPEROFFICE', 'system'), assignedTo: [], history: [] };
    const first = await renderDetail({ '/licenses/SUPEROFFICE/system': json(unlimited) }, 'system');
    expect(facts(first.el)).to.include({ Total: 'Unlimited', Free: 'Unlimited', 'License type': 'Site license' });
    expect(shadow(first.el).querySelector('[part=counts] svg.usage-bar'), 'no bar for an unlimited license').to.equal(null);
    expect(shadow(first.el).querySelector('[part=history]')).to.equal(null);
    expect(shadow(first.el).querySelector('[part=users]')).to.equal(null);

    const over = { ...salesPremium(), total: 20, inUse: 23, free: 0, pending: { newTotal: 18, added: -2 } };
    const second = await renderDetail({ '/licenses/SUPEROFFICE/ten-sales': json(over) });
    expect(facts(second.el)['In use']).to.equal('23');
    const counts = shadow(second.el).querySelector('[part=counts]') as HTMLElement;
    expect(readText(counts.querySelector('[part=over-assigned]'))).to.equal('⚠ 3 more in use than licensed');
    expect(counts.querySelector('svg.usage-bar')?.classList.contains('over')).to.equal(true);
    const pending = shadow(second.el).querySelector('[part=pending]') as HTMLElement;
    expect(pending.classList.contains('blocked')).to.equal(true);
    expect(visibleText(pending)).to.contain('New total: 18 (2 removed)').and.contain('below the number in use');
    await expect(second.el).to.be.accessible();
  });

  it('shows in use with a bar, and says when every license is in use', async () => {
    const { el } = await renderDetail({ '/licenses/SUPEROFFICE/ten-sales': json(salesPremium()) });
    const counts = shadow(el).querySelector('[part=counts]') as HTMLElement;
    expect(counts.querySelector('svg.usage-bar')?.classList.contains('ok')).to.equal(true);
    expect(counts.querySelector('.note')).to.equal(null);
    const full = { ...demoDetail('normal', 'SUPEROFFICE', 'service-essentials'), assignedTo: [], history: [] };
    const second = await renderDetail({ '/licenses/SUPEROFFICE/service-essentials': json(full) }, 'service-essentials');
    const fullCounts = shadow(second.el).querySelector('[part=counts]') as HTMLElement;
    expect(fullCounts.querySelector('svg.usage-bar')?.classList.contains('full')).to.equal(true);
    expect(readText(fullCounts.querySelector('[part=all-in-use]'))).to.equal('All in use');
  });

  it('fits a 360 px container without anything sticking out, and passes axe', async () => {
    const detail = { ...salesPremium(), description: 'Sales per user, with every module a salesperson needs day to day.' };
    const fetch = stubFetch({ '/licenses/SUPEROFFICE/ten-sales': json(detail) });
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 360px">
      <license-detail lang="de" endpoint=${ENDPOINT} owner="SUPEROFFICE" module="ten-sales" .fetch=${fetch}></license-detail>
    </div>`);
    const el = box.querySelector('license-detail') as LicenseDetail;
    await until(() => !!shadow(el).querySelector('[part=detail]') && shadow(el).querySelector('.content')?.getAttribute('lang') === 'de', 'German detail');
    const right = box.getBoundingClientRect().right;
    const past = [...shadow(el).querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > right + 1);
    expect(past.map((node) => node.localName)).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    // In use, free and total stay side by side.
    const tops = [...shadow(el).querySelectorAll('[part=counts] dt')].map((dt) => Math.round(dt.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('has its own loading, error and not-found states', async () => {
    const reply = deferred();
    const fetch = stubFetch({ '/licenses/SUPEROFFICE/ten-sales': [reply.reply, json(salesPremium())] });
    const el = await fixture<LicenseDetail>(
      html`<license-detail lang="en" endpoint=${ENDPOINT} owner="SUPEROFFICE" module="ten-sales" .fetch=${fetch}></license-detail>`,
    );
    expect(shadow(el).querySelector('[part=loading]')?.textContent).to.contain('Loading the license');
    await expect(el).to.be.accessible();
    reply.resolve(problem(503, 'maintenance'));
    await until(() => !!shadow(el).querySelector('[part=error]'), 'error');
    expect(visibleText(el)).to.contain('The license service has a problem');
    await expect(el).to.be.accessible();
    (shadow(el).querySelector('[part=retry-button]') as HTMLButtonElement).click();
    await until(() => visibleText(el).includes('Sales-Premium'), 'loaded after retry');

    const missing = await renderDetail({}, 'gone');
    expect(visibleText(missing.el)).to.contain('License not found').and.contain('There is no license "gone" for "SUPEROFFICE"');
    await expect(missing.el).to.be.accessible();
  });

  it("loads another license when module changes, never showing the previous one's data as the new", async () => {
    const next = deferred();
    const { el } = await renderDetail({
      '/licenses/SUPEROFFICE/ten-sales': json(salesPremium()),
      '/licenses/SUPEROFFICE/pocket': next.reply,
    });
    el.module = 'pocket';
    await el.updateComplete;
    expect(visibleText(el)).not.to.contain('Sales-Premium');
    expect(shadow(el).querySelector('[part=loading]')).to.exist;
    next.resolve(json({ ...demoDetail('normal', 'SUPEROFFICE', 'pocket'), assignedTo: [] }));
    await until(() => visibleText(el).includes('Pocket CRM'), 'new license');
  });

  it('says what is missing without an endpoint, owner or module', async () => {
    const none = await fixture<LicenseDetail>(html`<license-detail lang="en"></license-detail>`);
    expect(visibleText(none)).to.contain('Set the endpoint attribute');
    const unset = await fixture<LicenseDetail>(html`<license-detail lang="en" endpoint=${ENDPOINT}></license-detail>`);
    expect(visibleText(unset)).to.contain('No license selected');
  });
});

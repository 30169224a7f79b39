import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { LicenseList } from '../src/index.js';
import { deferred, json, normalLicenses, stubFetch, until, visibleText } from './helpers.js';
import { counts, rowOf } from './license-list-rows.js';
import { dayFromNow, licenses as demoLicenses } from '../demo/endpoint/fixtures.js';

const ENDPOINT = 'https://crm.example/api';

async function renderList(routes: Parameters<typeof stubFetch>[0], attrs: { owner?: string } = {}) {
  const fetch = stubFetch(routes);
  const el = await fixture<LicenseList>(
    html`<license-list lang="en" endpoint=${ENDPOINT} owner=${attrs.owner ?? ''} .fetch=${fetch}></license-list>`,
  );
  return { el, fetch };
}

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const settle = (el: LicenseList) => until(() => !shadow(el).querySelector('[part=loading]'), 'loaded');

describe('<license-list>', () => {
  it('shows a loading state, then the owner information and the grouped list', async () => {
    const reply = deferred();
    const { el, fetch } = await renderList({ '/licenses': reply.reply });
    expect(shadow(el).querySelector('[role=status]')?.textContent).to.contain('Loading licenses');
    reply.resolve(json(normalLicenses()));
    await settle(el);
    expect(fetch.requests.map((r) => r.url)).to.deep.equal([`${ENDPOINT}/licenses`]);
    const text = visibleText(el);
    expect(text).to.contain('Nordlys Consulting AS').and.contain('1010000014');
    expect(shadow(el).querySelector('caption')?.textContent).to.equal('License list');
    expect(shadow(el).querySelector('h2.title')?.textContent).to.equal('SuperOffice');
    expect([...shadow(el).querySelectorAll('h3.section-title')].map((h) => h.textContent)).to.deep.equal(['Owner information', 'License list']);
    const groups = [...shadow(el).querySelectorAll('tr.group th')].map((th) => th.textContent?.trim());
    expect(groups).to.deep.equal(['System licenses', 'User plans', 'Site licenses', 'User licenses (Windows, legacy)']);
    expect(counts(rowOf(el, 'Sales-Premium'))).to.deep.equal(['Sales-Premium', '', '23', '2', '25']);
    expect(counts(rowOf(el, 'System'))).to.deep.equal(['System', 'Which systems you have access to.', '1', 'Unlimited', 'Unlimited']);
    expect(text).not.to.contain('Internal flag');
  });

  it('is a real table with header cells and explicit roles, and passes axe', async () => {
    const { el } = await renderList({ '/licenses': json(normalLicenses()) });
    await settle(el);
    const table = shadow(el).querySelector('table') as HTMLTableElement;
    expect([...table.querySelectorAll('thead th[scope=col]')].map((th) => th.textContent?.trim())).to.deep.equal(['License', 'In use', 'Free', 'Total']);
    expect(table.querySelector('th[scope=rowgroup]')).to.exist;
    // The narrow layout changes the display of every part: each carries its role so the table stays one.
    expect(table.getAttribute('role')).to.equal('table');
    for (const row of table.rows) {
      expect(row.getAttribute('role')).to.equal('row');
      for (const cell of row.cells) {
        const expected = cell.localName === 'td' ? 'cell' : cell.getAttribute('scope') === 'col' ? 'columnheader' : 'rowheader';
        expect(cell.getAttribute('role'), cell.textContent ?? '').to.equal(expected);
      }
    }
    await expect(el).to.be.accessible();
  });

  it('marks over-assigned licenses in text, not colour alone', async () => {
    const { el } = await renderList({ '/licenses': json(demoLicenses('over-assigned')) });
    await settle(el);
    const row = rowOf(el, 'Sales-Premium');
    expect(row.classList.contains('over-assigned')).to.equal(true);
    expect(row.querySelector('[part=over-assigned]')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('⚠ 3 more in use than licensed');
    await expect(el).to.be.accessible();
  });

  it('warns about an expiry date that is near or past', async () => {
    const expiring = await renderList({ '/licenses': json(demoLicenses('expiring')) });
    await settle(expiring.el);
    expect(visibleText(expiring.el)).to.match(/expires in 1[12] days/);
    const expired = await renderList({ '/licenses': json(demoLicenses('expired')) });
    await settle(expired.el);
    expect(visibleText(expired.el)).to.contain('The license has expired.');
    expect(shadow(expired.el).querySelector('.expiry.expired')).to.exist;
    for (const [days, words] of [[0, 'expires today'], [1, 'expires tomorrow']] as const) {
      const data = normalLicenses();
      data.owners[0]!.expiryDate = dayFromNow(days);
      const soon = await renderList({ '/licenses': json(data) });
      await settle(soon.el);
      expect(visibleText(soon.el)).to.contain(words);
    }
  });

  it('shows no expiry line when the license is not time-limited', async () => {
    const data = normalLicenses();
    data.owners[0]!.expiryDate = null;
    const { el } = await renderList({ '/licenses': json(data) });
    await settle(el);
    expect(visibleText(el)).not.to.contain('Expiry date');
  });

  it('fires license-select on click and on Enter, with owner and module ids', async () => {
    const { el } = await renderList({ '/licenses': json(normalLicenses()) });
    await settle(el);
    const button = rowOf(el, 'Sales-Premium').querySelector('[part=license-name]') as HTMLButtonElement;
    setTimeout(() => button.click());
    const clicked = await oneEvent(document, 'license-select');
    expect(clicked.detail).to.deep.equal({ ownerId: 'SUPEROFFICE', moduleId: 'ten-sales' });
    expect(clicked.composed && clicked.bubbles).to.equal(true);
    button.focus();
    const pressed = oneEvent(el, 'license-select');
    await sendKeys({ press: 'Enter' });
    expect((await pressed).detail.moduleId).to.equal('ten-sales');
  });

  it('shows the owner named by the owner attribute, else the vendor', async () => {
    const { el } = await renderList({ '/licenses': json(demoLicenses('third-party')) }, { owner: 'ACME' });
    await settle(el);
    expect(visibleText(el)).to.contain('Acme Quote Designer').and.contain('AC-2231');
    el.owner = 'NOPE';
    await el.updateComplete;
    expect(visibleText(el)).to.contain('There is no license owner "NOPE"');
    el.owner = '';
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Sales-Premium');
  });

  it('has an empty state for no owners and for an owner without visible licenses', async () => {
    const { el } = await renderList({ '/licenses': json({ owners: [] }) });
    await settle(el);
    expect(visibleText(el)).to.contain('The license service lists no license owners.');
    const data = normalLicenses();
    data.owners[0]!.modules = data.owners[0]!.modules.map((m) => ({ ...m, hidden: true }));
    const second = await renderList({ '/licenses': json(data) });
    await settle(second.el);
    expect(visibleText(second.el)).to.contain('SuperOffice has no licenses to show.');
  });

  it('says what to do when no endpoint is set', async () => {
    const el = await fixture<LicenseList>(html`<license-list lang="en"></license-list>`);
    expect(visibleText(el)).to.contain('Set the endpoint attribute');
  });
});

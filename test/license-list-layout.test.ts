/**
 * What the list shows at a glance and how it is laid out: the summary strip's figures, the usage bars'
 * levels, descriptions under the names, the stacked rows of a narrow container, forced colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/elements/license-list/define.js';
import type { LicenseList } from '../src/elements/license-list/license-list.js';
import type { LicensesResponse } from '../src/data/schema.js';
import { json, normalLicenses, readText, stubFetch, until } from './helpers.js';
import { licenses as demoLicenses } from '../demo/endpoint/fixtures.js';
import { licenseRows, rowOf } from './license-list-rows.js';
import { formatDate } from '../src/i18n/format.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
type Licenses = ReturnType<typeof normalLicenses>;

async function renderList(data: Licenses | LicensesResponse, { lang = 'en', owner = '', width = '' } = {}) {
  const fetch = stubFetch({ '/licenses': json(data) });
  const box = await fixture<HTMLElement>(html`<div style=${width ? `inline-size: ${width}` : ''}>
    <license-list lang=${lang} owner=${owner} endpoint="https://crm.example/api" .now=${NOW} .fetch=${fetch}></license-list>
  </div>`);
  const el = box.querySelector('license-list') as LicenseList;
  await until(() => !!shadow(el).querySelector('table'), 'list shown');
  return { box, el };
}

/** Each tile of the summary strip as read: its label, its figure, its small print. */
const tiles = (el: Element) =>
  [...shadow(el).querySelectorAll('[part=summary] .tile')].map((tile) =>
    [...tile.querySelectorAll('dt, dd')].map((part) => readText(part)),
  );

function withExpiry(data: Licenses, expiryDate: string | null) {
  const vendor = data.owners[0];
  if (!vendor) throw new Error('no vendor owner');
  vendor.expiryDate = expiryDate;
  return data;
}

describe('<license-list> at a glance', () => {
  it('sums up the user plans, over-assignment and the time left before the table', async () => {
    const { el } = await renderList(withExpiry(normalLicenses(), '2027-06-30'));
    expect(tiles(el)).to.deep.equal([
      ['User plans', '41 of 54 in use', '13 free'],
      ['Assignments', '✓ No license is over-assigned'],
      ['Validity', '211 days left', 'Jun 30, 2027'],
    ]);
    // The strip comes before the table, after the owner information.
    const order = [...shadow(el).querySelectorAll('[part=owner], [part=summary], table')].map((node) => node.localName);
    expect(order).to.deep.equal(['section', 'dl', 'table']);
    await expect(el).to.be.accessible();
  });

  it('counts over-assigned licenses and names them, in the plural form the count needs', async () => {
    const { el } = await renderList(withExpiry(demoLicenses('over-assigned'), null));
    expect(tiles(el)).to.deep.equal([
      ['User plans', '41 of 49 in use', '11 free'],
      ['Assignments', '⚠ 2 licenses are over-assigned', 'Sales-Premium and Standard CRM user'],
    ]);
    expect(shadow(el).querySelector('.tile.over')).to.exist;

    const one = demoLicenses('over-assigned');
    one.owners[0]!.modules = one.owners[0]!.modules.map((m) => (m.id === 'std-user' ? { ...m, total: 20, free: 8 } : m));
    const single = await renderList(withExpiry(one, '2026-12-02'));
    expect(tiles(single.el).slice(1)).to.deep.equal([
      ['Assignments', '⚠ 1 license is over-assigned', 'Sales-Premium'],
      ['Validity', '1 day left', 'Dec 2, 2026'],
    ]);
    await expect(single.el).to.be.accessible();
  });

  it('says when the license expires today or has expired', async () => {
    const today = await renderList(withExpiry(normalLicenses(), '2026-12-01'));
    expect(tiles(today.el)[2]).to.deep.equal(['Validity', 'Expires today', 'Dec 1, 2026']);
    expect(shadow(today.el).querySelector('.tile.validity.expiring')).to.exist;
    const past = await renderList(withExpiry(normalLicenses(), '2026-11-20'));
    expect(tiles(past.el)[2]).to.deep.equal(['Validity', '⚠ Expired', 'Nov 20, 2026']);
    expect(shadow(past.el).querySelector('.tile.validity.expired')).to.exist;
  });

  it('gives counts beside words the plural form of the language shown (Swedish "1 ledig", "2 lediga")', async () => {
    const swedish = async (data: Licenses) => {
      const { el } = await renderList(data, { lang: 'sv' });
      await until(() => shadow(el).querySelector('.content')?.getAttribute('lang') === 'sv', 'Swedish');
      await el.updateComplete;
      return tiles(el);
    };
    const many = await swedish(withExpiry(demoLicenses('over-assigned'), '2027-06-30'));
    expect(many.map((tile) => tile.slice(1))).to.deep.equal([
      ['41 av 49 används', '11 lediga'],
      ['⚠ 2 licenser är övertilldelade', 'Sales-Premium och Standard CRM user'],
      ['211 dagar kvar', formatDate('2027-06-30', 'sv')],
    ]);
    const data = withExpiry(demoLicenses('over-assigned'), '2026-12-02');
    data.owners[0]!.modules = data.owners[0]!.modules
      .filter((m) => m.group !== 'userPlan' || m.id === 'ten-sales' || m.id === 'sales-essentials')
      .map((m) => (m.id === 'sales-essentials' ? { ...m, inUse: 9, free: 1 } : m.id === 'std-user' ? { ...m, total: 20, free: 8 } : m));
    expect(await swedish(data)).to.deep.equal([
      ['Användarlicenser (planer)', '32 av 30 används', '1 ledig'],
      ['Tilldelningar', '⚠ 1 licens är övertilldelad', 'Sales-Premium'],
      ['Giltighet', '1 dag kvar', formatDate('2026-12-02', 'sv')],
    ]);
  });

  it("adds up an add-on owner's counted licenses when it has no user plans", async () => {
    const { el } = await renderList(demoLicenses('third-party'), { owner: 'ACME' });
    expect(tiles(el)[0]).to.deep.equal(['Licenses', '9 of 15 in use', '6 free']);
  });

  it('shows in use as a bar whose level says ok, full or over, in words as well as colour', async () => {
    const { el } = await renderList(demoLicenses('over-assigned'));
    const level = (name: string) => rowOf(el, name).querySelector('.usage-bar')?.getAttribute('class')?.replace('usage-bar', '').trim();
    const note = (name: string) => readText(rowOf(el, name).querySelector('.in-use .problem, .in-use .note'));
    expect([level('Sales-Premium'), note('Sales-Premium')]).to.deep.equal(['over', '⚠ 3 more in use than licensed']);
    expect([level('Service-Essentials'), note('Service-Essentials')]).to.deep.equal(['full', 'All in use']);
    expect([level('Sales-Essentials'), note('Sales-Essentials')]).to.deep.equal(['ok', '']);
    // 23 of 25 is past the Status tab's 85 % line, but a license nearly in use is not a warning.
    const normal = await renderList(normalLicenses());
    expect(rowOf(normal.el, 'Sales-Premium').querySelector('.usage-bar')?.classList.contains('ok')).to.equal(true);
    // Unlimited licenses and the installation's on/off system licenses have no bar and no "All in use".
    for (const name of ['System', 'Outlook Synchronizer', 'SuperOffice Server']) {
      expect(rowOf(el, name).querySelector('.usage-bar'), name).to.equal(null);
      expect(note(name), name).to.equal('');
    }
    expect(readText(rowOf(el, 'Outlook Synchronizer').querySelector('td.count'))).to.equal('Unlimited');
    const danger = getComputedStyle(rowOf(el, 'Sales-Premium').querySelector('.problem') as Element).color;
    const warning = getComputedStyle(rowOf(el, 'Service-Essentials').querySelector('.note') as Element).color;
    expect(danger).to.not.equal(warning);
  });

  it('puts the description under the name, and has no column of empty cells', async () => {
    const { el } = await renderList(normalLicenses());
    const system = rowOf(el, 'System').querySelector('th[scope=row]') as HTMLElement;
    const name = system.querySelector('[part=license-name]') as HTMLElement;
    const description = system.querySelector('[part=description]') as HTMLElement;
    expect(readText(description)).to.equal('Which systems you have access to.');
    expect(description.getBoundingClientRect().top).to.be.at.least(name.getBoundingClientRect().bottom - 1);
    expect(rowOf(el, 'Sales-Premium').querySelector('[part=description]')).to.equal(null);
    expect([...shadow(el).querySelectorAll('thead th')].map((th) => readText(th))).not.to.include('Description');
    const empty = licenseRows(el).flatMap((row) => [...row.cells].filter((cell) => !readText(cell)));
    expect(empty).to.have.length(0);
  });

  for (const lang of ['en', 'de']) {
    it(`stacks each license as a block in a 360 px container, nothing sticking out (${lang})`, async () => {
      const { box, el } = await renderList(demoLicenses('over-assigned'), { lang, width: '360px' });
      await until(() => shadow(el).querySelector('.content')?.getAttribute('lang') === lang, lang);
      await el.updateComplete;
      const table = shadow(el).querySelector('table') as HTMLTableElement;
      expect(getComputedStyle(table).display).to.equal('block');
      expect(getComputedStyle(licenseRows(el)[0] as Element).display).to.equal('grid');
      // The header row is out of sight but still read; each number says its column's name instead.
      expect(table.tHead?.getBoundingClientRect().width).to.be.at.most(1);
      const free = rowOf(el, 'Sales-Premium').querySelectorAll('td.count')[0] as Element;
      expect(getComputedStyle(free, '::before').content).to.contain(lang === 'de' ? 'Frei' : 'Free');
      const right = box.getBoundingClientRect().right;
      const past = [...shadow(el).querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > right + 1);
      expect(past.map((node) => `${node.localName}.${node.getAttribute('class') ?? ''}`)).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the table a table in a wide container', async () => {
    const { el } = await renderList(normalLicenses(), { width: '1280px' });
    expect(getComputedStyle(shadow(el).querySelector('table') as Element).display).to.equal('table');
    expect(getComputedStyle(licenseRows(el)[0] as Element).display).to.equal('table-row');
  });

  it('keeps full and over-assigned apart in forced colours, by words and by shape', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const { el } = await renderList(demoLicenses('over-assigned'));
      const bar = (name: string) => getComputedStyle(rowOf(el, name).querySelector('.usage-bar') as Element);
      expect(bar('Sales-Premium').borderStyle).to.equal('dashed');
      expect(bar('Service-Essentials').borderStyle).to.equal('solid');
      expect(bar('Service-Essentials').borderWidth).to.not.equal(bar('Sales-Essentials').borderWidth);
      expect(readText(rowOf(el, 'Sales-Premium').querySelector('.problem'))).to.contain('more in use than licensed');
      expect(readText(rowOf(el, 'Service-Essentials').querySelector('.note'))).to.equal('All in use');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { LicenseList } from '../src/index.js';
import { json, normalLicenses, stubFetch, until } from './helpers.js';
import { licenses as demoLicenses } from '../demo/endpoint/fixtures.js';
import { catchDownloads, parseCsv } from './csv-download.js';
import { counts } from './license-list-rows.js';

const ENDPOINT = 'https://crm.example/api';

async function renderList(data: unknown, attrs: { owner?: string; lang?: string } = {}) {
  const fetch = stubFetch({ '/licenses': json(data) });
  const el = await fixture<LicenseList>(
    html`<license-list lang=${attrs.lang ?? 'en'} endpoint=${ENDPOINT} owner=${attrs.owner ?? ''} .fetch=${fetch}></license-list>`,
  );
  await until(() => !!shadow(el).querySelector('table'), 'list shown');
  return el;
}

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const exportButton = (el: Element) => shadow(el).querySelector('[part=export-button]') as HTMLButtonElement;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The list as a person reads it: per license row, its group, then its name, description and counts. */
function shownRows(el: Element): string[][] {
  const result: string[][] = [];
  for (const body of shadow(el).querySelectorAll('tbody')) {
    const group = text(body.querySelector('tr.group'));
    for (const row of body.querySelectorAll<HTMLTableRowElement>('tr.license')) result.push([group, ...counts(row)]);
  }
  return result;
}

describe('<license-list> export as CSV', () => {
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(() => (downloads = catchDownloads()));
  afterEach(() => downloads.restore());

  it('exports the list as shown: group, license, description, in use, free, total; Unlimited as in the list', async () => {
    const el = await renderList(normalLicenses());
    exportButton(el).click();
    const saved = await downloads.last();
    expect(saved.fileName).to.equal('licenses-SUPEROFFICE.csv');
    expect(saved.text.startsWith('\uFEFF')).to.equal(true);
    const [header, ...records] = parseCsv(saved.text);
    expect(header).to.deep.equal(['Group', 'License', 'Description', 'In use', 'Free', 'Total']);
    expect(records).to.deep.equal(shownRows(el));
    expect(records.find((record) => record[1] === 'Sales-Premium')).to.deep.equal(['User plans', 'Sales-Premium', '', '23', '2', '25']);
    expect(records.find((record) => record[1] === 'System')?.slice(4)).to.deep.equal(['Unlimited', 'Unlimited']);
    // Hidden licenses are not in the list, so not in the file.
    expect(records.map((record) => record[1])).not.to.include('Internal flag');
  });

  it('writes counts plain, without the grouping the list shows', async () => {
    const data = normalLicenses();
    const vendor = data.owners[0];
    if (!vendor) throw new Error('no vendor owner');
    vendor.modules = vendor.modules.map((module) =>
      module.id === 'std-user' ? { ...module, total: 12_500, inUse: 10_250, free: 2_250 } : module,
    );
    const el = await renderList(data);
    expect(shownRows(el).find((row) => row[1] === 'Standard CRM user')?.slice(3)).to.deep.equal(['10,250', '2,250', '12,500']);
    exportButton(el).click();
    const records = parseCsv((await downloads.last()).text);
    expect(records.find((record) => record[1] === 'Standard CRM user')?.slice(3)).to.deep.equal(['10250', '2250', '12500']);
  });

  it('keeps hostile license names and descriptions as text, and names the file after the owner safely', async () => {
    const data = demoLicenses('third-party');
    const partner = data.owners[1];
    if (!partner) throw new Error('no partner owner');
    partner.id = '../ACME "quotes"';
    partner.modules[0] = { ...partner.modules[0], name: '=1+2', description: 'two\nlines, "quoted"' };
    const el = await renderList(data, { owner: partner.id });
    exportButton(el).click();
    const saved = await downloads.last();
    expect(saved.fileName).to.equal('licenses-ACME-quotes.csv');
    const records = parseCsv(saved.text);
    const hostile = records.find((record) => record[2] === 'two\nlines, "quoted"');
    expect(hostile?.[1]).to.equal("'=1+2");
    expect(records.slice(1).every((record) => record.length === 6)).to.equal(true);
  });

  it('has the headers and group names in the list\'s language', async () => {
    const el = await renderList(normalLicenses(), { lang: 'sv' });
    await until(() => text(shadow(el).querySelector('caption')) === 'Licensförteckning', 'Swedish loaded');
    exportButton(el).click();
    const [header, ...records] = parseCsv((await downloads.last()).text);
    expect(header?.[0]).to.equal('Grupp');
    expect(records).to.deep.equal(shownRows(el));
    expect(records[0]?.[0]).to.equal('Systemlicenser');
  });

  it('is a named button that works from the keyboard, and the list stays accessible', async () => {
    const el = await renderList(normalLicenses());
    expect(text(exportButton(el))).to.equal('Export as CSV');
    await expect(el).to.be.accessible();
    exportButton(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(await downloads.all()).to.have.length(1);
  });
});

/**
 * Languages by region: the messages come from the base language, the dates and numbers from the page's
 * full tag, and the content says which language it is shown in.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { LicenseList, StatusPanel, SystemEventsTable } from '../src/index.js';
import { consumption as demoConsumption, status as demoStatus } from '../demo/endpoint/fixtures.js';
import { json, normalLicenses, readText, stubFetch, until } from './helpers.js';
import { ENDPOINT, event } from './system-events-fixtures.js';

const EXPIRY = '2027-01-15';
const STARTED = '2027-01-15T14:30:00Z';
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const content = (el: Element) => shadow(el).querySelector('.content') as HTMLElement;

function timeLimited() {
  const data = normalLicenses();
  const [first] = data.owners;
  if (first) first.expiryDate = EXPIRY;
  return data;
}

async function listIn(lang: string, shownAs = lang) {
  const el = await fixture<LicenseList>(
    html`<license-list lang=${lang} endpoint=${ENDPOINT} .fetch=${stubFetch({ '/licenses': json(timeLimited()) })}></license-list>`,
  );
  await until(() => !!shadow(el).querySelector('[part=expiry]'), `${lang} list rendered`);
  await until(() => content(el).lang === shownAs, `${lang} shown as ${shownAs}`);
  return el;
}

const expiryText = (el: Element) => readText(shadow(el).querySelector('[part=expiry]') as HTMLElement);
const dateIn = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(EXPIRY));

describe('languages by region', () => {
  it('gives en-GB day-month dates while the words stay English', async () => {
    const british = await listIn('en-GB');
    const american = await listIn('en-US');
    expect(dateIn('en-GB')).to.not.equal(dateIn('en-US')); // the test could fail: the two differ
    expect(expiryText(british)).to.contain(dateIn('en-GB')).and.not.contain(dateIn('en-US'));
    expect(expiryText(american)).to.contain(dateIn('en-US'));
    expect(readText(shadow(british).querySelector('caption') as HTMLElement)).to.equal('License list');
    expect(content(british).lang).to.equal('en-GB');
    await expect(british).to.be.accessible();
  });

  it('gives en-GB a 24-hour clock in the events table', async () => {
    const fetch = stubFetch({ '/events': json({ events: [event('1', { activated: STARTED, finished: null })] }) });
    const el = await fixture<SystemEventsTable>(
      html`<system-events-table lang="en-GB" endpoint=${ENDPOINT} .fetch=${fetch} interval="0"></system-events-table>`,
    );
    await until(() => !!shadow(el).querySelector('tbody tr[aria-rowindex]'), 'rows');
    const exact = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(STARTED));
    expect(exact).to.match(/\d\d:\d\d/).and.not.match(/[AP]M/);
    expect(readText(shadow(el).querySelector('tbody') as HTMLElement)).to.contain(exact);
  });

  for (const [tag, base] of [['de-AT', 'de'], ['sv-FI', 'sv'], ['nl-BE', 'nl'], ['nb-NO', 'nb']] as const) {
    it(`reads ${tag} in ${base} words with ${tag} formats`, async () => {
      const el = await listIn(tag);
      expect(expiryText(el)).to.contain(dateIn(tag));
      const caption = readText(shadow(el).querySelector('caption') as HTMLElement);
      expect(caption).to.not.equal('License list');
    });
  }

  for (const [tag, month, other] of [['de-AT', 'Jän. 2027', 'Jan. 2027'], ['de', 'Jan. 2027', 'Jän. 2027']] as const) {
    it(`names the months of the metered services as ${tag} does (${month})`, async () => {
      const now = new Date('2027-01-20T12:00:00Z');
      const fetch = stubFetch({ '/status': json(demoStatus('normal')), '/consumption?months=12': json(demoConsumption('normal', 12, now)) });
      const el = await fixture<StatusPanel>(html`<status-panel lang=${tag} endpoint=${ENDPOINT} .now=${now} .fetch=${fetch}></status-panel>`);
      await until(() => content(el).lang === tag && !!shadow(el).querySelector('[part=dashboard-button]'), `${tag} status`);
      await el.openDashboard();
      const dialog = () => readText(shadow(el).querySelector('dialog'));
      await until(() => dialog().includes(month), `${month} in the dashboard`);
      expect(dialog()).to.not.contain(other);
      // Numbers too: Austria groups thousands with a space, Germany with a point.
      const threshold = new Intl.NumberFormat(tag).format(12000).replace(/\s/g, ' ');
      expect(dialog()).to.contain(threshold);
    });
  }

  it("marks a Nynorsk or Norwegian page's content as Bokmål, with the region kept", async () => {
    expect(content(await listIn('nn-NO', 'nb-NO')).lang).to.equal('nb-NO');
    expect(content(await listIn('no', 'nb')).lang).to.equal('nb');
  });

  it('marks content shown in the source language as English on a page of another language', async () => {
    const el = await listIn('fr-CA', 'en');
    expect(content(el).lang).to.equal('en');
    expect(expiryText(el)).to.contain(dateIn('en'));
  });

  it('keeps a malformed tag from breaking the element', async () => {
    const el = await fixture<LicenseList>(
      html`<license-list lang="de--x" endpoint=${ENDPOINT} .fetch=${stubFetch({ '/licenses': json(timeLimited()) })}></license-list>`,
    );
    await until(() => content(el).lang === 'de' && !!shadow(el).querySelector('[part=expiry]'), 'German, without a region');
    expect(expiryText(el)).to.contain(dateIn('de'));
  });
});

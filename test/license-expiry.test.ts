/**
 * The owner's expiry line on a controlled clock (`now`): before the expiry date, on it, after it within the
 * grace period ("usable until …"), and after the grace date.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/license-list/define.js';
import type { LicenseList } from '../src/elements/license-list/license-list.js';
import { formatDate } from '../src/i18n/format.js';
import { json, normalLicenses, stubFetch, until, readText } from './helpers.js';

const EXPIRY = '2027-03-31';
const GRACE = '2027-04-14';

async function listAt(now: string, graceDate: string | null = GRACE) {
  const licenses = normalLicenses();
  Object.assign(licenses.owners[0]!, { expiryDate: EXPIRY, graceDate });
  const fetch = stubFetch({ '/licenses': json(licenses) });
  const el = await fixture<LicenseList>(
    html`<license-list lang="en" endpoint="https://crm.example/api" .now=${new Date(now)} .fetch=${fetch}></license-list>`,
  );
  await until(() => !!el.shadowRoot?.querySelector('[part=expiry]'), 'owner information');
  const expiry = el.shadowRoot?.querySelector('[part=expiry]') as HTMLElement;
  return { el, expiry, text: readText(expiry) };
}

describe('<license-list> expiry and grace date', () => {
  it('before the expiry date: the days left', async () => {
    const { expiry, text } = await listAt('2027-03-10T12:00:00Z');
    expect(text).to.equal(`Expiry date ${formatDate(EXPIRY, 'en')} ⚠ The license expires in 21 days.`);
    expect(expiry.classList.contains('expiring')).to.equal(true);
  });

  it('on the expiry date: expires today, not yet expired', async () => {
    const { expiry, text } = await listAt('2027-03-31T23:30:00Z');
    expect(text).to.contain('The license expires today.').and.not.contain('usable until');
    expect(expiry.classList.contains('expired')).to.equal(false);
  });

  it('after the expiry date, within the grace period: usable until the grace date, that day included', async () => {
    for (const now of ['2027-04-01T08:00:00Z', '2027-04-14T20:00:00Z']) {
      const { el, expiry, text } = await listAt(now);
      expect(text).to.equal(
        `Expiry date ${formatDate(EXPIRY, 'en')} ⚠ The license has expired. It is usable until ${formatDate(GRACE, 'en')}.`,
      );
      expect(expiry.classList.contains('expired')).to.equal(true);
      await expect(el).to.be.accessible();
    }
  });

  it('after the grace date: expired, the grace period over', async () => {
    const { text } = await listAt('2027-04-15T00:00:00Z');
    expect(text).to.contain(`⚠ The license has expired. Its grace period ended on ${formatDate(GRACE, 'en')}.`)
      .and.not.contain('usable until');
  });

  it('expired without a grace date: expired, no date to be usable until', async () => {
    const { text } = await listAt('2027-04-05T00:00:00Z', null);
    expect(text).to.equal(`Expiry date ${formatDate(EXPIRY, 'en')} ⚠ The license has expired.`);
  });

  it('follows `now` when the host moves it', async () => {
    const { el } = await listAt('2027-03-10T12:00:00Z');
    el.now = new Date('2027-04-02T12:00:00Z');
    await el.updateComplete;
    expect(readText(el.shadowRoot?.querySelector('[part=expiry]'))).to.contain('usable until');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { LicenseList, LicenseScreen } from '../src/index.js';
import { confirm, dialog, openActivation, part, unavailable } from './license-screen-fixtures.js';
import { SCENARIOS } from '../demo/endpoint/handler.js';
import { until, visibleText } from './helpers.js';

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const loaded = (el: Element) => !shadow(el).querySelector('[part=loading]');

/** What a person sees on each scenario of the built-in demo endpoint, end to end over HTTP. */
const EXPECTATIONS: Record<string, (el: LicenseList, text: string) => void> = {
  normal: (_el, text) => expect(text).to.contain('Sales-Premium').and.contain('Expiry date'),
  empty: (_el, text) => expect(text).to.contain('The license service lists no license owners.'),
  expired: (_el, text) => expect(text).to.contain('The license has expired.'),
  expiring: (_el, text) => expect(text).to.match(/The license expires in 1[12] days\./),
  'over-assigned': (el) => expect(shadow(el).querySelectorAll('tr.over-assigned')).to.have.length(2),
  'third-party': (_el, text) => expect(text).to.contain('SuperOffice Server'),
  satellite: (_el, text) => expect(text).to.contain('Satellite'),
  'http-500': (_el, text) => expect(text).to.contain('has a problem').and.contain('500'),
  'http-403': (_el, text) => expect(text).to.contain('You are not allowed to see this'),
  'http-401': (_el, text) => expect(text).to.contain('You are not signed in'),
  malformed: (_el, text) => expect(text).to.contain('not valid JSON'),
  // One module with a count sent as text: that row is named in a notice, every other row is still shown.
  'wrong-shape': (el, text) => {
    expect(text).to.contain('Some licenses could not be read').and.contain('total: Invalid type');
    expect(text).to.contain('Sales-Premium');
    expect(shadow(el).querySelector('[part=rejected-notice]')).to.exist;
  },
};

describe('demo endpoint scenarios in <license-list>', () => {
  for (const [scenario, check] of Object.entries(EXPECTATIONS)) {
    it(`${SCENARIOS[scenario as keyof typeof SCENARIOS]}`, async () => {
      const el = await fixture<LicenseList>(html`<license-list lang="en" endpoint=${`/demo-api/${scenario}`}></license-list>`);
      await until(() => loaded(el), scenario);
      check(el, visibleText(el));
      await expect(el).to.be.accessible();
    });
  }

  it('Slow (3 s): shows the loading state, then the data', async function () {
    this.timeout(8000);
    const el = await fixture<LicenseList>(html`<license-list lang="en" endpoint="/demo-api/slow"></license-list>`);
    expect(shadow(el).querySelector('[part=loading]')?.textContent).to.contain('Loading licenses');
    await expect(el).to.be.accessible();
    await until(() => loaded(el), 'slow data', 6000);
    expect(visibleText(el)).to.contain('Sales-Premium');
  });

  it('third-party owners each have their own list', async () => {
    const el = await fixture<LicenseList>(html`<license-list lang="en" endpoint="/demo-api/third-party" owner="FJORD"></license-list>`);
    await until(() => loaded(el), 'FJORD');
    expect(visibleText(el)).to.contain('Fjord Dashboards').and.contain('FJ-0042').and.not.contain('Sales-Premium');
  });

  it('over-assigned: the activation dialog shows the cut below the number in use before anyone clicks', async () => {
    const el = await fixture<LicenseScreen>(html`<license-screen lang="en" endpoint="/demo-api/over-assigned"></license-screen>`);
    await until(() => !!part(el, 'activate-button'), 'the owner tab');
    await openActivation(el);
    expect(unavailable(confirm(el))).to.equal(true);
    expect(visibleText(dialog(el))).to.contain('New total 11 is below the 12 in use.');
    expect(visibleText(dialog(el))).to.contain('Activate is not available: the new total of Standard CRM user is below the number in use.');
    await expect(el).to.be.accessible();
  });
});

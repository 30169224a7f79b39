/**
 * A locale module that does not arrive (a stalled or failing chunk on a slow network): the element is
 * usable in the source language meanwhile, and the next language asked for still comes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/license-list/define.js';
import type { LicenseList } from '../src/elements/license-list/license-list.js';
import { wrapLocaleLoads } from '../src/i18n/locale-templates.js';
import { LOAD_PATIENCE_MS } from '../src/internal/locale-controller.js';
import { json, normalLicenses, stubFetch, until } from './helpers.js';

const ENDPOINT = 'https://crm.example/api';
const caption = (el: LicenseList) => el.shadowRoot?.querySelector('caption')?.textContent;

async function list(lang: string) {
  const fetch = stubFetch({ '/licenses': json(normalLicenses()) });
  const el = await fixture<LicenseList>(html`<license-list lang=${lang} endpoint=${ENDPOINT} .fetch=${fetch}></license-list>`);
  await until(() => caption(el) !== undefined, 'the list');
  return el;
}

describe('a language that does not arrive', () => {
  afterEach(() => wrapLocaleLoads());

  it('a module that never loads: the list is shown in English meanwhile, and another language still comes', async function () {
    this.timeout(LOAD_PATIENCE_MS + 8000);
    const asked: string[] = [];
    wrapLocaleLoads((locale, load) => {
      asked.push(locale);
      return locale === 'de' ? new Promise(() => undefined) : load();
    });
    const el = await list('de');
    expect(caption(el)).to.equal('License list');
    expect(el.shadowRoot?.querySelectorAll('tbody tr').length, 'the rows are there').to.be.greaterThan(0);
    el.lang = 'sv';
    await until(() => caption(el) === 'Licensförteckning', 'Swedish');
    // Back to the stalled language: Swedish for a moment (no flash on a quick switch), then English while
    // German is still on its way, never Swedish for good.
    el.lang = 'de';
    await el.updateComplete;
    expect(caption(el)).to.equal('Licensförteckning');
    await until(() => caption(el) === 'License list', 'English while German is still on its way', LOAD_PATIENCE_MS + 3000);
    expect(asked.filter((locale) => locale === 'de'), 'one load, shared, not one per switch').to.have.length(1);
  });

  it('a module that keeps failing: English, and a switch to it once it loads again shows it', async () => {
    let failures = 0;
    let reachable = false;
    wrapLocaleLoads((locale, load) => {
      if (locale === 'nl' && !reachable) {
        failures += 1;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
      return load();
    });
    const el = await list('nl');
    await until(() => failures >= 2, 'tried again once');
    await el.updateComplete;
    expect(caption(el)).to.equal('License list');
    reachable = true;
    el.lang = 'en';
    await el.updateComplete;
    el.lang = 'nl';
    await until(() => caption(el) !== 'License list', 'Dutch after all');
    expect(caption(el)).to.match(/^Licentie/);
  });
});

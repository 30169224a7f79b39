/** Counts that meet nouns take the plural form of the language shown: "1 tillagd", "2 tillagda". */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/license-detail/define.js';
import type { LicenseDetail } from '../src/elements/license-detail/license-detail.js';
import { plural } from '../src/i18n/plural.js';
import { json, readText, stubFetch, until } from './helpers.js';
import { licenseDetail as demoDetail } from '../demo/endpoint/fixtures.js';

const ENDPOINT = 'https://crm.example/api';
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;

async function pendingText(lang: string, total: number, newTotal: number) {
  const detail = { ...demoDetail('normal', 'SUPEROFFICE', 'ten-sales'), total, inUse: 0, free: total, pending: { newTotal, added: newTotal - total } };
  const el = await fixture<LicenseDetail>(
    html`<license-detail lang=${lang} endpoint=${ENDPOINT} owner="SUPEROFFICE" module="ten-sales"
      .fetch=${stubFetch({ '/licenses/SUPEROFFICE/ten-sales': json(detail) })}></license-detail>`,
  );
  await until(() => !!shadow(el).querySelector('[part=pending] p') && shadow(el).querySelector('.content')?.getAttribute('lang') === lang, `${lang} pending`);
  return readText(shadow(el).querySelector('[part=pending] p'));
}

describe('plural forms', () => {
  it('chooses the form by the language rules, with `other` for any category not given', () => {
    expect(plural(1, { one: 'one', other: 'other' }, 'sv')).to.equal('one');
    expect(plural(2, { one: 'one', other: 'other' }, 'sv')).to.equal('other');
    expect(plural(0, { one: 'one', other: 'other' }, 'en')).to.equal('other');
    expect(plural(1.5, { one: 'one', other: 'other' }, 'de')).to.equal('other');
    // Polish has `few`: a caller that gives it gets it, one that does not gets `other`.
    expect(plural(3, { one: 'one', few: 'few', other: 'other' }, 'pl')).to.equal('few');
    expect(plural(3, { one: 'one', other: 'other' }, 'pl')).to.equal('other');
  });

  const CASES: [string, string, string, string, string][] = [
    ['sv', 'Nytt totalt antal: 21 (1 tillagd)', 'Nytt totalt antal: 22 (2 tillagda)', 'Nytt totalt antal: 19 (1 borttagen)', 'Nytt totalt antal: 18 (2 borttagna)'],
    ['en', 'New total: 21 (1 added)', 'New total: 22 (2 added)', 'New total: 19 (1 removed)', 'New total: 18 (2 removed)'],
    ['de', 'Neue Gesamtzahl: 21 (1 hinzugefügt)', 'Neue Gesamtzahl: 22 (2 hinzugefügt)', 'Neue Gesamtzahl: 19 (1 entfernt)', 'Neue Gesamtzahl: 18 (2 entfernt)'],
  ];
  for (const [lang, oneAdded, twoAdded, oneRemoved, twoRemoved] of CASES) {
    it(`words a pending change of one and of two licenses in ${lang}`, async () => {
      expect(await pendingText(lang, 20, 21)).to.equal(oneAdded);
      expect(await pendingText(lang, 20, 22)).to.equal(twoAdded);
      expect(await pendingText(lang, 20, 19)).to.equal(oneRemoved);
      expect(await pendingText(lang, 20, 18)).to.equal(twoRemoved);
    });
  }
});

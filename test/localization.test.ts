import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { LicenseList } from '../src/index.js';
import { resolveLocale } from '../src/i18n/locales.js';
import { daysUntil, formatDate, formatDateTime, formatNumber, formatRelative } from '../src/i18n/format.js';
import { json, normalLicenses, stubFetch, until, visibleText } from './helpers.js';
import { licenses as demoLicenses } from '../demo/endpoint/fixtures.js';

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const headers = (el: Element) => [...shadow(el).querySelectorAll('thead th, caption, tr.group th, h3, dt')].map((n) => n.textContent?.trim());

/** Every label of the list, as the translations must give them (wording from the seeds and domain.md). */
const EXPECTED: Record<string, { caption: string; owner: string; userPlans: string; systemLicenses: string; unlimited: string }> = {
  en: { caption: 'License list', owner: 'Owner information', userPlans: 'User plans', systemLicenses: 'System licenses', unlimited: 'Unlimited' },
  sv: { caption: 'Licensförteckning', owner: 'Information om ägare', userPlans: 'Användarlicenser (planer)', systemLicenses: 'Systemlicenser', unlimited: 'Obegränsat' },
  nb: { caption: 'Lisensliste', owner: 'Informasjon om eier', userPlans: 'Brukerplaner', systemLicenses: 'Systemlisenser', unlimited: 'Ubegrenset' },
  da: { caption: 'Licensliste', owner: 'Ejeroplysninger', userPlans: 'Brugerplaner', systemLicenses: 'Systemlicenser', unlimited: 'Ubegrænset' },
  nl: { caption: 'Licentielijst', owner: 'Gegevens van eigenaar', userPlans: 'Gebruikerslicenties (abonnementen)', systemLicenses: 'Systeemlicenties', unlimited: 'Onbeperkt' },
  de: { caption: 'Lizenzliste', owner: 'Angaben zum Lizenzinhaber', userPlans: 'Benutzerpläne', systemLicenses: 'Systemlizenzen', unlimited: 'Unbegrenzt' },
};

async function listIn(lang: string) {
  const el = await fixture<LicenseList>(
    html`<license-list lang=${lang} endpoint="https://crm.example/api" .fetch=${stubFetch({ '/licenses': json(demoLicenses('over-assigned')) })}></license-list>`,
  );
  const caption = EXPECTED[resolveLocale(lang)].caption;
  await until(() => shadow(el).querySelector('caption')?.textContent === caption, `${lang} rendered`);
  await el.updateComplete;
  return el;
}

describe('localization', () => {
  it('maps language tags onto the supported locales', () => {
    expect(resolveLocale('nb-NO')).to.equal('nb');
    expect(resolveLocale('no')).to.equal('nb');
    expect(resolveLocale('nn')).to.equal('nb');
    expect(resolveLocale('sv_SE')).to.equal('sv');
    expect(resolveLocale('DE-at')).to.equal('de');
    expect(resolveLocale('fr')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale(undefined)).to.equal('en');
  });

  for (const [lang, expected] of Object.entries(EXPECTED)) {
    it(`renders the list in ${lang} with the seed pages' wording`, async () => {
      const el = await listIn(lang);
      const text = headers(el);
      expect(text).to.include(expected.caption).and.include(expected.owner);
      expect(text).to.include(expected.userPlans).and.include(expected.systemLicenses);
      expect(visibleText(el)).to.contain(expected.unlimited);
      expect(visibleText(el)).to.contain('Sales-Premium'); // product names stay English
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of ['sv', 'nb', 'da', 'nl', 'de']) {
    it(`leaves no English UI text in ${lang}`, async () => {
      const english = await listIn('en');
      const englishLabels = headers(english).concat(
        [...shadow(english).querySelectorAll('.problem, .warning')].map((n) => n.textContent?.trim()),
      );
      english.remove();
      const el = await listIn(lang);
      const labels = headers(el).concat([...shadow(el).querySelectorAll('.problem, .warning')].map((n) => n.textContent?.trim()));
      // "Status"/"Type" style words may be spelled the same; a whole English label surviving is a missing translation.
      const untranslated = labels.filter((label, i) => label && label === englishLabels[i] && !/^(Database|Status|Total)$/.test(label));
      expect(untranslated).to.deep.equal([]);
    });
  }

  it('follows <html lang> when it changes and the element has no lang of its own', async () => {
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'de';
      const el = await fixture<LicenseList>(html`<license-list endpoint="https://crm.example/api" .fetch=${stubFetch({ '/licenses': json(normalLicenses()) })}></license-list>`);
      await until(() => shadow(el).querySelector('caption')?.textContent === 'Lizenzliste', 'German');
      document.documentElement.lang = 'da';
      await until(() => shadow(el).querySelector('caption')?.textContent === 'Licensliste', 'Danish');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('follows a change of its own lang attribute', async () => {
    const el = await listIn('sv');
    el.setAttribute('lang', 'nl');
    await until(() => shadow(el).querySelector('caption')?.textContent === 'Licentielijst', 'Dutch after the change');
    el.setAttribute('lang', 'en');
    await until(() => shadow(el).querySelector('caption')?.textContent === 'License list', 'English again');
  });

  it('takes the language of the nearest ancestor with lang, across shadow roots', async () => {
    const el = await fixture<HTMLElement>(html`<license-screen lang="nl" endpoint="https://crm.example/api"
      .fetch=${stubFetch({ '/licenses': json(normalLicenses()) })}></license-screen>`);
    const list = () => el.shadowRoot?.querySelector('license-list');
    await until(() => list()?.shadowRoot?.querySelector('caption')?.textContent === 'Licentielijst', 'Dutch inside the screen');
  });

  it('formats dates and numbers through Intl in the locale', () => {
    expect(formatNumber(12345, 'de')).to.equal('12.345');
    expect(formatNumber(12345, 'en')).to.equal('12,345');
    expect(formatDate('2027-06-30', 'sv')).to.equal('30 juni 2027');
    expect(formatDate('2027-06-30', 'en')).to.equal('Jun 30, 2027');
    expect(formatDateTime('2027-06-30', 'en')).to.equal('Jun 30, 2027');
    expect(formatDateTime('2026-11-23T09:30:00Z', 'nl')).to.contain('2026');
    const now = Date.parse('2026-11-23T09:00:00Z');
    expect(formatRelative('2026-11-23T09:20:00Z', now, 'en')).to.equal('in 20 minutes');
    expect(formatRelative('2026-11-20T09:00:00Z', now, 'en')).to.equal('3 days ago');
    expect(formatRelative('2026-11-23T09:00:10Z', now, 'en')).to.equal('this minute');
    expect(daysUntil('2026-12-03', now)).to.equal(10);
    expect(daysUntil('2026-11-22', now)).to.equal(-1);
  });
});

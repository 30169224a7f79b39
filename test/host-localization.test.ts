/**
 * A host that runs @lit/localize itself configures it before the elements load: the elements must not
 * break it (a second configureLocalization throws), must follow the host's locale, and the host can merge
 * the library's templates into its own loader.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, type LocaleModule } from '@lit/localize';
// Importing the library configures nothing: only a connecting element would, and only if nobody had.
import { ensureLocalization, loadLicenseTemplates, useHostLocalization } from '../src/index.js';
import { json, normalLicenses, stubFetch, until } from './helpers.js';

const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['sv'],
  // The host's own strings plus the library's, as docs/README describe.
  loadLocale: async (locale): Promise<LocaleModule> => {
    const library = await loadLicenseTemplates(locale);
    return { templates: { ...library?.templates, hostGreeting: 'Hej' } };
  },
});

describe('a host that configures @lit/localize itself', () => {
  it('keeps the host in charge and shows the elements in the host locale', async () => {
    useHostLocalization();
    expect(() => ensureLocalization()).not.to.throw();
    const fetch = stubFetch({ '/licenses': json(normalLicenses()) });
    // The element asks for German; the host owns the locale, so nothing changes until the host switches.
    const el = await fixture<HTMLElement>(html`<license-list lang="de" endpoint="https://crm.example/api" .fetch=${fetch}></license-list>`);
    const caption = () => el.shadowRoot?.querySelector('caption')?.textContent;
    await until(() => caption() === 'License list', 'English (the host locale)');
    await setLocale('sv');
    await until(() => caption() === 'Licensförteckning', 'Swedish after the host switched');
  });
});

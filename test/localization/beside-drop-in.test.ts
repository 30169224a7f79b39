/**
 * The npm build and the drop-in bundle (another copy of the library, with its own Lit and @lit/localize)
 * on one page, plus a host's own @lit/localize: three copies, three languages, no interference.
 * Runs against `dist/bundle/license-widgets.js`, which `npm test` builds first.
 */
import { expect } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import '../../src/index.js';
import { expectShownIn, expectStillIn, listElement } from './setups.js';

// A variable keeps the compiler from resolving a build output that exists only after `npm run build`.
const BUNDLE = '/dist/bundle/license-widgets.js';

describe('localization: the npm build beside the drop-in bundle', () => {
  before(async () => {
    const bundle = (await import(/* @vite-ignore */ BUNDLE)) as { LicenseList: CustomElementConstructor };
    // The tags are the npm copy's already; the bundle's class is registered under a name of its own.
    customElements.define('dropin-license-list', class extends bundle.LicenseList {});
  });

  it('shows each copy in its own language, dates included, and a host locale changes neither', async () => {
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['da'],
      loadLocale: async () => ({ templates: {} }),
    });
    const npm = listElement('de');
    const dropIn = listElement('sv', 'dropin-license-list');
    await expectShownIn(npm, 'de');
    await expectShownIn(dropIn, 'sv');
    expect(customElements.get('dropin-license-list')).not.to.equal(customElements.get('license-list'));

    dropIn.setAttribute('lang', 'nl');
    await expectShownIn(dropIn, 'nl');
    await expectStillIn(npm, 'de');
    npm.setAttribute('lang', 'nb');
    await expectShownIn(npm, 'nb');
    await expectStillIn(dropIn, 'nl');

    await setLocale('da');
    await expectStillIn(npm, 'nb');
    await expectStillIn(dropIn, 'nl');
  });
});

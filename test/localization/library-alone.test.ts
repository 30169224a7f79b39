/**
 * The library alone on a page: every element speaks the language of its own `lang` (or the nearest
 * ancestor's), dates and numbers included, however many languages the page holds.
 */
import { expect } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import '../../src/index.js';
import { expectShownIn, expectStillIn, listElement } from './setups.js';

describe('localization: the library alone', () => {
  afterEach(() => document.querySelectorAll('license-list').forEach((el) => el.remove()));

  it('ends in the last language asked for, however the locale modules finish loading', async () => {
    // First in this file, so none of these locale modules is loaded yet.
    const el = listElement('sv');
    for (const lang of ['da', 'nb', 'nl', 'en']) {
      await Promise.resolve();
      el.setAttribute('lang', lang);
    }
    await expectShownIn(el, 'en');
    await expectStillIn(el, 'en');
    el.setAttribute('lang', 'de');
    el.setAttribute('lang', 'nb');
    await expectShownIn(el, 'nb');
    await expectStillIn(el, 'nb');
  });

  it('shows two elements with different lang values each in its own language', async () => {
    const swedish = listElement('sv');
    const german = listElement('de');
    await expectShownIn(swedish, 'sv');
    await expectShownIn(german, 'de');
    swedish.setAttribute('lang', 'nl');
    await expectShownIn(swedish, 'nl');
    await expectStillIn(german, 'de');
  });

  it('ignores the locale events of other @lit/localize copies on the page', async () => {
    const el = listElement('da');
    await expectShownIn(el, 'da');
    // What another copy's setLocale('de') announces to the window.
    window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'loading', loadingLocale: 'de' } }));
    window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: 'de' } }));
    await expectStillIn(el, 'da');
  });

  it("follows lang changes inside a host app's own shadow roots", async () => {
    // A host component (Lit, Angular, Stencil…) that puts the list in its shadow root under a container.
    const app = document.createElement('div');
    document.body.append(app);
    const shadow = app.attachShadow({ mode: 'open' });
    const container = document.createElement('section');
    container.setAttribute('lang', 'sv');
    shadow.append(container);
    try {
      const el = listElement(null, 'license-list', container);
      await expectShownIn(el, 'sv');
      container.setAttribute('lang', 'da');
      await expectShownIn(el, 'da');
      el.setAttribute('lang', 'nl');
      await expectShownIn(el, 'nl');
    } finally {
      app.remove();
    }
  });

  it('maps a regional or unknown tag onto its language (nb-NO, no, fr)', async () => {
    const regional = listElement('nb-NO');
    const macro = listElement('no');
    const unknown = listElement('fr');
    await expectShownIn(regional, 'nb');
    await expectShownIn(macro, 'nb');
    await expectShownIn(unknown, 'en');
    expect(regional.shadowRoot?.querySelector('caption')?.textContent).to.equal('Lisensliste');
  });
});

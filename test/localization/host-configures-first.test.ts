/**
 * A host that runs @lit/localize itself and configures it before the library is even imported: the
 * host keeps its own locale and strings, and the elements still speak their `lang`.
 */
import { expect } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { expectShownIn, expectStillIn, listElement } from './setups.js';

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['sv', 'de'],
  loadLocale: async (locale) => ({ templates: { greeting: locale === 'sv' ? 'Hej' : 'Hallo' } }),
});
const greeting = () => msg('Hello', { id: 'greeting' });

describe('localization: a host that configures @lit/localize first', () => {
  before(async () => {
    await import('../../src/index.js');
  });

  it('keeps the host in charge of its own locale while the elements speak their lang', async () => {
    const el = listElement('de');
    await expectShownIn(el, 'de');
    await setLocale('sv');
    expect(greeting()).to.equal('Hej');
    await expectStillIn(el, 'de');
    el.setAttribute('lang', 'da');
    await expectShownIn(el, 'da');
    expect(getLocale()).to.equal('sv');
    expect(greeting()).to.equal('Hej');
  });

  it('lets the host switch its locale as often as it likes', async () => {
    const el = listElement('nl');
    await expectShownIn(el, 'nl');
    await setLocale('de');
    await setLocale('en');
    expect(greeting()).to.equal('Hello');
    await expectStillIn(el, 'nl');
  });
});

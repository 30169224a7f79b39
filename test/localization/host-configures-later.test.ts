/**
 * A host whose own @lit/localize set-up runs after elements of the library are already in the page and
 * connected (the common case of a tag in the markup): configuring must not throw, and neither side
 * changes the other's language.
 */
import { expect } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import '../../src/index.js';
import { expectShownIn, expectStillIn, listElement } from './setups.js';

describe('localization: a host that configures @lit/localize after the elements connected', () => {
  it('configures without an error and keeps both languages apart', async () => {
    const el = listElement('sv');
    await expectShownIn(el, 'sv');
    let setLocale: (locale: string) => Promise<void> = async () => {};
    expect(() => {
      ({ setLocale } = configureLocalization({
        sourceLocale: 'en',
        targetLocales: ['de'],
        loadLocale: async () => ({ templates: { greeting: 'Hallo' } }),
      }));
    }).not.to.throw();
    await setLocale('de');
    expect(msg('Hello', { id: 'greeting' })).to.equal('Hallo');
    await expectStillIn(el, 'sv');
    // Elements connected after the host's set-up behave the same.
    const later = listElement('nb');
    await expectShownIn(later, 'nb');
    expect(msg('Hello', { id: 'greeting' })).to.equal('Hallo');
  });
});

/** The demo page's URL scheme (demo/url-state.ts): readable, and read back as it was written. */
import { expect } from '@open-wc/testing';
import { attributeValue, DEFAULT_SETTINGS, readState, urlValue, writeState } from '../demo/url-state.js';

describe('demo URL state', () => {
  it('writes the settings and each example’s attributes readably', () => {
    const search = writeState({
      settings: { ...DEFAULT_SETTINGS, scenario: 'expired', lang: 'de', view: 'gallery', element: 'status-panel', width: 'phone' },
      attributes: { 'license-screen': { tab: 'status' }, 'system-events-table': { selected: '3', editable: 'false' } },
    });
    expect(search).to.equal(
      '?scenario=expired&lang=de&theme=light&view=gallery&element=status-panel&width=phone' +
        '&license-screen.tab=status&system-events-table.selected=3&system-events-table.editable=false',
    );
  });

  it('leaves out the defaults of view and width, and the element outside the gallery', () => {
    expect(writeState({ settings: { ...DEFAULT_SETTINGS, element: 'license-list' }, attributes: {} })).to.equal(
      '?scenario=normal&lang=en&theme=light',
    );
    expect(writeState({ settings: { ...DEFAULT_SETTINGS, view: 'gallery' }, attributes: {} })).to.contain('element=license-screen');
  });

  it('reads back what it wrote, and takes defaults for what a link leaves out', () => {
    const state = {
      settings: { ...DEFAULT_SETTINGS, theme: 'dark', width: 'tablet' },
      attributes: { 'license-detail': { owner: 'SUPEROFFICE', module: '' } },
    };
    expect(readState(writeState(state))).to.deep.equal(state);
    expect(readState('?lang=sv').settings).to.deep.equal({ ...DEFAULT_SETTINGS, lang: 'sv' });
  });

  it('writes a boolean attribute as true or false, any other as its value (empty for none)', () => {
    expect([urlValue('boolean', ''), urlValue('boolean', null), urlValue('text', 'status'), urlValue('text', null)]).to.deep.equal([
      'true',
      'false',
      'status',
      '',
    ]);
    expect([attributeValue('boolean', 'true'), attributeValue('boolean', 'false'), attributeValue('text', 'a b'), attributeValue('text', '')]).to.deep.equal([
      '',
      null,
      'a b',
      null,
    ]);
  });
});

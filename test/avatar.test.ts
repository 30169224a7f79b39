import { expect } from '@open-wc/testing';
import { initials } from '../src/internal/avatar.js';

describe('initials', () => {
  it('takes the first and last name, by code point', () => {
    expect(initials('Kari Nordmann')).to.equal('KN');
    expect(initials('  Jan  ')).to.equal('J');
    expect(initials('Åse Øvre Ødegård')).to.equal('ÅØ');
    expect(initials('😀 Smile')).to.equal('😀S');
    expect(initials('')).to.equal('');
  });
});

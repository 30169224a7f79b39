import { expect } from '@open-wc/testing';
import { dataUrl } from '../src/data/url-policy.js';

const HTTPS = 'https://crm.example/api';
const HTTP = 'http://intranet.example/api';

describe('dataUrl: the one rule for URLs from data', () => {
  const cases: [string, string, string | null][] = [
    ['https://cdn.example/jan.png', HTTPS, 'https://cdn.example/jan.png'],
    ['HTTPS://cdn.example/jan.png', HTTPS, 'https://cdn.example/jan.png'],
    ['http://cdn.example/jan.png', HTTPS, null],
    ['http://cdn.example/jan.png', HTTP, 'http://cdn.example/jan.png'],
    ['/portraits/jan.png', HTTPS, 'https://crm.example/portraits/jan.png'],
    ['./jan.png', HTTPS, 'https://crm.example/jan.png'],
    ['../portraits/jan.png', `${HTTPS}/v1/`, 'https://crm.example/api/portraits/jan.png'],
    ['//other.example/x', HTTPS, null],
    ['/\\other.example/x', HTTPS, null],
    ['javascript:alert(1)', HTTPS, null],
    ['JaVaScRiPt:alert(1)', HTTPS, null],
    ['java\tscript:alert(1)', HTTPS, null],
    [' javascript:alert(1)', HTTPS, null],
    ['data:image/svg+xml,<svg onload=alert(1)>', HTTPS, null],
    ['blob:https://crm.example/1234', HTTPS, null],
    ['Kari Nordmann', HTTPS, null],
    ['portrait.png', HTTPS, null],
    ['https://user:secret@cdn.example/x.png', HTTPS, null],
    ['https://cdn.example/a b.png', HTTPS, null],
    ['', HTTPS, null],
  ];
  for (const [value, endpoint, expected] of cases) {
    it(`${JSON.stringify(value)} under ${endpoint} → ${expected ?? 'refused'}`, () => {
      expect(dataUrl(value, endpoint)).to.equal(expected);
    });
  }

  it('reads a relative endpoint against the page, and refuses everything without one to resolve against', () => {
    expect(dataUrl('/p/jan.png', '/demo-api/normal')).to.equal(`${location.origin}/p/jan.png`);
    expect(dataUrl(null, HTTPS)).to.equal(null);
  });
});

describe('portraits from data in the elements', () => {
  const person = (portraitUrl: string) => ({ id: 'JAN', name: 'Jan Berg', portraitUrl });
  const hostile = ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', '//other.example/x.png', 'Kari'];

  it('shows only allowed portraits, without a referrer, and initials for the rest', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    await import('../src/elements/system-events-table/define.js');
    const { event } = await import('./system-events-fixtures.js');
    const events = [...hostile, 'https://cdn.example/jan.png'].map((url, i) => event(String(i), { activatedBy: person(url) }));
    const el = await fixture(html`<system-events-table lang="en" endpoint="https://crm.example/api" .events=${events}></system-events-table>`);
    const images = [...(el.shadowRoot as ShadowRoot).querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).to.deep.equal(['https://cdn.example/jan.png']);
    expect(images[0]?.getAttribute('referrerpolicy')).to.equal('no-referrer');
    const avatars = [...(el.shadowRoot as ShadowRoot).querySelectorAll('[part=avatar]')].map((avatar) => avatar.textContent?.trim());
    expect(avatars).to.deep.equal(['JB', 'JB', 'JB', 'JB', 'JB']);
  });
});

describe('shop links from data', () => {
  it('an owner whose shopUrl is refused is still shown, with no purchase link', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    await import('../src/elements/license-screen/define.js');
    const { json, normalLicenses, stubFetch, until } = await import('./helpers.js');
    const links = async (shopUrl: string) => {
      const licenses = normalLicenses();
      licenses.owners[0]!.shopUrl = shopUrl;
      const fetch = stubFetch({ '/licenses': json(licenses) });
      const el = await fixture(html`<license-screen lang="en" endpoint="https://crm.example/api" .fetch=${fetch}></license-screen>`);
      const root = el.shadowRoot as ShadowRoot;
      await until(() => !!root.querySelector('[part~=file-button]'), 'the owner tab');
      return [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    };
    expect(await links('javascript:alert(1)')).to.deep.equal([]);
    expect(await links('//shop.example/buy')).to.deep.equal([]);
    expect(await links('https://shop.example/buy')).to.deep.equal(['https://shop.example/buy']);
  });
});

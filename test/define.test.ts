import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { LIBRARY_VERSION, LicenseList, defineElement } from '../src/index.js';
import { json, normalLicenses, stubFetch, until, visibleText } from './helpers.js';

describe('registration', () => {
  it('knows its own version, the one in package.json (warnings name it)', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(LIBRARY_VERSION).to.equal(version);
  });

  it('does not throw when a tag is already defined by the same class', () => {
    expect(() => defineElement('license-list', LicenseList)).not.to.throw();
    expect(customElements.get('license-list')).to.equal(LicenseList);
  });

  it('warns, without throwing, when another version holds the tag', () => {
    class Other extends LicenseList {
      static override libraryVersion = '9.9.9';
    }
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(() => defineElement('license-list', Other)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(warnings.join()).to.contain(`<license-list> is already defined by version ${LIBRARY_VERSION}`);
    expect(customElements.get('license-list')).to.equal(LicenseList);
  });

  it('lets a host register the class under a name of its own', async () => {
    const tag = 'acme-licenses';
    defineElement(tag, class extends LicenseList {});
    const fetch = stubFetch({ '/licenses': json(normalLicenses()) });
    const el = await fixture<LicenseList>(staticHtml`<${unsafeStatic(tag)} lang="en" endpoint="https://crm.example/api" .fetch=${fetch}></${unsafeStatic(tag)}>`);
    await until(() => visibleText(el).includes('Sales-Premium'), 'renamed element renders');
    expect(el).to.be.instanceOf(LicenseList);
  });
});

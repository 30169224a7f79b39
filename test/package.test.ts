/**
 * The npm build as a host's bundler sees it: `dist/index.js` (ESM per module, Lit external) defines every
 * tag and exports the classes and helpers. Runs against the output of `npm run build`, which `npm test`
 * runs first.
 */
import { expect } from '@open-wc/testing';

// A variable keeps the compiler from resolving a build output that exists only after `npm run build`.
const ENTRY = '/dist/index.js';

const TAGS: Record<string, string> = {
  'license-screen': 'LicenseScreen',
  'license-list': 'LicenseList',
  'license-detail': 'LicenseDetail',
  'status-panel': 'StatusPanel',
  'system-events-table': 'SystemEventsTable',
};

describe('npm package build', () => {
  it('defines every tag with the exported class, and exports the public API', async () => {
    const api = (await import(/* @vite-ignore */ ENTRY)) as Record<string, unknown>;
    for (const name of ['registerLicenseTab', 'defineElement', 'ContractDataSource', 'resolveLocale']) {
      expect(api[name], name).to.be.a('function');
    }
    for (const [tag, className] of Object.entries(TAGS)) {
      expect(api[className], className).to.be.a('function');
      expect(customElements.get(tag), tag).to.equal(api[className]);
    }
  });
});

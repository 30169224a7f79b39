/**
 * The drop-in bundle as a host uses it: one module script, Lit inside, every tag defined (the screen and
 * the list at once, the others when the page holds one), localization configured. Runs against `dist/bundle/license-widgets.js`, which `npm test` builds first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers.js';

// A variable keeps the compiler from resolving a build output that exists only after `npm run build`.
const BUNDLE = '/dist/bundle/license-widgets.js';

describe('drop-in bundle', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  // First, before any of these tags is placed in the document itself (which would load its code).
  it('defines a tag the host placed inside its own shadow root, soon after start', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<status-panel lang="en"></status-panel>';
    const panel = root.querySelector('status-panel')!;
    await until(() => !!customElements.get('status-panel'), 'status-panel defined', 8000);
    expect(panel).to.be.instanceOf(customElements.get('status-panel')!);
  });

  it('defines the screen and the list at once, and the other tags when one is placed on the page', async () => {
    for (const tag of ['license-screen', 'license-list']) expect(customElements.get(tag), tag).to.be.a('function');
    for (const tag of ['license-detail', 'status-panel', 'system-events-table']) {
      await fixture(`<div><${tag} lang="en"></${tag}></div>`);
      await customElements.whenDefined(tag);
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('renders the screen on the demo endpoint, localized', async () => {
    const el = await fixture<HTMLElement>(html`<license-screen lang="sv" endpoint="/demo-api/normal"></license-screen>`);
    const list = () => el.shadowRoot?.querySelector('license-list');
    await until(() => !!list()?.shadowRoot?.querySelector('caption'), 'list rendered', 8000);
    await until(() => list()?.shadowRoot?.querySelector('caption')?.textContent === 'Licensförteckning', 'Swedish', 8000);
  });
});

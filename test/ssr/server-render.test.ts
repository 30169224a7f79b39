/**
 * Server rendering: every element of the built package renders to declarative shadow DOM under
 * @lit-labs/ssr in Node (test/ssr/server-render.mjs, served at /ssr/<tag>), shows its loading state there,
 * and hydrates in the browser: the server's DOM is kept, then the data and the page's language arrive.
 */
// Before anything loads Lit: hydration support has to patch LitElement as it is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { until } from '../helpers.js';

const LOADING: Record<string, string> = {
  'license-screen': 'Loading licenses…',
  'license-list': 'Loading licenses…',
  'license-detail': 'Loading the license…',
  'status-panel': 'Loading status…',
  'system-events-table': 'Loading events…',
};
const ATTRIBUTES: Record<string, Record<string, string>> = {
  'license-detail': { owner: 'SUPEROFFICE', module: 'ten-sales' },
};

async function serverRendered(tag: string, attributes: Record<string, string> = {}): Promise<string> {
  const query = new URLSearchParams({ endpoint: '/demo-api/normal', ...ATTRIBUTES[tag], ...attributes });
  const response = await fetch(`/ssr/${tag}?${query}`);
  const body = await response.text();
  expect(response.status, body).to.equal(200);
  return body;
}

/** Parses server HTML as a browser receiving the page does: declarative shadow roots attach. */
function insert(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.setHTMLUnsafe(markup);
  document.body.append(container);
  return container;
}

const shadowText = (el: Element | null | undefined) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('server rendering', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((container) => container.remove()));

  for (const [tag, loading] of Object.entries(LOADING)) {
    it(`renders <${tag}> to declarative shadow DOM with its loading state`, async () => {
      const markup = await serverRendered(tag);
      expect(markup).to.match(new RegExp(`^(<!--[^>]*-->)*<${tag}[ >]`));
      expect(markup).to.contain('<template shadowroot="open" shadowrootmode="open">');
      // The parsed result, before any script runs on it: a shadow root with the loading message.
      const parsed = Document.parseHTMLUnsafe(`<body>${markup}</body>`).querySelector(tag);
      expect(parsed?.shadowRoot, 'declarative shadow root').to.exist;
      expect(shadowText(parsed)).to.contain(loading);
      expect(parsed?.shadowRoot?.querySelector('[part=loading][role=status]')).to.exist;
    });
  }

  it('keeps the status panel\'s events table server-rendered inside it, ready to hydrate', async () => {
    const parsed = Document.parseHTMLUnsafe(`<body>${await serverRendered('status-panel')}</body>`);
    const table = parsed.querySelector('status-panel')?.shadowRoot?.querySelector('system-events-table');
    expect(table?.hasAttribute('defer-hydration')).to.equal(true);
    expect(shadowText(table)).to.contain('Loading events…');
    // The note for hosts that registered the panel without its table has no place here.
    expect(parsed.querySelector('status-panel')?.shadowRoot?.querySelector('.events-note')).to.equal(null);
  });

  it('hydrates <license-list>: keeps the server DOM, then shows the data in the page language', async () => {
    const container = insert(await serverRendered('license-list', { lang: 'sv' }));
    const el = container.querySelector('license-list') as HTMLElement & { updateComplete: Promise<boolean> };
    const serverLoading = el.shadowRoot?.querySelector('[part=loading]');
    expect(serverLoading).to.exist;
    await el.updateComplete;
    // Hydrated, not rendered again: the server's node is the one on screen, and only one of it.
    expect(el.shadowRoot?.querySelectorAll('[part=loading]')).to.have.length(1);
    const caption = () => el.shadowRoot?.querySelector('caption')?.textContent;
    await until(() => caption() === 'Licensförteckning', 'the data, in Swedish');
    expect(el.shadowRoot?.querySelectorAll('table')).to.have.length(1);
    const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('license-select', (event) => resolve(event as CustomEvent)));
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part=license-name]')?.click();
    expect((await selected).detail).to.have.property('ownerId');
  });

  it('hydrates in the server\'s language first, then switches, even when the page already has the language', async () => {
    // Swedish is loaded already: a first render in Swedish would not match the server's English text,
    // and hydration would leave that text on screen.
    const swedish = insert(await serverRendered('license-list', { lang: 'sv' })).querySelector('license-list');
    await until(() => swedish?.shadowRoot?.querySelector('caption')?.textContent === 'Licensförteckning', 'Swedish loaded');
    const container = insert(await serverRendered('status-panel', { lang: 'sv', endpoint: '/demo-api/slow' }));
    const el = container.querySelector('status-panel') as HTMLElement & { updateComplete: Promise<boolean> };
    const heading = () => el.shadowRoot?.querySelector('#metered-h')?.textContent;
    await el.updateComplete;
    expect(heading(), 'hydrated in the language the server rendered').to.equal('Metered services');
    await until(() => heading() === 'Tjänster med datapriser', 'the heading in Swedish');
  });

  it('hydrates <license-screen> with its tabs once the data is there', async () => {
    const container = insert(await serverRendered('license-screen', { lang: 'de' }));
    const el = container.querySelector('license-screen') as HTMLElement;
    await until(() => (el.shadowRoot?.querySelectorAll('[role=tab]').length ?? 0) > 1, 'tabs');
    const list = el.shadowRoot?.querySelector('license-list');
    await until(() => list?.shadowRoot?.querySelector('caption')?.textContent === 'Lizenzliste', 'the list in German');
  });

  it('hydrates <status-panel> and the events table inside it', async () => {
    const container = insert(await serverRendered('status-panel'));
    const el = container.querySelector('status-panel') as HTMLElement;
    await until(() => !!el.shadowRoot?.querySelector('[part=database]'), 'the database facts');
    const table = el.shadowRoot?.querySelector('system-events-table');
    await until(() => !!table?.shadowRoot?.querySelector('table[role=grid]'), 'the events');
    expect(table?.hasAttribute('defer-hydration')).to.equal(false);
    expect(table?.shadowRoot?.querySelectorAll('[part=loading]')).to.have.length(0);
  });
});

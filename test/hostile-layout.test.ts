/**
 * Hostile text in the layout: a 100,000-character unbroken name in every text field wraps inside its box
 * instead of widening the page, and a right-to-left override in data cannot reorder the sentence around it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SystemEvent } from '../src/data/schema.js';
import { json, normalLicenses, stubFetch, until } from './helpers.js';
import { event } from './system-events-fixtures.js';

const LONG = 'W'.repeat(100_000);
const RLO = '\u202E';

function hostileLicenses() {
  const licenses = normalLicenses();
  for (const owner of licenses.owners) {
    owner.name = `${owner.name}${LONG}`;
    owner.companyName = LONG;
    owner.serialNumber = LONG;
    for (const module of owner.modules) {
      module.name = `${module.name}${LONG}`;
      module.description = LONG;
    }
  }
  return licenses;
}

/** Every element in the tree, shadow roots included. */
function deepElements(root: Element): Element[] {
  const found: Element[] = [root];
  const walk = (node: ParentNode) =>
    node.querySelectorAll('*').forEach((el) => {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    });
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

async function inBox(template: unknown) {
  const box = await fixture<HTMLElement>(html`<div style="inline-size: 600px">${template}</div>`);
  return box;
}

function expectNoOverflow(box: HTMLElement) {
  expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(innerWidth);
  expect(box.scrollWidth, 'container width').to.be.at.most(box.clientWidth + 1);
  const wide = deepElements(box)
    .filter((el) => el.getBoundingClientRect().right > box.getBoundingClientRect().right + 1)
    .filter((el) => getComputedStyle(el).display !== 'none' && !(el.closest('dialog') && !(el.closest('dialog') as HTMLDialogElement).open));
  expect(wide.map((el) => el.localName + (el.className ? `.${String(el.className)}` : '')), 'elements past the container').to.deep.equal([]);
}

describe('hostile layout', function () {
  // Laying out a hundred 100,000-character words is slow on a loaded machine; the check is the width.
  this.timeout(60_000);
  it('<license-screen> with 100,000-character names stays inside a 600 px box', async () => {
    const fetch = stubFetch({ '/licenses': json(hostileLicenses()) });
    const box = await inBox(html`<license-screen lang="en" endpoint="https://crm.example/api" .fetch=${fetch}></license-screen>`);
    const screen = box.querySelector('license-screen') as HTMLElement;
    await until(() => !!screen.shadowRoot?.querySelector('license-list')?.shadowRoot?.querySelector('tbody tr'), 'licenses shown', 50_000);
    expectNoOverflow(box);
  });

  it('<license-list> alone with 100,000-character names stays inside a 600 px box', async () => {
    const fetch = stubFetch({ '/licenses': json(hostileLicenses()) });
    const box = await inBox(html`<license-list lang="en" endpoint="https://crm.example/api" .fetch=${fetch}></license-list>`);
    const list = box.querySelector('license-list') as HTMLElement;
    await until(() => !!list.shadowRoot?.querySelector('tbody tr'), 'licenses shown', 50_000);
    expectNoOverflow(box);
  });

  it('<system-events-table> with 100,000-character names, messages and people stays inside a 600 px box', async () => {
    const events: SystemEvent[] = [
      event('1', { name: LONG, message: LONG, description: LONG, activatedBy: { id: LONG, name: LONG, portraitUrl: null } }),
      event('2'),
    ];
    const box = await inBox(html`<system-events-table lang="en" .events=${events} selected="1"></system-events-table>`);
    const table = box.querySelector('system-events-table') as HTMLElement & { updateComplete: Promise<unknown> };
    await table.updateComplete;
    expectNoOverflow(box);
  });

  it('isolates data inside a translated sentence, so an override character cannot reorder it', async () => {
    const licenses = normalLicenses();
    const owner = licenses.owners[0]!;
    owner.name = `${RLO}Evil`;
    owner.modules = [];
    const fetch = stubFetch({ '/licenses': json(licenses) });
    const el = await fixture<HTMLElement>(html`<license-list lang="en" endpoint="https://crm.example/api" owner=${owner.id} .fetch=${fetch}></license-list>`);
    await until(() => !!el.shadowRoot?.textContent?.includes('has no licenses'), 'empty owner shown');
    expect(el.shadowRoot?.textContent).to.contain(`\u2068${RLO}Evil\u2069 has no licenses to show.`);
    const cells = [...(el.shadowRoot?.querySelectorAll('dd, th, td') ?? [])];
    for (const cell of cells) expect(getComputedStyle(cell).unicodeBidi).to.equal('isolate');
  });
});

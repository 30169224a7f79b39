/**
 * Hostile text in the layout: a 100,000-character unbroken name in every text field wraps inside its box
 * instead of widening the page, and a right-to-left override in data cannot reorder the sentence around it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SystemEvent } from '../src/data/schema.js';
import { json, normalLicenses, problem, stubFetch, until } from './helpers.js';
import { event, shadow } from './system-events-fixtures.js';
import { licenseDetail as demoDetail, status as demoStatus } from '../demo/endpoint/fixtures.js';

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
  walk(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

async function inBox(template: unknown) {
  const box = await fixture<HTMLElement>(html`<div style="inline-size: 600px">${template}</div>`);
  return box;
}

function expectNoOverflow(box: HTMLElement) {
  const wide = deepElements(box)
    .filter((el) => el.getBoundingClientRect().right > box.getBoundingClientRect().right + 1 && !scrolledWithin(el, box))
    .filter((el) => getComputedStyle(el).display !== 'none' && !(el.closest('dialog') && !(el.closest('dialog') as HTMLDialogElement).open));
  expect(wide.map((el) => el.localName + (el.className ? `.${String(el.className)}` : '')), 'elements past the container').to.deep.equal([]);
  const inView = deepElements(box).filter((el) => !scrolledWithin(el, box));
  expect(textPast(inView, box.getBoundingClientRect().right), 'text past the container').to.deep.equal([]);
  expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(innerWidth);
  expect(box.scrollWidth, 'container width').to.be.at.most(box.clientWidth + 1);
}

/** The next ancestor, across shadow roots. */
const parentOf = (el: Element): Element | null =>
  el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);

/**
 * Inside a scroll container that itself stays in the box (the events table scrolls sideways in its own
 * frame): what is past the box there is scrolled to, not overflowing the page.
 */
function scrolledWithin(el: Element, box: Element): boolean {
  for (let node = parentOf(el); node && node !== box; node = parentOf(node)) {
    const overflow = getComputedStyle(node).overflowX;
    if (overflow !== 'visible' && node.getBoundingClientRect().right <= box.getBoundingClientRect().right + 1) return true;
  }
  return false;
}

/** Text that runs out of its element's box (a box may stay narrow while its text overflows it). */
function textPast(elements: Element[], right: number): string[] {
  const range = document.createRange();
  return elements.flatMap((el) =>
    [...el.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
      .filter((node) => {
        range.selectNodeContents(node);
        return range.getBoundingClientRect().right > right + 1;
      })
      .map(() => el.localName + (el.className ? `.${String(el.className)}` : '')),
  );
}

/** An open dialog sits in the top layer, sized to the window: it and everything in it stay inside both. */
function expectDialogFits(dialog: HTMLDialogElement) {
  expect(dialog.open, 'dialog open').to.equal(true);
  const box = dialog.getBoundingClientRect();
  expect(box.right, 'dialog inside the window').to.be.at.most(innerWidth + 1);
  const wide = [...dialog.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > box.right + 1 && getComputedStyle(el).display !== 'none')
    .map((el) => el.localName + (el.className ? `.${String(el.className)}` : ''));
  expect(wide, 'elements past the dialog').to.deep.equal([]);
  expect(textPast([dialog, ...dialog.querySelectorAll('*')], box.right), 'text past the dialog').to.deep.equal([]);
  expect(dialog.scrollWidth, 'dialog width').to.be.at.most(dialog.clientWidth + 1);
}

const partIn = <T extends Element = HTMLButtonElement>(root: ParentNode, name: string) => root.querySelector(`[part~=${name}]`) as T;

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

  it('<license-detail> with 100,000-character names, people and notes stays inside a 600 px box', async () => {
    const detail = {
      ...demoDetail('normal', 'SUPEROFFICE', 'ten-sales'),
      name: LONG,
      description: LONG,
      tooltip: `${LONG}!`,
      version: LONG,
      assignedTo: [{ id: 'JAN', name: LONG, portraitUrl: null }],
      history: [{ date: '2025-01-15', total: 20, note: LONG }],
    };
    const fetch = stubFetch({ '/licenses/SUPEROFFICE/ten-sales': json(detail) });
    const box = await inBox(html`<license-detail lang="en" endpoint="https://crm.example/api" owner="SUPEROFFICE" module="ten-sales" .fetch=${fetch}></license-detail>`);
    const el = box.querySelector('license-detail') as HTMLElement;
    await until(() => !!el.shadowRoot?.querySelector('[part=history]'), 'detail shown', 50_000);
    expectNoOverflow(box);
  });

  it('<status-panel> with 100,000-character database facts, plan and restrictions stays inside a 600 px box', async () => {
    const status = demoStatus('normal');
    Object.assign(status.database, { owner: LONG, serialNumber: LONG, subscription: LONG, type: LONG });
    if (status.database.loggedInUser) status.database.loggedInUser.name = LONG;
    if (status.plan) {
      status.plan.name = LONG;
      for (const restriction of status.plan.restrictions) restriction.label = LONG;
    }
    const fetch = stubFetch({ '/status': json(status), '/consumption?months=12': problem(404, LONG) });
    const box = await inBox(html`<status-panel lang="en" endpoint="https://crm.example/api" .fetch=${fetch}></status-panel>`);
    const el = box.querySelector('status-panel') as HTMLElement;
    await until(() => !!el.shadowRoot?.querySelector('dl') && !el.shadowRoot?.querySelector('[part=loading]'), 'status shown', 50_000);
    expectNoOverflow(box);
  });

  it('the Add event form with a 100,000-character refusal from the server fits its dialog and the window', async () => {
    const fetch = stubFetch({ '/events': [json({ events: [event('1')] }), problem(422, LONG)] });
    const box = await inBox(html`<system-events-table lang="en" editable endpoint="https://crm.example/api" .fetch=${fetch}></system-events-table>`);
    const table = box.querySelector('system-events-table') as HTMLElement;
    await until(() => !!partIn(shadow(table), 'add-button'), 'table shown');
    partIn(shadow(table), 'add-button').click();
    const dialog = () => shadow(table).querySelector('dialog') as HTMLDialogElement;
    await until(() => dialog()?.open, 'dialog open');
    partIn(dialog(), 'confirm-button').click();
    await until(() => !!partIn(shadow(table), 'form-error'), 'the refusal shown', 50_000);
    expectDialogFits(dialog());
  });

  it('the Delete confirmation of an event with a 100,000-character name fits its dialog and the window', async () => {
    const fetch = stubFetch({ '/events': json({ events: [event('1', { name: LONG })] }) });
    const box = await inBox(html`<system-events-table lang="en" editable selected="1" endpoint="https://crm.example/api" .fetch=${fetch}></system-events-table>`);
    const table = box.querySelector('system-events-table') as HTMLElement;
    await until(() => partIn(shadow(table), 'delete-button')?.disabled === false, 'the event selected', 50_000);
    partIn(shadow(table), 'delete-button').click();
    const dialog = () => shadow(table).querySelector('dialog') as HTMLDialogElement;
    await until(() => dialog()?.open, 'dialog open');
    expectDialogFits(dialog());
  });

  it('the activation dialog with 100,000-character license names fits the window', async () => {
    const licenses = hostileLicenses();
    const owner = licenses.owners[0]!;
    owner.canActivate = true;
    for (const module of owner.modules) module.pending = { newTotal: module.total + 5, added: 5 };
    const fetch = stubFetch({ '/licenses': json(licenses) });
    const box = await inBox(html`<license-screen lang="en" endpoint="https://crm.example/api" .fetch=${fetch}></license-screen>`);
    const screen = box.querySelector('license-screen') as HTMLElement;
    await until(() => !!partIn(shadow(screen), 'activate-button'), 'the owner tab', 50_000);
    partIn(shadow(screen), 'activate-button').click();
    const dialog = () => shadow(screen).querySelector('dialog.activation') as HTMLDialogElement;
    await until(() => dialog()?.open && !dialog().querySelector('[part=loading]'), 'the changes listed', 50_000);
    expectDialogFits(dialog());
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

/**
 * Hostile text in the layout: a 100,000-character unbroken name in every text field wraps inside its box
 * instead of widening the page, and a right-to-left override in data cannot reorder the sentence around it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SystemEvent } from '../src/data/schema.js';
import { json, normalLicenses, problem, stubFetch, until } from './helpers.js';
import { event, shadow } from './system-events-fixtures.js';
import { expectDialogFits, expectNoOverflow } from './layout-checks.js';
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

async function inBox(template: unknown) {
  const box = await fixture<HTMLElement>(html`<div style="inline-size: 600px">${template}</div>`);
  return box;
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

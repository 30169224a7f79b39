/** Shows a generated document in its element and checks that what it holds is on screen. */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { LicenseDetail, LicenseList, StatusPanel, SystemEventsTable } from '../../src/index.js';
import { stubFetch, until, visibleText } from '../helpers.js';
import { jsonAnswer } from './properties.js';
import { ENDPOINT } from './sources.js';

type Named = { name: string; hidden?: boolean };
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent ?? '');
const noAlert = (el: Element) => expect(shadow(el).querySelector('[role=alert]'), 'no error for a valid document').to.equal(null);
const noMadeUpValues = (el: Element) => expect(visibleText(el)).not.to.match(/Invalid Date|NaN|∞/);
const settled = (el: Element) => until(() => !shadow(el).querySelector('[part=loading]'), 'loaded');

function expectNames(shown: string[], names: string[], what: string) {
  for (const name of names) expect(shown.some((text) => text.includes(name)), `${what} "${name}" shown`).to.equal(true);
}

/** The first owner's tab lists each of its modules that is not hidden. */
export async function renderLicenses(text: string, document: unknown) {
  const owner = (document as { owners: { id: string; modules: Named[] }[] }).owners[0];
  const fetch = stubFetch({ '/licenses': jsonAnswer(text) });
  const el = await fixture<LicenseList>(html`<license-list lang="en" endpoint=${ENDPOINT} owner=${owner?.id ?? ''} .fetch=${fetch}></license-list>`);
  await settled(el);
  noAlert(el);
  expectNames(texts(el, '[part=license-name]'), (owner?.modules ?? []).filter((m) => !m.hidden).map((m) => m.name), 'module');
  noMadeUpValues(el);
  fixtureCleanup();
}

export async function renderLicenseDetail(text: string, document: unknown) {
  const fetch = stubFetch({ '/licenses/SUPEROFFICE/ten-sales': jsonAnswer(text) });
  const el = await fixture<LicenseDetail>(
    html`<license-detail lang="en" endpoint=${ENDPOINT} owner="SUPEROFFICE" module="ten-sales" .fetch=${fetch}></license-detail>`,
  );
  await until(() => !!shadow(el).querySelector('[part=name]') || !!shadow(el).querySelector('[role=alert]'), 'detail');
  noAlert(el);
  expectNames(texts(el, '[part=name]'), [(document as Named).name], 'license');
  noMadeUpValues(el);
  fixtureCleanup();
}

async function renderPanel(routes: Record<string, () => Promise<Response>>) {
  const fetch = stubFetch({ '/events': jsonAnswer('{"events":[]}'), ...routes });
  const el = await fixture<StatusPanel>(html`<status-panel lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></status-panel>`);
  await until(() => !!shadow(el).querySelector('[part=database], [role=alert]'), 'status');
  return el;
}

/** The plan's restrictions are listed by label. */
export async function renderStatus(text: string, document: unknown) {
  const el = await renderPanel({ '/status': jsonAnswer(text) });
  noAlert(el);
  const plan = (document as { plan?: { restrictions: { label: string }[] } | null }).plan;
  expectNames(texts(el, '[part=restriction]'), (plan?.restrictions ?? []).map((r) => r.label), 'restriction');
  noMadeUpValues(el);
  fixtureCleanup();
}

/** The dashboard has a section for each metered service. */
export async function renderConsumption(text: string, document: unknown) {
  const status = JSON.stringify({
    database: { owner: 'o', serialNumber: '1', subscription: 's', type: 't', role: 'central', nextExpiryDate: null, loggedInUser: null },
    userCount: 1,
  });
  const el = await renderPanel({ '/status': jsonAnswer(status), '/consumption': jsonAnswer(text) });
  shadow(el).querySelector<HTMLButtonElement>('[part=dashboard-button]')!.click();
  const services = (document as { services: unknown[] }).services;
  await until(() => shadow(el).querySelectorAll('[part=service]').length === services.length, 'services');
  noAlert(el);
  noMadeUpValues(el);
  fixtureCleanup();
}

/** The table's rows (a window of them, for a long list) are events of the document. */
export async function renderEvents(text: string, document: unknown) {
  const events = (document as { events: Named[] }).events;
  const el = await fixture<SystemEventsTable>(
    html`<system-events-table lang="en" endpoint=${ENDPOINT} refresh-interval="0" .fetch=${stubFetch({ '/events': jsonAnswer(text) })}></system-events-table>`,
  );
  await settled(el);
  noAlert(el);
  const shown = [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr[aria-rowindex]')].map((row) => row.cells[0]?.textContent ?? '');
  expect(shown.length > 0, 'rows shown').to.equal(events.length > 0);
  for (const name of shown) expect(events.some((event) => name.includes(event.name)), `row "${name}" is an event sent`).to.equal(true);
  if (events.length <= 10) expectNames(shown, events.map((e) => e.name), 'event');
  noMadeUpValues(el);
  fixtureCleanup();
}

// One failure, one error: the panel with its own <system-events-table>, as `license-widgets/status-panel` ships it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/status-panel/define.js';
import type { StatusPanel } from '../src/elements/status-panel/status-panel.js';
import { consumption, events, status } from '../demo/endpoint/fixtures.js';
import { json, problem, readText as text, type Reply, stubFetch, until } from './helpers.js';

const ENDPOINT = 'https://crm.example/api';
const NOW = new Date('2026-11-10T12:00:00Z');
const down = () => Promise.reject(new TypeError('Failed to fetch'));
const good = {
  '/status': json(status('normal')),
  '/events': json({ events: events(3) }),
  '/consumption?months=12': json(consumption('normal', 12, NOW)),
};

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const table = (el: StatusPanel) => shadow(el).querySelector('system-events-table') as HTMLElement;
/** Every error box a person can see: the panel's, its dialog's (when open) and the events table's. */
function errors(el: StatusPanel): Element[] {
  const inTable = table(el).hidden ? [] : [...(table(el).shadowRoot?.querySelectorAll('[part=error]') ?? [])];
  const inPanel = [...shadow(el).querySelectorAll('[part=error]')].filter((e) => e.checkVisibility());
  return [...inPanel, ...inTable];
}
const eventRows = (el: StatusPanel) => table(el).shadowRoot?.querySelectorAll('tbody tr[aria-rowindex]').length ?? 0;
const settled = (el: StatusPanel) =>
  until(() => !shadow(el).querySelector('[part=loading]') && !table(el).shadowRoot?.querySelector('[part=loading]'), 'settled');

async function renderPanel(routes: Record<string, Reply | Reply[]>) {
  const el = await fixture<StatusPanel>(
    html`<status-panel lang="en" endpoint=${ENDPOINT} .fetch=${stubFetch({ ...good, ...routes })} .now=${NOW}></status-panel>`,
  );
  await settled(el);
  return el;
}

describe('<status-panel> failures: each shown once', () => {
  it('/status fails: one error with Try again, no dashboard button, the events still shown', async () => {
    const el = await renderPanel({ '/status': [problem(500, 'down'), json(status('normal'))] });
    await until(() => eventRows(el) === 3, 'events');
    expect(errors(el).map((e) => text(e.querySelector('strong')))).to.deep.equal(['The license service has a problem']);
    expect(shadow(el).querySelector('[part=dashboard-button]')).to.equal(null);
    (errors(el)[0]?.querySelector('[part=retry-button]') as HTMLButtonElement).click();
    await until(() => !!shadow(el).querySelector('[part=database]'), 'status after Try again');
    expect(shadow(el).querySelector('[part=dashboard-button]')).to.exist;
    expect(errors(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('/consumption fails: nothing until the dashboard opens, then one error in it with Try again', async () => {
    const el = await renderPanel({ '/consumption?months=12': [problem(503, 'busy'), json(consumption('normal', 12, NOW))] });
    expect(errors(el)).to.have.length(0);
    await el.openDashboard();
    await until(() => errors(el).length > 0, 'dashboard error');
    expect(errors(el)).to.have.length(1);
    const dialog = shadow(el).querySelector('dialog') as HTMLDialogElement;
    expect(dialog.contains(errors(el)[0] ?? null)).to.equal(true);
    (dialog.querySelector('[part=retry-button]') as HTMLButtonElement).click();
    await until(() => dialog.querySelectorAll('[part=service]').length === 6, 'services after Try again');
    expect(errors(el)).to.have.length(0);
  });

  it('/events fails: one error, in the events table, with Try again; the status and the dashboard button stay', async () => {
    const el = await renderPanel({ '/events': [problem(500, 'down'), json({ events: events(3) })] });
    await until(() => errors(el).length === 1, 'events error');
    expect(table(el).shadowRoot?.contains(errors(el)[0] ?? null)).to.equal(true);
    expect(shadow(el).querySelector('[part=database]')).to.exist;
    expect(shadow(el).querySelector('[part=dashboard-button]')).to.exist;
    (errors(el)[0]?.querySelector('[part=retry-button]') as HTMLButtonElement).click();
    await until(() => eventRows(el) === 3, 'events after Try again');
  });

  it('all fail (the service is down): one error; its Try again brings back the status and the events', async () => {
    let online = false;
    const route = (reply: Reply) => () => (online ? (typeof reply === 'function' ? reply() : reply.clone()) : down());
    const el = await renderPanel({
      '/status': route(json(status('normal'))), '/events': route(json({ events: events(3) })),
      '/consumption?months=12': route(json(consumption('normal', 12, NOW))),
    });
    await until(() => table(el).hidden, 'events behind the panel error');
    expect(errors(el).map((e) => text(e.querySelector('strong')))).to.deep.equal(['The license service cannot be reached']);
    expect(shadow(el).querySelector('[part=dashboard-button]')).to.equal(null);
    await expect(el).to.be.accessible();
    online = true;
    (errors(el)[0]?.querySelector('[part=retry-button]') as HTMLButtonElement).click();
    await until(() => !!shadow(el).querySelector('[part=database]') && eventRows(el) === 3, 'all back');
    expect(table(el).hidden).to.equal(false);
    expect(errors(el)).to.have.length(0);
  });

  it('two different failures are two errors, each once', async () => {
    const el = await renderPanel({ '/status': problem(500, 'down'), '/events': problem(403, 'Only administrators.') });
    await until(() => errors(el).length === 2, 'both errors');
    expect(errors(el).map((e) => text(e.querySelector('strong')))).to.deep.equal([
      'The license service has a problem', 'You are not allowed to see this',
    ]);
  });

  it('keeps events it showed when a later status read fails, with the status kept and marked old', async () => {
    const el = await renderPanel({ '/status': [json(status('normal')), problem(500, 'down')] });
    await until(() => eventRows(el) === 3, 'events');
    await el.refresh();
    await until(() => !!shadow(el).querySelector('[part=stale-notice]'), 'stale notice');
    expect(shadow(el).querySelector('[part=database]')).to.exist;
    expect(eventRows(el)).to.equal(3);
    expect(errors(el)).to.have.length(0);
  });

  it("puts the events table's title under System messages in the outline (level 4)", async () => {
    const fetch = stubFetch({ '/status': json(status('normal')), '/events': json({ events: events(2) }) });
    const el = await fixture<StatusPanel>(html`<status-panel lang="en" endpoint="https://crm.example/api" .fetch=${fetch}></status-panel>`);
    const table = () => el.shadowRoot?.querySelector('system-events-table');
    await until(() => !!table()?.shadowRoot?.querySelector('[part=title]'), 'the events table shown');
    expect(table()?.shadowRoot?.querySelector('[part=title]')?.getAttribute('aria-level')).to.equal('4');
    await expect(el).to.be.accessible();
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import type { SystemEvent } from '../src/data/schema.js';
import { finishedAt, hasEnded, mustNotCancel } from '../src/elements/system-events-table/event-rules.js';
import { ENDPOINT, button, cells, event, grid, pane, rows, shadow } from './system-events-fixtures.js';
import { json, readText, stubFetch, until, visibleText } from './helpers.js';
import '../src/elements/status-panel/define.js';

/** Every date here is counted from this moment, never from the machine's clock. */
const NOW = new Date('2026-11-23T10:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000).toISOString();
const exact = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** Add and Delete need somewhere to write to; otherwise portraits resolve against the page, as given events do. */
async function tableAt(now: Date, list: SystemEvent[], editable = false) {
  const el = await fixture<SystemEventsTable>(html`<system-events-table
    lang="en" endpoint=${editable ? ENDPOINT : ''} ?editable=${editable} .now=${now} .events=${list}
  ></system-events-table>`);
  await el.updateComplete;
  return el;
}

const finishedCell = (el: Element, index: number) => rows(el)[index]?.cells[5] as HTMLTableCellElement;

async function select(el: SystemEventsTable, index: number) {
  rows(el)[index]?.click();
  await el.updateComplete;
}

const udef = (status: string) =>
  event('udef', { key: 'UDefRebuild', name: 'User-defined fields rebuild', status, activated: minutes(-30), finished: minutes(20) });

describe('<system-events-table> domain rules, on a controlled clock', () => {
  it('counts relative times from its `now` property, and follows it when it changes', async () => {
    const el = await tableAt(NOW, [event('1', { activated: minutes(-30), finished: minutes(20) })]);
    expect(cells(rows(el)[0] as HTMLTableRowElement).filter((_, i) => i === 3 || i === 5)).to.deep.equal(['30 minutes ago', 'in 20 minutes']);
    el.now = new Date(NOW.getTime() + 10 * 60_000);
    await el.updateComplete;
    expect(cells(rows(el)[0] as HTMLTableRowElement).filter((_, i) => i === 3 || i === 5)).to.deep.equal(['40 minutes ago', 'in 10 minutes']);
    await select(el, 0);
    expect(visibleText(pane(el))).to.contain(`${exact(minutes(20))} (in 10 minutes)`);
  });

  it('never shows an ended event finishing in the future: "Ended", with the expected time in the tooltip and pane', async () => {
    const list = [
      event('running', { status: 'running', finished: minutes(10) }),
      event('finished', { status: 'finished', finished: minutes(10) }),
      event('failed', { status: 'failed', finished: minutes(90) }),
      event('cancelled', { status: 'cancelled', finished: minutes(3 * 24 * 60) }),
      event('past', { status: 'finished', finished: minutes(-10) }),
      event('unknown', { status: 'finished', finished: null }),
    ];
    const el = await tableAt(NOW, list);
    const texts = list.map((_, i) => finishedCell(el, i).textContent?.trim());
    expect(texts).to.deep.equal(['in 10 minutes', 'Ended', 'Ended', 'Ended', '10 minutes ago', 'Not known']);
    expect(texts.slice(1).some((text) => /^in /.test(text ?? ''))).to.equal(false);
    expect(finishedCell(el, 1).title).to.equal(`Expected: ${exact(minutes(10))}`);
    expect(finishedCell(el, 4).title).to.equal(exact(minutes(-10)));
    await select(el, 1);
    expect(visibleText(pane(el))).to.contain(`Ended (expected ${exact(minutes(10))})`);
    expect(visibleText(pane(el))).not.to.contain('in 10 minutes');
    await select(el, 4);
    expect(visibleText(pane(el))).to.contain(`${exact(minutes(-10))} (10 minutes ago)`);
    // The same event, later: its expected time has passed, and it is shown as when it finished.
    el.now = new Date(NOW.getTime() + 60 * 60_000);
    await el.updateComplete;
    expect(finishedCell(el, 1).textContent?.trim()).to.equal('50 minutes ago');
  });

  it('has the rules as pure functions: ended statuses, what must not be cancelled, and when an event finished', () => {
    expect(['pending', 'running', 'finished', 'failed', 'cancelled', 'weird'].map((status) => hasEnded(event('1', { status })))).to.deep.equal([
      false, false, true, true, true, false,
    ]);
    expect(['pending', 'running', 'weird', 'finished', 'failed', 'cancelled'].map((status) => mustNotCancel(udef(status)))).to.deep.equal([
      true, true, true, false, false, false,
    ]);
    expect(mustNotCancel(event('1', { key: 'FreetextRebuild', status: 'running' }))).to.equal(false);
    expect(finishedAt(udef('finished'), NOW.getTime())).to.deep.equal({ value: minutes(20), endedEarly: true });
    expect(finishedAt(udef('running'), NOW.getTime())).to.deep.equal({ value: minutes(20), endedEarly: false });
  });

  it('offers no Delete for a rebuild of user-defined fields that is going on, and the description pane says why', async () => {
    const el = await tableAt(NOW, [udef('running'), event('free', { status: 'running' })], true);
    await select(el, 0);
    const remove = button(el, 'delete-button');
    expect(remove.disabled).to.equal(true);
    const note = shadow(el).querySelector(`#${remove.getAttribute('aria-describedby') ?? 'none'}`);
    expect(pane(el).contains(note)).to.equal(true);
    expect(readText(note)).to.equal('User-defined fields are being rebuilt. This must not be cancelled, so the event cannot be deleted.');
    // Nor by the Delete key.
    grid(el).focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(shadow(el).querySelector('dialog')?.open).to.equal(false);
    await expect(el).to.be.accessible();
    // Another event can be deleted as before, and its pane has no such note.
    await select(el, 1);
    expect(button(el, 'delete-button').disabled).to.equal(false);
    expect(button(el, 'delete-button').hasAttribute('aria-describedby')).to.equal(false);
    expect(visibleText(pane(el))).not.to.contain('must not be cancelled');
  });

  it('lets an ended rebuild be deleted: removing its record cancels nothing', async () => {
    const el = await tableAt(NOW, [udef('finished')], true);
    await select(el, 0);
    expect(button(el, 'delete-button').disabled).to.equal(false);
    expect(visibleText(pane(el))).not.to.contain('must not be cancelled');
    button(el, 'delete-button').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('dialog')?.open).to.equal(true);
  });

  it('shows who activated an event by user id, with the portrait or the initials, and the name in full in the pane', async () => {
    const el = await tableAt(NOW, [
      event('1', { activatedBy: { id: 'KARI', name: 'Kari Nordmann', portraitUrl: null } }),
      event('2', { activatedBy: { id: 'OLA', name: 'Ola Hansen', portraitUrl: '/demo/portraits/jan.svg' } }),
      event('3', { activatedBy: null }),
    ]);
    const [kari, ola, system] = rows(el).map((row) => row.cells[4] as HTMLTableCellElement);
    expect(readText(kari?.querySelector('.who'))).to.equal('KARI');
    expect(readText(kari?.querySelector('[part=avatar]'))).to.equal('KN');
    expect(kari?.querySelector('.person')?.getAttribute('title')).to.equal('Kari Nordmann');
    expect(ola?.querySelector('[part=avatar] img')?.getAttribute('src')).to.equal(new URL('/demo/portraits/jan.svg', location.href).href);
    expect(readText(ola?.querySelector('.who'))).to.equal('OLA');
    expect(readText(system)).to.equal('System');
    await select(el, 0);
    expect(visibleText(pane(el))).to.contain('Kari Nordmann (KARI)');
  });

  it('takes its clock from an enclosing <status-panel>, which hosts it with the same `now`', async () => {
    const fetch = stubFetch({ '/status': json({}), '/events': json({ events: [event('1', { status: 'finished', finished: minutes(5) })] }) });
    const panel = await fixture(html`<status-panel lang="en" endpoint=${ENDPOINT} .fetch=${fetch} .now=${NOW}></status-panel>`);
    await until(() => !!panel.shadowRoot?.querySelector('system-events-table'), 'events table');
    const table = panel.shadowRoot?.querySelector('system-events-table') as SystemEventsTable;
    expect(table.now).to.equal(NOW);
    await until(() => rows(table).length === 1, 'events shown');
    expect(finishedCell(table, 0).textContent?.trim()).to.equal('Ended');
  });
});

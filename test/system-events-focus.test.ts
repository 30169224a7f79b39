/**
 * Where focus goes after an administrator's add or delete: to the table, which names the new or the
 * next row as selected (the Add button when no row is left), and never to <body> on the way, not even
 * for an instant (a focused button that becomes unavailable drops focus with no `relatedTarget`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import type { SystemEvent } from '../src/data/schema.js';
import { deferred, json, stubFetch, until, type Reply } from './helpers.js';
import { ENDPOINT, event, grid, names, shadow } from './system-events-fixtures.js';

const part = (el: Element, name: string) => shadow(el).querySelector(`[part=${name}]`) as HTMLButtonElement;
const dialog = (el: Element) => shadow(el).querySelector('dialog') as HTMLDialogElement;
const confirmButton = (el: Element) => dialog(el).querySelector('[part=confirm-button]') as HTMLButtonElement;

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Where focus is, as text (an element in a failure message can stall the runner's report). */
function focused(): string {
  const active = deepActive();
  if (!active || active === document.body) return 'body';
  return active.getAttribute('part') ?? active.localName;
}

/**
 * Fails when focus goes nowhere while the test runs: a `focusout` inside the element with no
 * `relatedTarget`, or <body> focused when polled.
 */
function watchFocus(el: SystemEventsTable) {
  const seen: string[] = [];
  const root = shadow(el);
  const onFocusOut = (event: Event) => {
    if ((event as FocusEvent).relatedTarget === null) seen.push(`focus left ${label(event.target as Element)}`);
  };
  root.addEventListener('focusout', onFocusOut, true);
  const timer = setInterval(() => {
    if (focused() === 'body') seen.push('body');
  }, 2);
  return {
    stop() {
      clearInterval(timer);
      root.removeEventListener('focusout', onFocusOut, true);
      expect(seen, 'focus fell to <body>').to.deep.equal([]);
    },
  };
}
const label = (target: Element) => target.getAttribute('part') ?? target.localName;

/** The row the table names as current (aria-activedescendant), as the name in its first cell. */
function activeRow(el: SystemEventsTable) {
  const id = grid(el).getAttribute('aria-activedescendant');
  const row = id ? shadow(el).getElementById(id) : null;
  return { name: row?.querySelector('td')?.textContent, selected: row?.getAttribute('aria-selected') };
}

/** GET /events answers `list`, POST /events `added`; other writes answer as `writes` say. */
async function editable(list: SystemEvent[], writes: Record<string, Reply>, added?: () => Promise<Response>) {
  const fetch: ReturnType<typeof stubFetch> = stubFetch({
    '/events': () => (fetch.requests.at(-1)?.method === 'POST' && added ? added() : json({ events: list })),
    ...writes,
  });
  const el = await fixture<SystemEventsTable>(html`<system-events-table lang="en" editable endpoint=${ENDPOINT} .fetch=${fetch}></system-events-table>`);
  await until(() => names(el).length > 0 || !!shadow(el).querySelector('[part=empty]'), 'loaded');
  return el;
}

/** Presses the dialog's confirm button as a person does: focus on it, then a click. */
async function confirm(el: SystemEventsTable) {
  await until(() => dialog(el).open, 'dialog open');
  confirmButton(el).focus();
  confirmButton(el).click();
}

async function deleteSelected(el: SystemEventsTable, selected: string) {
  el.selected = selected;
  await el.updateComplete;
  part(el, 'delete-button').focus();
  part(el, 'delete-button').click();
  await el.updateComplete;
  const watch = watchFocus(el);
  await confirm(el);
  await until(() => !dialog(el).open, 'dialog closed');
  await el.updateComplete;
  return watch;
}

describe('<system-events-table editable>: focus after a write', () => {
  it('after Add, is on the table with the new event selected', async () => {
    const reply = deferred();
    const el = await editable([event('1'), event('2')], {}, reply.reply);
    part(el, 'add-button').focus();
    part(el, 'add-button').click();
    await el.updateComplete;
    const watch = watchFocus(el);
    await confirm(el);
    await el.updateComplete;
    expect(confirmButton(el).getAttribute('aria-disabled'), 'unavailable while adding').to.equal('true');
    expect(focused(), 'on the pressed button while adding').to.equal('confirm-button');
    reply.resolve(json(event('new', { key: 'NoLogin', name: 'No Login' }), { status: 201 }));
    await until(() => !dialog(el).open, 'dialog closed');
    await el.updateComplete;
    expect(focused()).to.equal('table');
    expect(el.selected).to.equal('new');
    expect(activeRow(el)).to.deep.equal({ name: 'No Login', selected: 'true' });
    watch.stop();
    await expect(el).to.be.accessible();
  });

  it('after an Add the person cancelled and walked away from, stays where they went', async () => {
    const reply = deferred();
    const el = await editable([event('1')], {}, reply.reply);
    const elsewhere = document.createElement('input');
    el.after(elsewhere);
    part(el, 'add-button').focus();
    part(el, 'add-button').click();
    await confirm(el);
    await el.updateComplete;
    [...dialog(el).querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Cancel')?.click();
    await until(() => !dialog(el).open, 'dialog closed');
    elsewhere.focus();
    reply.resolve(json(event('new', { name: 'No Login' }), { status: 201 }));
    await until(() => names(el).includes('No Login'), 'the event added anyway');
    await el.updateComplete;
    expect(focused(), 'focus left where the person put it').to.equal('input');
    elsewhere.remove();
  });

  it('after Add into an empty list, is on the table that now shows the event', async () => {
    const el = await editable([], {}, async () => json(event('new', { name: 'No Login' }), { status: 201 }));
    part(el, 'add-button').focus();
    part(el, 'add-button').click();
    await el.updateComplete;
    const watch = watchFocus(el);
    await confirm(el);
    await until(() => !dialog(el).open && names(el).length === 1, 'added');
    await el.updateComplete;
    expect(focused()).to.equal('table');
    expect(activeRow(el)).to.deep.equal({ name: 'No Login', selected: 'true' });
    watch.stop();
  });

  it('after Delete, is on the table with the next row selected', async () => {
    const el = await editable([event('1'), event('2'), event('3')], { '/events/2': new Response(null, { status: 204 }) });
    const watch = await deleteSelected(el, '2');
    expect(names(el)).to.deep.equal(['Free-text index rebuild 1', 'Free-text index rebuild 3']);
    expect(el.selected).to.equal('3');
    expect(focused()).to.equal('table');
    expect(activeRow(el)).to.deep.equal({ name: 'Free-text index rebuild 3', selected: 'true' });
    watch.stop();
    await expect(el).to.be.accessible();
  });

  it('after Delete of the last row, is on the table with the row before selected', async () => {
    const el = await editable([event('1'), event('2')], { '/events/2': new Response(null, { status: 204 }) });
    const watch = await deleteSelected(el, '2');
    expect(el.selected).to.equal('1');
    expect(focused()).to.equal('table');
    watch.stop();
  });

  it('after Delete, stays on the table when the next event may not be deleted (Delete becomes unavailable)', async () => {
    const locked = event('3', { key: 'UDefRebuild', name: 'User-defined fields rebuild', status: 'running' });
    const el = await editable([event('1'), event('2'), locked], { '/events/2': new Response(null, { status: 204 }) });
    const watch = await deleteSelected(el, '2');
    expect(el.selected).to.equal('3');
    expect(part(el, 'delete-button').disabled).to.equal(true);
    expect(focused()).to.equal('table');
    watch.stop();
  });

  it('after Delete with the Delete key, is back on the table', async () => {
    const el = await editable([event('1'), event('2')], { '/events/1': new Response(null, { status: 204 }) });
    el.selected = '1';
    await el.updateComplete;
    grid(el).focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    const watch = watchFocus(el);
    await confirm(el);
    await until(() => !dialog(el).open, 'dialog closed');
    await el.updateComplete;
    expect(el.selected).to.equal('2');
    expect(focused()).to.equal('table');
    watch.stop();
  });

  it('after Delete of the only event, is on Add (the table is gone)', async () => {
    const el = await editable([event('1')], { '/events/1': new Response(null, { status: 204 }) });
    const watch = await deleteSelected(el, '1');
    expect(shadow(el).querySelector('table')).to.equal(null);
    expect(el.selected).to.equal('');
    expect(focused()).to.equal('add-button');
    watch.stop();
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import type { SystemEvent } from '../src/data/schema.js';
import { ENDPOINT, event, names, shadow } from './system-events-fixtures.js';
import { deferred, json, problem, stubFetch, until, visibleText, type Reply, type StubFetch } from './helpers.js';

const part = <T extends Element = HTMLButtonElement>(el: Element, name: string) => shadow(el).querySelector(`[part=${name}]`) as T;
const dialog = (el: Element) => shadow(el).querySelector('dialog') as HTMLDialogElement;
const field = <T extends Element>(el: Element, name: string) => dialog(el).querySelector(`[name=${name}]`) as T;

/** GET /events answers the list; POST and DELETE answer what the test gives. */
function endpoint(list: SystemEvent[], writes: Record<string, Reply>) {
  const requests: { current?: StubFetch } = {};
  const routes: Record<string, Reply> = {
    '/events': () => (requests.current?.requests.at(-1)?.method === 'POST' ? resolve(writes['POST /events']) : json({ events: list })),
  };
  for (const [key, reply] of Object.entries(writes)) if (key.startsWith('DELETE ')) routes[key.slice(7)] = reply;
  requests.current = stubFetch(routes);
  return requests.current;
}
const resolve = (reply: Reply | undefined) => (typeof reply === 'function' ? reply() : (reply ?? problem(500, 'no reply')));

async function editableTable(fetch: StubFetch) {
  const el = await fixture<SystemEventsTable>(html`<system-events-table lang="en" editable endpoint=${ENDPOINT} .fetch=${fetch}></system-events-table>`);
  await until(() => names(el).length > 0, 'loaded');
  return el;
}

async function openAdd(el: SystemEventsTable) {
  part(el, 'add-button').click();
  await el.updateComplete;
  await until(() => dialog(el).open, 'dialog open');
}

describe('<system-events-table editable>', () => {
  it('offers Add and Delete only when the host allows editing', async () => {
    const el = await fixture<SystemEventsTable>(html`<system-events-table lang="en" .events=${[event('1')]}></system-events-table>`);
    expect(part(el, 'add-button')).to.equal(null);
    expect(dialog(el)).to.equal(null);
    el.editable = true;
    await el.updateComplete;
    // Editable, but nowhere to write to: offering Add would be a button that cannot work.
    expect(part(el, 'add-button')).to.equal(null);
    el.endpoint = 'https://crm.example/api';
    await el.updateComplete;
    expect(part(el, 'add-button')).to.exist;
    expect(part(el, 'delete-button').disabled).to.equal(true);
  });

  it('adds an event: the form POSTs once even on a double click, and the new event is shown and selected', async () => {
    const created = event('new', { key: 'NoLogin', name: 'No Login', description: 'Upgrade tonight' });
    const reply = deferred();
    const fetch = endpoint([event('1')], { 'POST /events': reply.reply });
    const el = await editableTable(fetch);
    await openAdd(el);
    await expect(el).to.be.accessible();
    const finished = field<HTMLInputElement>(el, 'finished');
    finished.value = '2026-12-24T18:30';
    field<HTMLTextAreaElement>(el, 'description').value = '  Upgrade tonight ';
    const submit = dialog(el).querySelector('[part=confirm-button]') as HTMLButtonElement;
    submit.click();
    submit.click();
    await el.updateComplete;
    // Unavailable while the write is under way, and still focusable (see the focus tests).
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    const selected = oneEvent(el, 'event-select');
    reply.resolve(json(created, { status: 201 }));
    expect((await selected).detail.event?.id).to.equal('new');
    await el.updateComplete;
    const posts = fetch.requests.filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    expect(JSON.parse(String(posts[0]?.body))).to.deep.equal({
      key: 'NoLogin',
      finished: new Date('2026-12-24T18:30').toISOString(),
      description: 'Upgrade tonight',
    });
    await until(() => !dialog(el).open, 'dialog closed');
    expect(names(el)).to.deep.equal(['No Login', 'Free-text index rebuild 1']);
    expect(el.selected).to.equal('new');
  });

  it('requires a description for a message of the day', async () => {
    const fetch = endpoint([event('1')], { 'POST /events': json(event('m', { key: 'MessageOfTheDay' }), { status: 201 }) });
    const el = await editableTable(fetch);
    await openAdd(el);
    const key = field<HTMLSelectElement>(el, 'key');
    key.value = 'MessageOfTheDay';
    key.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const description = field<HTMLTextAreaElement>(el, 'description');
    expect(description.required).to.equal(true);
    expect(dialog(el).textContent).to.contain('Description (required)');
    description.value = '   ';
    (dialog(el).querySelector('[part=confirm-button]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(part<HTMLElement>(el, 'form-error').textContent).to.contain('A message of the day needs a description.');
    expect(fetch.requests.filter((r) => r.method === 'POST')).to.have.length(0);
    expect(dialog(el).open).to.equal(true);
  });

  it('keeps the list as it was and says why when adding fails; Cancel closes', async () => {
    const fetch = endpoint([event('1')], { 'POST /events': problem(422, 'A message of the day needs a description.') });
    const el = await editableTable(fetch);
    await openAdd(el);
    (dialog(el).querySelector('[part=confirm-button]') as HTMLButtonElement).click();
    await until(() => !!part(el, 'form-error'), 'error shown');
    expect(part<HTMLElement>(el, 'form-error').getAttribute('role')).to.equal('alert');
    expect(part<HTMLElement>(el, 'form-error').textContent).to.contain('The license service refused the request');
    expect(names(el)).to.deep.equal(['Free-text index rebuild 1']);
    expect(dialog(el).open).to.equal(true);
    [...dialog(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel')?.click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
  });

  it('deletes the selected event after confirmation; the row before it takes its place as the selection', async () => {
    const fetch = endpoint([event('1'), event('2')], { 'DELETE /events/2': new Response(null, { status: 204 }) });
    const el = await editableTable(fetch);
    el.selected = '2';
    await el.updateComplete;
    part(el, 'delete-button').click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(visibleText(dialog(el))).to.contain('Delete the event "Free-text index rebuild 2"?');
    expect(fetch.requests.some((r) => r.method === 'DELETE')).to.equal(false);
    const next = oneEvent(el, 'event-select');
    (dialog(el).querySelector('[part=confirm-button]') as HTMLButtonElement).click();
    // The deleted event was the last row: the previous one is selected now.
    expect((await next).detail.event?.id).to.equal('1');
    await el.updateComplete;
    expect(el.selected).to.equal('1');
    expect(fetch.requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).to.deep.equal([`${ENDPOINT}/events/2`]);
    expect(names(el)).to.deep.equal(['Free-text index rebuild 1']);
    await until(() => !dialog(el).open, 'dialog closed');
  });

  it('keeps the event and says why when deleting fails; the Delete key opens the confirmation', async () => {
    const fetch = endpoint([event('1')], { 'DELETE /events/1': problem(409, 'UDefRebuild must not be cancelled.') });
    const el = await editableTable(fetch);
    (shadow(el).querySelector('tbody tr') as HTMLElement).click();
    await el.updateComplete;
    (shadow(el).querySelector('table') as HTMLElement).focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    (dialog(el).querySelector('[part=confirm-button]') as HTMLButtonElement).click();
    await until(() => !!part(el, 'form-error'), 'error shown');
    expect(part<HTMLElement>(el, 'form-error').textContent).to.contain('UDefRebuild must not be cancelled.');
    expect(names(el)).to.deep.equal(['Free-text index rebuild 1']);
    expect(el.selected).to.equal('1');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open, 'closed with Escape');
  });
});

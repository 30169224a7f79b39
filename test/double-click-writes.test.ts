/**
 * One write per action: every write of the library (activate, load a license file, add an event, delete
 * an event) is sent once however fast a person clicks, presses Enter or submits twice, and a new action
 * after the answer sends again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/license-screen/define.js';
import '../src/elements/system-events-table/define.js';
import type { LicenseDataSource } from '../src/data/data-source.js';
import type { ActivationResult, LicensesResponse, SystemEvent } from '../src/data/schema.js';
import { normalLicenses, until } from './helpers.js';
import { event, names, shadow } from './system-events-fixtures.js';

interface Held<T> {
  calls: number;
  /** Answers every call still waiting. */
  release(value: T): void;
  call(): Promise<T>;
}

/** A write that counts its calls and answers only when the test says so. */
function held<T>(): Held<T> {
  let waiting: ((value: T) => void)[] = [];
  const write: Held<T> = {
    calls: 0,
    release: (value) => {
      waiting.forEach((resolve) => resolve(value));
      waiting = [];
    },
    call: () => {
      write.calls += 1;
      return new Promise<T>((resolve) => waiting.push(resolve));
    },
  };
  return write;
}

function licensesWithPending(): LicensesResponse {
  const licenses = normalLicenses() as unknown as LicensesResponse;
  const owner = licenses.owners[0]!;
  owner.canActivate = true;
  owner.modules = owner.modules.map((module) =>
    module.id === 'ten-sales' ? { ...module, pending: { newTotal: module.total + 5, added: 5 } } : { ...module, pending: null },
  );
  return licenses;
}

function source(writes: Partial<Record<'activate' | 'upload' | 'add' | 'remove', Held<unknown>>>, events: SystemEvent[] = []) {
  const licenses = licensesWithPending();
  const result = (): ActivationResult => ({ owner: licenses.owners[0]!, changed: [] });
  const data: Partial<LicenseDataSource> = {
    endpoint: 'https://crm.example/api',
    getLicenses: () => Promise.resolve(licensesWithPending()),
    getEvents: () => Promise.resolve({ data: { events }, notModified: false }),
    activate: () => (writes.activate?.call() ?? Promise.resolve(result())) as Promise<ActivationResult>,
    uploadLicenseFile: () => (writes.upload?.call() ?? Promise.resolve(result())) as Promise<ActivationResult>,
    addEvent: () => writes.add?.call() as Promise<SystemEvent>,
    deleteEvent: () => writes.remove?.call() as Promise<void>,
  };
  return { data: data as LicenseDataSource, result };
}

/** Unavailable buttons of the license screen stay focusable: they say so with aria-disabled. */
const unavailable = (button: Element | null | undefined) => button?.getAttribute('aria-disabled') === 'true';
const screenPart = (el: Element, name: string) => shadow(el).querySelector<HTMLButtonElement>(`[part~=${name}]`);
const activationDialog = (el: Element) => shadow(el).querySelector('dialog.activation') as HTMLDialogElement;

async function screen(data: LicenseDataSource) {
  const el = await fixture(html`<license-screen lang="en" .dataSource=${data}></license-screen>`);
  await until(() => !!screenPart(el, 'activate-button'), 'the owner tab');
  return el;
}

async function openActivation(el: Element) {
  screenPart(el, 'activate-button')?.click();
  await until(() => activationDialog(el).open, 'activation dialog open');
  const confirm = () => activationDialog(el).querySelector<HTMLButtonElement>('[part~=confirm-button]');
  await until(() => !!confirm() && !unavailable(confirm()), 'the check done');
  return confirm() as HTMLButtonElement;
}

function chooseFile(el: Element) {
  const input = shadow(el).querySelector('input[type=file]') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File(['license'], 'license.lic'));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const tableDialog = (el: Element) => shadow(el).querySelector('dialog') as HTMLDialogElement;
const tableForm = (el: Element) => tableDialog(el).querySelector('form') as HTMLFormElement;

async function table(data: LicenseDataSource) {
  const el = await fixture(html`<system-events-table lang="en" editable .dataSource=${data}></system-events-table>`);
  await until(() => names(el).length > 0, 'events shown');
  return el;
}

describe('one write per action', () => {
  it('Activate: two clicks in one task, then Enter while it is under way, send one activation', async () => {
    const activate = held<unknown>();
    const { data, result } = source({ activate });
    const el = await screen(data);
    const confirm = await openActivation(el);
    confirm.click();
    confirm.click();
    await Promise.resolve();
    confirm.click();
    confirm.focus();
    await sendKeys({ press: 'Enter' });
    expect(activate.calls).to.equal(1);
    activate.release(result());
    await until(() => !activationDialog(el).open, 'dialog closed');
    // A new action after the answer is a new activation.
    const again = await openActivation(el);
    again.click();
    expect(activate.calls).to.equal(2);
    activate.release(result());
  });

  it('Load license from file: two picks in one task and one across a microtask send one upload', async () => {
    const upload = held<unknown>();
    const { data, result } = source({ upload });
    const el = await screen(data);
    chooseFile(el);
    chooseFile(el);
    await Promise.resolve();
    chooseFile(el);
    expect(upload.calls).to.equal(1);
    await until(() => unavailable(screenPart(el, 'file-button')), 'file button unavailable while loading');
    upload.release(result());
    await until(() => !unavailable(screenPart(el, 'file-button')), 'file button available again');
    chooseFile(el);
    expect(upload.calls).to.equal(2);
    upload.release(result());
  });

  it('Load license from file: the file button keeps focus while it is unavailable during loading', async () => {
    const upload = held<unknown>();
    const { data, result } = source({ upload });
    const el = await screen(data);
    const button = screenPart(el, 'file-button') as HTMLButtonElement;
    button.focus();
    chooseFile(el);
    await until(() => unavailable(button), 'file button unavailable while loading');
    // Never <body>: the button says it is unavailable rather than being disabled under the focus.
    expect(shadow(el).activeElement === button, 'focus on the file button').to.equal(true);
    button.click();
    expect(upload.calls).to.equal(1);
    upload.release(result());
    await until(() => !unavailable(button), 'file button available again');
    expect(shadow(el).activeElement === button, 'focus still on the file button').to.equal(true);
  });

  it('Add event: a double submit of the form and a click on Add send one event', async () => {
    const add = held<unknown>();
    const { data } = source({ add }, [event('1')]);
    const el = await table(data);
    (shadow(el).querySelector('[part=add-button]') as HTMLButtonElement).click();
    await until(() => tableDialog(el).open, 'add dialog open');
    const submit = tableDialog(el).querySelector('[part=confirm-button]') as HTMLButtonElement;
    tableForm(el).requestSubmit();
    tableForm(el).requestSubmit();
    await Promise.resolve();
    submit.click();
    expect(add.calls).to.equal(1);
    add.release(event('new', { name: 'No Login' }));
    await until(() => !tableDialog(el).open, 'dialog closed');
    (shadow(el).querySelector('[part=add-button]') as HTMLButtonElement).click();
    await until(() => tableDialog(el).open, 'add dialog open again');
    tableForm(el).requestSubmit();
    expect(add.calls).to.equal(2);
    add.release(event('new2', { name: 'No Login' }));
  });

  it('Delete event: two confirmations in one task and one across a microtask send one deletion', async () => {
    const remove = held<unknown>();
    const { data } = source({ remove }, [event('1'), event('2'), event('3')]);
    const el = (await table(data)) as HTMLElement & { selected?: string };
    el.selected = '2';
    await until(() => !(shadow(el).querySelector('[part=delete-button]') as HTMLButtonElement).disabled, 'delete offered');
    (shadow(el).querySelector('[part=delete-button]') as HTMLButtonElement).click();
    await until(() => tableDialog(el).open, 'delete dialog open');
    const confirm = tableDialog(el).querySelector('[part=confirm-button]') as HTMLButtonElement;
    confirm.click();
    confirm.click();
    await Promise.resolve();
    tableForm(el).requestSubmit();
    expect(remove.calls).to.equal(1);
    remove.release(undefined);
    await until(() => !tableDialog(el).open, 'dialog closed');
    await until(() => names(el).length === 2, 'the event gone');
    el.selected = '3';
    await until(() => !(shadow(el).querySelector('[part=delete-button]') as HTMLButtonElement).disabled, 'delete offered again');
    (shadow(el).querySelector('[part=delete-button]') as HTMLButtonElement).click();
    await until(() => tableDialog(el).open, 'delete dialog open again');
    tableForm(el).requestSubmit();
    expect(remove.calls).to.equal(2);
    remove.release(undefined);
  });
});

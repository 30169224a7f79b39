/**
 * Every modal dialog of the library, when its element leaves the page while the dialog is open (a host
 * re-rendering, a tab switch in a framework), comes back closed rather than open and not modal.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { LicenseScreen, StatusPanel, SystemEventsTable } from '../src/index.js';
import { json, normalLicenses, stubFetch, until } from './helpers.js';
import { consumption, status } from '../demo/endpoint/fixtures.js';

const ENDPOINT = 'https://crm.example/api';
const openDialogs = (root: ShadowRoot | null | undefined) => [...(root?.querySelectorAll('dialog[open]') ?? [])];

async function removeAndRestore(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  const parent = el.parentElement as HTMLElement;
  el.remove();
  parent.append(el);
  await el.updateComplete;
}

describe('dialogs when their element leaves the page', () => {
  it('the metered-services dashboard', async () => {
    const fetch = stubFetch({ '/status': json(status('normal')), '/events': json({ events: [] }), '/consumption?months=12': json(consumption('normal', 12)) });
    const el = await fixture<StatusPanel>(html`<status-panel lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></status-panel>`);
    await until(() => !!el.shadowRoot?.querySelector('[part=dashboard-button]'), 'panel');
    (el.shadowRoot?.querySelector('[part=dashboard-button]') as HTMLButtonElement).click();
    await until(() => openDialogs(el.shadowRoot).length === 1, 'dashboard open');
    await removeAndRestore(el);
    expect(openDialogs(el.shadowRoot)).to.deep.equal([]);
  });

  it('the license detail and the activation dialog of the screen', async () => {
    const el = await fixture<LicenseScreen>(html`<license-screen lang="en" endpoint=${ENDPOINT} .fetch=${stubFetch({ '/licenses': json(normalLicenses()) })}></license-screen>`);
    const list = () => el.shadowRoot?.querySelector('license-list');
    await until(() => !!list()?.shadowRoot?.querySelector('[part=license-name]'), 'list');
    (list()?.shadowRoot?.querySelector('[part=license-name]') as HTMLButtonElement).click();
    await until(() => openDialogs(el.shadowRoot).length === 1, 'detail open');
    await removeAndRestore(el);
    expect(openDialogs(el.shadowRoot)).to.deep.equal([]);
    (el.shadowRoot?.querySelector('[part~=activate-button]') as HTMLButtonElement).click();
    await until(() => openDialogs(el.shadowRoot).length === 1, 'activation open');
    await removeAndRestore(el);
    expect(openDialogs(el.shadowRoot)).to.deep.equal([]);
  });

  it('the add-event form of the events table', async () => {
    const el = await fixture<SystemEventsTable>(html`<system-events-table lang="en" editable endpoint=${ENDPOINT}
      .fetch=${stubFetch({ '/events': json({ events: [] }) })}></system-events-table>`);
    await until(() => !!el.shadowRoot?.querySelector('[part=add-button]'), 'table');
    (el.shadowRoot?.querySelector('[part=add-button]') as HTMLButtonElement).click();
    await until(() => openDialogs(el.shadowRoot).length === 1, 'form open');
    await removeAndRestore(el);
    expect(openDialogs(el.shadowRoot)).to.deep.equal([]);
  });
});

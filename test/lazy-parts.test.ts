/**
 * The parts of the screen that come in modules of their own (the Status tab, the license detail, the
 * activation dialog): while their code loads the person sees that it does, and when it cannot be fetched,
 * why, with Try again, never a blank; the dialogs keep their focus rules meanwhile.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/license-screen/define.js';
import type { LicenseScreen } from '../src/elements/license-screen/license-screen.js';
import { wrapPartLoads } from '../src/internal/lazy-part.js';
import { json, normalLicenses, stubFetch, until, visibleText } from './helpers.js';
import { deepActive } from './license-screen-fixtures.js';
import { catchDownloads } from './csv-download.js';

const ENDPOINT = 'https://crm.example/api';
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;

/** Holds back the loads of the parts named; each `release` lets one through or fails it. */
function holdParts(...names: string[]) {
  const held = new Map<string, { go: () => void; fail: () => void }>();
  wrapPartLoads((name, load) => {
    if (!names.includes(name)) return load();
    return new Promise((resolve, reject) => {
      held.set(name, { go: () => void load().then(resolve, reject), fail: () => reject(new TypeError('Failed to fetch dynamically imported module')) });
    });
  });
  return {
    async release(name: string, how: 'go' | 'fail') {
      await until(() => held.has(name), `${name} asked for`);
      const part = held.get(name);
      held.delete(name);
      part?.[how]();
    },
  };
}

async function screen(tab = '') {
  const fetch = stubFetch({ '/licenses': json(normalLicenses()), '/status': json({}) });
  const el = await fixture<LicenseScreen>(html`<license-screen lang="en" endpoint=${ENDPOINT} tab=${tab} .fetch=${fetch}></license-screen>`);
  return el;
}

describe('parts loaded when first needed', () => {
  afterEach(() => wrapPartLoads());

  it('the Status tab says it is loading, then why its code did not come, and Try again brings it', async () => {
    const parts = holdParts('status-panel');
    const el = await screen('status');
    const panel = () => shadow(el).querySelector('[role=tabpanel]') as HTMLElement;
    await until(() => visibleText(panel()).includes('Loading status…'), 'loading line');
    await parts.release('status-panel', 'fail');
    await until(() => visibleText(panel()).includes('This part could not be loaded'), 'failure');
    const alert = panel().querySelector('[role=alert]') as HTMLElement;
    expect(visibleText(alert)).to.contain('Check the network and try again.');
    (alert.querySelector('[part=retry-button]') as HTMLButtonElement).click();
    await parts.release('status-panel', 'go');
    await until(() => !!panel().querySelector('status-panel')?.shadowRoot, 'status panel shown');
    expect(panel().querySelector('[role=alert]')).to.equal(null);
  });

  it('the activation dialog opens at once with a loading line, keeps focus inside, and Escape returns focus', async () => {
    const parts = holdParts('activation-dialog');
    const el = await screen();
    await until(() => !!shadow(el).querySelector('[part~=activate-button]'), 'actions');
    const activate = shadow(el).querySelector('[part~=activate-button]') as HTMLButtonElement;
    activate.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = shadow(el).querySelector('dialog.activation') as HTMLDialogElement;
    await until(() => dialog.open && visibleText(dialog).includes('Loading…'), 'dialog open, loading');
    expect(visibleText(dialog)).to.contain('Activate new license');
    expect(dialog.contains(deepActive())).to.equal(true);
    await parts.release('activation-dialog', 'fail');
    await until(() => visibleText(dialog).includes('This part could not be loaded'), 'failure');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'closed');
    expect(deepActive()).to.equal(activate);
    // Opened again, the load is tried again and the dialog fills in.
    activate.click();
    await parts.release('activation-dialog', 'go');
    await until(() => !!dialog.querySelector('[part~=confirm-button]'), 'dialog content');
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(deepActive())).to.equal(true);
  });

  it('an export whose code cannot be fetched says so beside its button, and Try again exports', async () => {
    const downloads = catchDownloads();
    try {
      const parts = holdParts('license-csv');
      const el = await screen();
      const list = () => shadow(el).querySelector('license-list') as HTMLElement;
      await until(() => !!list()?.shadowRoot?.querySelector('[part=export-button]'), 'list');
      const root = list().shadowRoot as ShadowRoot;
      (root.querySelector('[part=export-button]') as HTMLButtonElement).click();
      await parts.release('license-csv', 'fail');
      await until(() => !!root.querySelector('[role=alert]')?.textContent?.includes('This part could not be loaded'), 'failure');
      (root.querySelector('[role=alert] [part=retry-button]') as HTMLButtonElement).click();
      await parts.release('license-csv', 'go');
      const saved = await downloads.last();
      expect(saved.fileName).to.match(/\.csv$/);
      await until(() => !root.querySelector('[role=alert]'), 'failure gone');
    } finally {
      downloads.restore();
    }
  });

  it('the license detail dialog shows a loading line until its element is here', async () => {
    const parts = holdParts('license-detail');
    const el = await screen();
    const list = () => shadow(el).querySelector('license-list') as HTMLElement;
    await until(() => !!list()?.shadowRoot?.querySelector('[part=license-name]'), 'list');
    (list().shadowRoot?.querySelector('[part=license-name]') as HTMLButtonElement).click();
    const dialog = shadow(el).querySelector('dialog.detail') as HTMLDialogElement;
    await until(() => dialog.open && visibleText(dialog).includes('Loading the license…'), 'loading in the dialog');
    await parts.release('license-detail', 'go');
    await until(() => !!dialog.querySelector('license-detail')?.shadowRoot, 'detail element');
  });
});

/**
 * The demo page as a designer uses it: what they do inside an element stays done (the page never undoes
 * it), the URL holds it, and the link brings it back.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { DemoExample } from '../demo/demo-example.js';
import type { DemoGallery } from '../demo/gallery.js';
import { SCENARIOS } from '../demo/endpoint/handler.js';
import { chooseFile, deepActive } from './license-screen-fixtures.js';
import type { LicenseScreen } from '../src/index.js';
import { readText, until, visibleText } from './helpers.js';

const control = (name: string) => document.querySelector(`#controls [name=${name}]`) as HTMLSelectElement;
function choose(name: string, value: string) {
  control(name).value = value;
  control(name).dispatchEvent(new Event('change', { bubbles: true }));
}
const example = (tag: string) => document.querySelector<DemoExample>(`demo-example#${tag}`) as DemoExample;
const live = (tag: string) => example(tag).shadowRoot?.querySelector('.stage')?.firstElementChild as HTMLElement;
const inShadow = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot?.querySelector<T>(selector) as T;
const snippet = (tag: string) => readText(example(tag).shadowRoot?.querySelector('pre'));
const param = (name: string) => new URL(location.href).searchParams.get(name);
const exampleControl = (tag: string, name: string) => inShadow<HTMLInputElement>(example(tag), `.controls [name=${name}]`);

const screen = () => live('license-screen');
const tabs = () => [...(screen().shadowRoot?.querySelectorAll<HTMLButtonElement>('[role=tab]') ?? [])];
const tab = (label: string) => tabs().find((button) => readText(button) === label) as HTMLButtonElement;
const selectedTab = () => readText(tabs().find((button) => button.getAttribute('aria-selected') === 'true'));

const table = () => live('system-events-table');
const rows = () => [...(table().shadowRoot?.querySelectorAll<HTMLTableRowElement>('tbody tr[aria-rowindex]') ?? [])];
const selectedRows = () => rows().filter((row) => row.getAttribute('aria-selected') === 'true');

/** A render of the example, the element's render after it, and the example following the element again. */
async function settle(tag: string) {
  await example(tag).updateComplete;
  await (live(tag) as LitElement).updateComplete;
  await example(tag).updateComplete;
}

/** Back on the normal scenario, its data shown again. */
async function normalShown() {
  await until(() => !!tab('SuperOffice') && rows().length > 0, 'the normal scenario shown');
}

/** The demo page as a link opens it: index.html in a frame of the given width. */
async function openPage(search: string, width: number): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: 700px; border: 0`;
  frame.src = `/index.html${search}`;
  document.body.append(frame);
  await until(() => (frame.contentDocument?.querySelectorAll('demo-example').length ?? 0) >= 5, 'the page in the frame', 8000);
  return frame.contentDocument as Document;
}

describe('demo page, as a designer uses it', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    // The page's own markup (index.html): the page builds its controls into the form.
    document.body.insertAdjacentHTML('beforeend', '<form id="controls"></form><demo-theme-editor></demo-theme-editor><main id="demo"></main>');
    await import('../demo/demo-page.js');
    await until(() => document.querySelectorAll('demo-example').length >= 5, 'examples from the manifest');
    await until(() => tabs().length > 1 && rows().length > 0, 'the screen and the events table');
  });

  it('has a labelled control for every page setting', async () => {
    const labels = [...document.querySelectorAll('#controls label')].map((label) => readText(label).split(' ')[0]);
    expect(labels).to.deep.equal(['View', 'Element', 'Scenario', 'Language', 'Theme', 'Width']);
    await expect(document.querySelector('#controls')).to.be.accessible();
  });

  it('keeps the tab a person clicked, through the next render and when other controls change', async () => {
    tab('Status').click();
    await until(() => screen().getAttribute('tab') === 'status', 'the Status tab');
    await settle('license-screen');
    // The page re-rendered the example (it logged tab-change); the screen still shows Status.
    expect(readText(example('license-screen').shadowRoot?.querySelector('[role=log]'))).to.contain('tab-change');
    expect(screen().getAttribute('tab')).to.equal('status');
    expect(selectedTab()).to.equal('Status');
    // The controls, the snippet and the URL follow the element.
    expect(exampleControl('license-screen', 'tab').value).to.equal('status');
    expect(snippet('license-screen')).to.contain('tab="status"');
    await until(() => param('license-screen.tab') === 'status', 'the tab in the URL');
    for (const [name, value] of [['theme', 'dark'], ['lang', 'sv'], ['scenario', 'expired'], ['width', 'tablet']]) {
      choose(name, value);
      await settle('license-screen');
      expect(screen().getAttribute('tab'), `after ${name}`).to.equal('status');
    }
    const tablist = () => screen().shadowRoot?.querySelector('[role=tablist]');
    const title = () => screen().shadowRoot?.querySelector('h2.title')?.textContent?.trim();
    await until(() => tablist()?.getAttribute('aria-labelledby') !== null && title() === 'Licenser' && tabs().at(-1)?.getAttribute('aria-selected') === 'true', 'Status, in Swedish');
    expect(screen().getAttribute('endpoint')).to.equal('/demo-api/expired');
    expect(param('license-screen.tab')).to.equal('status');
    for (const [name, value] of [['theme', 'light'], ['lang', 'en'], ['scenario', 'normal'], ['width', 'desktop']]) choose(name, value);
    await settle('license-screen');
    expect(screen().getAttribute('tab')).to.equal('status');
    await normalShown();
  });

  it('moves to the next tab with the arrow key, and keeps it', async () => {
    tab('SuperOffice').click();
    await until(() => screen().getAttribute('tab') === 'SUPEROFFICE', 'the owner tab');
    tab('SuperOffice').focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => screen().getAttribute('tab') === 'status', 'Status by the arrow key');
    expect(readText(deepActive())).to.equal('Status');
    await settle('license-screen');
    choose('theme', 'dark');
    await settle('license-screen');
    expect(selectedTab()).to.equal('Status');
    expect(param('license-screen.tab')).to.equal('status');
    choose('theme', 'light');
  });

  it('keeps the event row a person selected', async () => {
    const row = rows()[2] as HTMLTableRowElement;
    const name = readText(row.querySelector('td, th'));
    row.click();
    await until(() => !!table().getAttribute('selected'), 'a selected event');
    const id = table().getAttribute('selected') ?? '';
    await settle('system-events-table');
    expect(table().getAttribute('selected')).to.equal(id);
    expect(selectedRows().map((selected) => readText(selected.querySelector('td, th')))).to.deep.equal([name]);
    expect(exampleControl('system-events-table', 'selected').value).to.equal(id);
    expect(snippet('system-events-table')).to.contain(`selected="${id}"`);
    await until(() => param('system-events-table.selected') === id, 'the event in the URL');
    choose('lang', 'de');
    await settle('system-events-table');
    expect(table().getAttribute('selected')).to.equal(id);
    await until(() => visibleText(table()).includes('Ereignisse'), 'German');
    expect(selectedRows()).to.have.length(1);
    choose('lang', 'en');
  });

  it('adds an event and deletes it on the demo endpoint', async () => {
    expect(exampleControl('system-events-table', 'editable').checked).to.equal(true);
    const dialog = () => inShadow<HTMLDialogElement>(table(), 'dialog[part~=dialog]');
    inShadow<HTMLButtonElement>(table(), '[part=add-button]').click();
    await until(() => dialog().open, 'the Add dialog');
    const description = dialog().querySelector('textarea') as HTMLTextAreaElement;
    description.value = 'Upgrade tonight';
    (dialog().querySelector('[part=confirm-button]') as HTMLButtonElement).click();
    await until(() => !dialog().open && (table().getAttribute('selected') ?? '').startsWith('admin-'), 'the added event, selected');
    const id = table().getAttribute('selected') ?? '';
    expect(visibleText(table())).to.contain('Upgrade tonight');
    await until(() => param('system-events-table.selected') === id, 'the new event in the URL');
    const onServer = async () =>
      ((await (await fetch(`${table().getAttribute('endpoint')}/events`)).json()) as { events: { id: string }[] }).events.map((e) => e.id);
    expect(await onServer()).to.include(id);

    inShadow<HTMLButtonElement>(table(), '[part=delete-button]').click();
    await until(() => dialog().open && readText(dialog()).includes('Delete the event'), 'the Delete dialog');
    (dialog().querySelector('[part=confirm-button]') as HTMLButtonElement).click();
    // The table selects a neighbour of the deleted event, so focus stays on a row.
    await until(() => !dialog().open && table().getAttribute('selected') !== id, 'the event deleted');
    expect(await onServer()).not.to.include(id);
    await until(() => param('system-events-table.selected') !== id, 'the deleted event gone from the URL');
  });

  it("opens the screen's activation dialog and its license file chooser", async () => {
    tab('SuperOffice').click();
    await until(() => !!inShadow(screen(), '[part=activate-button]'), 'the owner tab');
    const activation = () => inShadow<HTMLDialogElement>(screen(), 'dialog.activation');
    inShadow<HTMLButtonElement>(screen(), '[part=activate-button]').click();
    await until(() => activation().open && readText(activation()).includes('Sales-Premium'), 'the activation dialog with its changes');
    (activation().querySelector('[part=cancel-button]') as HTMLButtonElement).click();
    await until(() => !activation().open, 'the activation dialog closed');

    const input = inShadow<HTMLInputElement>(screen(), 'input[type=file]');
    let chooserAsked = false;
    const asked = (event: Event) => {
      chooserAsked = true;
      event.preventDefault();
    };
    input.addEventListener('click', asked);
    inShadow<HTMLButtonElement>(screen(), '[part=file-button]').click();
    input.removeEventListener('click', asked);
    expect(chooserAsked).to.equal(true);
    // A file that is not a license file: refused by the endpoint, so the demo's licenses stay as they are.
    chooseFile(screen() as LicenseScreen, 'not a license');
    await until(() => visibleText(screen()).includes('The license file was refused'), 'the refused file');
    expect(screen().getAttribute('tab')).to.equal('SUPEROFFICE');
  });

  it("opens the status panel's metered-services dashboard", async () => {
    const panel = live('status-panel');
    await until(() => !!inShadow(panel, '[part=dashboard-button]'), 'the status panel');
    inShadow<HTMLButtonElement>(panel, '[part=dashboard-button]').click();
    const dashboard = () => inShadow<HTMLDialogElement>(panel, 'dialog[part=dashboard]');
    await until(() => dashboard().open && !!dashboard().querySelector('[part=service]'), 'the dashboard with its services');
    (dashboard().querySelector('[part=close-button]') as HTMLButtonElement).click();
    await until(() => !dashboard().open, 'the dashboard closed');
  });

  it('switches the stage, not the window, between phone, tablet and desktop widths', async () => {
    const width = (tag: string) => live(tag).getBoundingClientRect().width;
    choose('width', 'phone');
    await settle('license-list');
    expect(width('license-list')).to.equal(390);
    expect(width('system-events-table')).to.equal(390);
    expect(param('width')).to.equal('phone');
    choose('width', 'tablet');
    await settle('license-list');
    expect(width('license-list')).to.equal(768);
    choose('width', 'desktop');
    await settle('license-list');
    expect(width('license-list')).to.be.above(768);
    expect(param('width')).to.equal(null);
  });

  it('shows one element in every scenario in the gallery, each cell named', async () => {
    choose('view', 'gallery');
    expect((document.querySelector('#controls [data-control=scenario]') as HTMLElement).hidden).to.equal(true);
    choose('element', 'status-panel');
    const gallery = document.querySelector('demo-gallery') as DemoGallery;
    await gallery.updateComplete;
    const cells = [...(gallery.shadowRoot?.querySelectorAll('figure') ?? [])];
    expect(cells.map((cell) => readText(cell.querySelector('figcaption')))).to.deep.equal(
      Object.entries(SCENARIOS).map(([id, label]) => `${label} ${id}`),
    );
    expect(cells.map((cell) => cell.querySelector('.stage > *')?.getAttribute('endpoint'))).to.deep.equal(
      Object.keys(SCENARIOS).map((id) => `/demo-api/${id}`),
    );
    expect(cells.every((cell) => cell.querySelector('.stage > *')?.localName === 'status-panel')).to.equal(true);
    expect((document.querySelector('main .examples') as HTMLElement).hidden).to.equal(true);
    expect(param('view')).to.equal('gallery');
    expect(param('element')).to.equal('status-panel');
    const expired = cells[Object.keys(SCENARIOS).indexOf('expired')] as HTMLElement;
    await until(() => visibleText(expired.querySelector('status-panel') as HTMLElement).includes('Database'), 'the expired cell');
    choose('width', 'phone');
    await gallery.updateComplete;
    expect(expired.querySelector('status-panel')?.getBoundingClientRect().width).to.equal(390);
    choose('width', 'desktop');
    // Each cell has the attributes of the element's own example.
    choose('element', 'license-detail');
    await gallery.updateComplete;
    const details = [...(gallery.shadowRoot?.querySelectorAll('.stage > license-detail') ?? [])];
    expect(details).to.have.length(cells.length);
    expect(details.every((detail) => detail.getAttribute('owner') === 'SUPEROFFICE' && detail.getAttribute('module') === 'ten-sales')).to.equal(true);
    choose('view', 'examples');
    await gallery.updateComplete;
    expect(gallery.shadowRoot?.querySelectorAll('figure')).to.have.length(0);
    expect(param('element')).to.equal(null);
  });

  it('opened from its URL, the page shows what the designer saw', async function () {
    this.timeout(15_000);
    tab('Status').click();
    (rows()[1] as HTMLTableRowElement).click();
    await until(() => screen().getAttribute('tab') === 'status' && !!table().getAttribute('selected'), 'a tab and an event');
    const id = table().getAttribute('selected') ?? '';
    choose('scenario', 'expired');
    choose('lang', 'de');
    choose('theme', 'dark');
    choose('width', 'phone');
    await until(() => param('system-events-table.selected') === id && param('license-screen.tab') === 'status', 'the URL');
    const page = await openPage(location.search, 1000);
    const frameControl = (name: string) => (page.querySelector(`#controls [name=${name}]`) as HTMLSelectElement).value;
    expect(['scenario', 'lang', 'theme', 'width', 'view'].map(frameControl)).to.deep.equal(['expired', 'de', 'dark', 'phone', 'examples']);
    expect(page.documentElement.lang).to.equal('de');
    expect(page.documentElement.dataset.theme).to.equal('dark');
    const frameLive = (tag: string) => page.querySelector(`demo-example#${tag}`)?.shadowRoot?.querySelector('.stage > *') as HTMLElement;
    expect(frameLive('license-screen').getAttribute('tab')).to.equal('status');
    expect(frameLive('license-screen').getAttribute('endpoint')).to.equal('/demo-api/expired');
    await until(() => !!frameLive('license-screen').shadowRoot?.querySelector('[role=tab][aria-selected=true]'), 'the screen in the frame');
    expect(readText(frameLive('license-screen').shadowRoot?.querySelector('[role=tab][aria-selected=true]'))).to.equal('Status');
    const frameTable = frameLive('system-events-table');
    await until(() => !!frameTable.shadowRoot?.querySelector('tbody tr[aria-selected=true]'), 'the selected event in the frame');
    expect(frameTable.getAttribute('selected')).to.equal(id);
    expect(frameTable.getBoundingClientRect().width).to.equal(390);
    page.defaultView?.frameElement?.remove();
    for (const [name, value] of [['scenario', 'normal'], ['lang', 'en'], ['theme', 'light'], ['width', 'desktop']]) choose(name, value);
    await normalShown();
  });

  it('fits a 390 px wide window, in German, with the theme editor open and in the gallery (set up as the link says)', async function () {
    this.timeout(15_000);
    const page = await openPage('?lang=de&license-screen.tab=status', 390);
    const fits = () => page.documentElement.scrollWidth <= page.documentElement.clientWidth;
    await until(() => !!page.querySelector('demo-example')?.shadowRoot?.querySelector('.stage > *'), 'the examples');
    expect(fits(), 'examples').to.equal(true);
    (page.querySelector('details.theme-panel') as HTMLDetailsElement).open = true;
    expect(fits(), 'theme editor').to.equal(true);
    const view = page.querySelector('#controls [name=view]') as HTMLSelectElement;
    view.value = 'gallery';
    view.dispatchEvent(new Event('change', { bubbles: true }));
    const gallery = page.querySelector('demo-gallery') as DemoGallery;
    await gallery.updateComplete;
    expect(fits(), 'gallery').to.equal(true);
    // The gallery shows the screen as the link set it up: on its Status tab.
    const screens = [...(gallery.shadowRoot?.querySelectorAll('.stage > license-screen') ?? [])];
    expect(screens.map((screen) => screen.getAttribute('tab'))).to.deep.equal(Object.keys(SCENARIOS).map(() => 'status'));
    page.defaultView?.frameElement?.remove();
  });
});

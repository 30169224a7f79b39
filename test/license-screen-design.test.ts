/**
 * The screen as an admin screen: one primary action in the owner's toolbar (Activate while the license
 * server holds a change, else Purchase), a tab strip that scrolls in its own region and keeps the selected
 * tab in view and distinguishable in forced colours, focus after an activation, and nothing past the edge
 * at 360 px with a dialog open.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { LicenseScreen } from '../src/elements/license-screen/license-screen.js';
import { registerLicenseTab, unregisterLicenseTab } from '../src/elements/license-screen/tab-registry.js';
import { json, normalLicenses, stubFetch, until, visibleText, type Reply } from './helpers.js';
import { licenseDetail as demoDetail, licenses as demoLicenses } from '../demo/endpoint/fixtures.js';
import { confirm, deepActive, dialog, ENDPOINT, openActivation, part, renderScreen, rowText, shadow, vendorRoutes } from './license-screen-fixtures.js';
import { pastEdge } from './layout-checks.js';

const actions = (el: LicenseScreen) => [...(part(el, 'actions')?.querySelectorAll<HTMLElement>(':scope > a, :scope > button') ?? [])];
/** What sets an action apart to the eye: its fill, its text colour and its weight. */
const look = (element: Element) => {
  const style = getComputedStyle(element);
  return `${style.backgroundColor} / ${style.color} / ${style.fontWeight}`;
};
const label = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim();

/** The one action that looks primary, checked against how every other action looks. */
function primaryAction(el: LicenseScreen) {
  const all = actions(el);
  const primary = all.filter((action) => action.classList.contains('primary'));
  expect(primary, 'one primary action').to.have.length(1);
  const [chosen] = primary as [HTMLElement];
  const others = all.filter((action) => action !== chosen);
  expect(others.length, 'secondary actions beside it').to.be.greaterThan(0);
  for (const other of others) expect(look(other), `${label(other)} looks secondary`).to.not.equal(look(chosen));
  // The secondary actions all look alike: only one stands out.
  expect(new Set(others.map(look)).size).to.equal(1);
  return chosen;
}

/** `/licenses` without `pending`: the screen cannot tell what the license server holds before it asks. */
function routesWithoutPending(): Record<string, Reply> {
  const licenses = normalLicenses();
  const owner = licenses.owners[0]!;
  owner.modules = owner.modules.map(({ pending: _, ...module }) => module) as typeof owner.modules;
  const routes: Record<string, Reply> = { '/licenses': json(licenses) };
  for (const module of owner.modules) {
    const pending = module.id === 'ten-sales' ? { newTotal: 30, added: 5 } : null;
    routes[`/licenses/SUPEROFFICE/${module.id}`] = json({ ...demoDetail('normal', 'SUPEROFFICE', module.id), pending });
  }
  return routes;
}

describe('owner toolbar: the primary action', () => {
  it('is Activate new license while the license server holds a change for the owner', async () => {
    const { el } = await renderScreen(vendorRoutes());
    const primary = primaryAction(el);
    expect(primary.localName).to.equal('button');
    expect(label(primary)).to.equal('Activate new license');
    expect(label(actions(el)[0] as Element)).to.equal('Purchase new licenses (opens in a new window)');
    await expect(el).to.be.accessible();
  });

  it('is Purchase new licenses when nothing is waiting on the license server', async () => {
    const { el } = await renderScreen(vendorRoutes({ 'ten-sales': null }));
    const primary = primaryAction(el);
    expect(primary.localName).to.equal('a');
    expect(label(primary)).to.equal('Purchase new licenses (opens in a new window)');
    expect(part(el, 'activate-button')?.classList.contains('primary')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('is Purchase new licenses when the change waiting cannot be activated (a new total below the number in use)', async () => {
    const { el } = await renderScreen(vendorRoutes({ 'ten-sales': { newTotal: 20, added: -5 } }));
    expect(label(primaryAction(el))).to.equal('Purchase new licenses (opens in a new window)');
  });

  it('becomes Activate once the activation dialog has found a change /licenses did not tell of, and focus returns to the opener', async () => {
    const { el } = await renderScreen(routesWithoutPending());
    expect(label(primaryAction(el))).to.equal('Purchase new licenses (opens in a new window)');
    const opener = await openActivation(el);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open, 'dialog closed');
    expect(deepActive() === opener, 'focus back on Activate new license').to.equal(true);
    await el.updateComplete;
    expect(primaryAction(el) === opener, 'Activate new license is primary').to.equal(true);
  });
});

describe('after Activate', () => {
  it('moves focus to the outcome, without passing through <body>, and Purchase is primary again', async () => {
    const activated = normalLicenses().owners[0]!;
    activated.modules = activated.modules.map((m) => (m.id === 'ten-sales' ? { ...m, total: 30, free: 7, pending: null } : { ...m, pending: null }));
    const { el } = await renderScreen({ ...vendorRoutes(), '/licenses/SUPEROFFICE/activate': json({ owner: activated, changed: ['ten-sales'] }) });
    await openActivation(el);
    const lost: string[] = [];
    const onFocusOut = (event: Event) => {
      if ((event as FocusEvent).relatedTarget === null) lost.push((event.target as Element).getAttribute('part') ?? (event.target as Element).localName);
    };
    shadow(el).addEventListener('focusout', onFocusOut, true);
    try {
      confirm(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !dialog(el).open && visibleText(part(el, 'message') as HTMLElement) !== '', 'activated');
      await el.updateComplete;
    } finally {
      shadow(el).removeEventListener('focusout', onFocusOut, true);
    }
    expect(lost, 'focus left for nowhere').to.deep.equal([]);
    const message = part(el, 'message') as HTMLElement;
    expect(deepActive() === message, 'focus on the outcome').to.equal(true);
    expect(message.getAttribute('role')).to.equal('status');
    expect(visibleText(message)).to.equal('New license activated Changed: Sales-Premium (30).');
    await until(() => rowText(el, 'Sales-Premium')?.endsWith('30') ?? false, 'list updated');
    expect(label(primaryAction(el))).to.equal('Purchase new licenses (opens in a new window)');
    await expect(el).to.be.accessible();
  });
});

describe('tab strip', () => {
  const PARTNERS = ['Quotes workspace', 'Analytics dashboards', 'Document archive', 'Field service'];
  afterEach(() => PARTNERS.forEach((_, i) => unregisterLicenseTab(`partner-${i}`)));

  async function narrowScreen() {
    PARTNERS.forEach((label, i) => registerLicenseTab({ id: `partner-${i}`, label, tagName: 'test-narrow-partner', order: i }));
    const fetch = stubFetch({ '/licenses': json(demoLicenses('third-party')) });
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 360px"><license-screen lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></license-screen></div>`);
    const el = box.querySelector('license-screen') as LicenseScreen;
    await until(() => shadow(el).querySelectorAll('[role=tab]').length === 8, 'tabs');
    await el.updateComplete;
    return { el, strip: shadow(el).querySelector('[role=tablist]') as HTMLElement };
  }
  const selected = (el: LicenseScreen) => shadow(el).querySelector('[role=tab][aria-selected=true]') as HTMLElement;
  const inView = (strip: HTMLElement, tab: HTMLElement) => {
    const [outer, inner] = [strip.getBoundingClientRect(), tab.getBoundingClientRect()];
    return inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
  };

  it('scrolls sideways in its own region at 360 px, tabs on one row, and scrolls the selected tab into view', async () => {
    const { el, strip } = await narrowScreen();
    const tabs = [...strip.querySelectorAll<HTMLElement>('[role=tab]')];
    expect(getComputedStyle(strip).overflowX).to.equal('auto');
    expect(strip.scrollWidth, 'the tabs need more room than there is').to.be.greaterThan(strip.clientWidth);
    expect(new Set(tabs.map((tab) => tab.offsetTop)).size, 'one row').to.equal(1);
    expect(strip.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
    const status = tabs.at(-1) as HTMLElement;
    expect(inView(strip, status), 'Status starts out of view').to.equal(false);
    el.tab = 'status';
    await el.updateComplete;
    expect(selected(el) === status, 'Status selected').to.equal(true);
    expect(inView(strip, status), 'Status scrolled into view').to.equal(true);
    el.tab = 'SUPEROFFICE';
    await el.updateComplete;
    expect(inView(strip, selected(el)), 'the first tab back in view').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps the selected tab distinguishable in forced colours: only it has a line', async () => {
    const { el } = await renderScreen(vendorRoutes());
    const [chosen, other] = [...shadow(el).querySelectorAll<HTMLElement>('[role=tab]')] as [HTMLElement, HTMLElement];
    expect(chosen.getAttribute('aria-selected')).to.equal('true');
    const line = (tab: HTMLElement) => {
      const style = getComputedStyle(tab);
      return { width: parseFloat(style.borderBottomWidth), style: style.borderBottomStyle, color: style.borderBottomColor };
    };
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const mine = line(chosen);
      expect(mine.width).to.be.at.least(2);
      expect(mine.style).to.equal('solid');
      expect(mine.color).to.not.equal(getComputedStyle(chosen).backgroundColor);
      const theirs = line(other);
      expect(theirs.width === 0 || theirs.style === 'none', `an unselected tab draws no line (${JSON.stringify(theirs)})`).to.equal(true);
      // The selected tab is not told apart by colour alone: it has the line and the others do not.
      expect(chosen.offsetHeight).to.equal(other.offsetHeight);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

describe('at 360 px in German', function () {
  this.timeout(20_000);
  before(async () => {
    await setViewport({ width: 360, height: 740 });
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('nothing of the screen or its open activation dialog reaches past the edge', async () => {
    const fetch = stubFetch(vendorRoutes({ 'ten-sales': { newTotal: 20, added: -5 }, pocket: { newTotal: 12, added: 2 } }));
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 360px"><license-screen lang="de" endpoint=${ENDPOINT} .fetch=${fetch}></license-screen></div>`);
    const el = box.querySelector('license-screen') as LicenseScreen;
    await until(() => !!part(el, 'activate-button') && visibleText(el).includes('Neue Lizenz aktivieren'), 'German screen');
    await openActivation(el);
    expect(visibleText(dialog(el))).to.contain('Änderungen auf dem Lizenzserver');
    // The license list below the toolbar is checked at narrow widths by its own suite.
    expect(pastEdge(box, 360, 'license-list'), 'past the right edge').to.deep.equal([]);
    const frame = dialog(el).getBoundingClientRect();
    expect(frame.left).to.be.at.least(0);
    expect(frame.right).to.be.at.most(360);
    // The buttons wrap rather than widen the dialog; the changes stack, each count under its label.
    const cell = dialog(el).querySelector('[part=changes] tbody td') as HTMLElement;
    expect(getComputedStyle(cell, '::before').content).to.contain('In Verwendung');
    await expect(el).to.be.accessible();
  });

  it('the metered-services dashboard and its cards fit', async () => {
    const el = await fixture<HTMLElement>(html`<div style="inline-size: 360px"><status-panel lang="de" endpoint="/demo-api/normal"></status-panel></div>`);
    const panel = el.querySelector('status-panel') as HTMLElement;
    await until(() => !!panel.shadowRoot?.querySelector('[part=dashboard-button]'), 'panel');
    (panel.shadowRoot?.querySelector('[part=dashboard-button]') as HTMLButtonElement).click();
    await until(() => (panel.shadowRoot?.querySelectorAll('[part=service]').length ?? 0) > 0, 'dashboard');
    for (const details of panel.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
    await until(() => visibleText(panel).includes('Verbrauchsabhängige Dienste'), 'German');
    expect(pastEdge(el, 360), 'past the right edge').to.deep.equal([]);
    const board = panel.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
    expect(board.getBoundingClientRect().right).to.be.at.most(360);
    expect(board.scrollWidth).to.be.at.most(board.clientWidth + 1);
  });
});

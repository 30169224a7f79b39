import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import '../src/elements/license-list/define.js';
import '../src/elements/license-screen/define.js';
import type { LicenseScreen } from '../src/elements/license-screen/license-screen.js';
import {
  registerLicenseTab,
  registeredLicenseTabs,
  unregisterLicenseTab,
} from '../src/elements/license-screen/tab-registry.js';
import { dataSourceContext, licenseOwnerContext } from '../src/data/context.js';
import type { LicenseDataSource } from '../src/data/data-source.js';
import type { LicenseOwner } from '../src/data/schema.js';
import { deferred, json, problem, stubFetch, until, visibleText } from './helpers.js';
import { licenses as demoLicenses } from '../demo/endpoint/fixtures.js';

const ENDPOINT = 'https://crm.example/api';

/** A partner's element: shows the owner and the endpoint it was given through context. */
class TestPartnerTab extends LitElement {
  @consume({ context: licenseOwnerContext, subscribe: true })
  @state()
  owner?: LicenseOwner;

  @consume({ context: dataSourceContext, subscribe: true })
  @state()
  source?: LicenseDataSource;

  override render() {
    return litHtml`<p>${this.owner ? `Partner view of ${this.owner.name} (${this.owner.serialNumber})` : 'Partner view without owner'}</p>`;
  }
}
customElements.define('test-partner-tab', TestPartnerTab);

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const tabs = (el: LicenseScreen) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[role=tab]')];
const tabLabels = (el: LicenseScreen) => tabs(el).map((tab) => tab.textContent?.trim());
const selectedLabel = (el: LicenseScreen) =>
  shadow(el).querySelector('[role=tab][aria-selected=true]')?.textContent?.trim();
const panel = (el: LicenseScreen) => shadow(el).querySelector('[role=tabpanel]') as HTMLElement;
const list = (el: LicenseScreen) => panel(el).querySelector('license-list');
const tabNamed = (el: LicenseScreen, label: string) =>
  tabs(el).find((tab) => tab.textContent?.trim() === label) as HTMLButtonElement;

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function renderScreen(routes: Parameters<typeof stubFetch>[0], content = html``, tab = '') {
  const fetch = stubFetch(routes);
  const el = await fixture<LicenseScreen>(
    html`<license-screen lang="en" endpoint=${ENDPOINT} tab=${tab} .fetch=${fetch}>${content}</license-screen>`,
  );
  await until(() => tabs(el).length > 1 || !!shadow(el).querySelector('[part=error]'), 'tabs');
  await el.updateComplete;
  return { el, fetch };
}

const thirdParty = () => json(demoLicenses('third-party'));

describe('<license-screen>', () => {
  afterEach(() => registeredLicenseTabs().forEach((tab) => unregisterLicenseTab(tab.id)));

  it('shows one tab per owner, the vendor first, then Status', async () => {
    const data = demoLicenses('third-party');
    // The vendor listed last still comes first.
    data.owners.push(data.owners.shift() as (typeof data.owners)[number]);
    const { el } = await renderScreen({ '/licenses': json(data) });
    expect(tabLabels(el)).to.deep.equal(['SuperOffice', 'Acme Quotes', 'Fjord Analytics', 'Status']);
    // One title names the screen and its list of tabs.
    const titles = [...shadow(el).querySelectorAll('h2')];
    expect(titles.map((h2) => `${h2.className}: ${h2.textContent?.trim()}`)).to.deep.equal(['title: Licenses']);
    const labelledBy = shadow(el).querySelector('[role=tablist]')?.getAttribute('aria-labelledby') ?? '';
    expect(shadow(el).getElementById(labelledBy)).to.equal(titles[0]);
    expect(selectedLabel(el)).to.equal('SuperOffice');
    expect(el.getAttribute('tab')).to.equal('SUPEROFFICE');
    expect(panel(el).getAttribute('aria-labelledby')).to.equal(tabs(el)[0]?.id);
    await expect(el).to.be.accessible();
  });

  it('reads /licenses once for every owner tab', async () => {
    const { el, fetch } = await renderScreen({ '/licenses': thirdParty() });
    await until(() => visibleText(list(el) as Element).includes('Sales-Premium'), 'vendor list');
    tabNamed(el, 'Acme Quotes').click();
    await el.updateComplete;
    await until(() => visibleText(list(el) as Element).includes('Acme Quote Designer'), 'Acme list');
    tabNamed(el, 'Fjord Analytics').click();
    await el.updateComplete;
    await until(() => visibleText(list(el) as Element).includes('FJ-0042'), 'Fjord list');
    expect(fetch.requests.map((request) => request.url)).to.deep.equal([`${ENDPOINT}/licenses`]);
  });

  it('moves between tabs with the arrow keys, Home and End (roving tabindex)', async () => {
    const { el } = await renderScreen({ '/licenses': thirdParty() });
    const changes: string[] = [];
    el.addEventListener('tab-change', (event) => changes.push(event.detail.tab));
    tabs(el)[0]?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedLabel(el)).to.equal('Acme Quotes');
    expect(deepActive()?.textContent?.trim()).to.equal('Acme Quotes');
    expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(deepActive()?.textContent?.trim()).to.equal('Status');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedLabel(el)).to.equal('SuperOffice');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(selectedLabel(el)).to.equal('Status');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(deepActive()?.textContent?.trim()).to.equal('SuperOffice');
    expect(changes).to.deep.equal(['ACME', 'status', 'SUPEROFFICE', 'status', 'SUPEROFFICE']);
    // Tab leaves the tab list for the panel.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('role')).to.equal('tabpanel');
  });

  it('deep-links through the tab attribute and reports changes with tab-change', async () => {
    const { el } = await renderScreen({ '/licenses': thirdParty() }, html``, 'FJORD');
    expect(selectedLabel(el)).to.equal('Fjord Analytics');
    await until(() => visibleText(list(el) as Element).includes('FJ-0042'), 'Fjord list');
    el.setAttribute('tab', 'ACME');
    await el.updateComplete;
    expect(selectedLabel(el)).to.equal('Acme Quotes');
    setTimeout(() => tabNamed(el, 'Status').click());
    const event = await oneEvent(el, 'tab-change');
    expect(event.detail).to.deep.equal({ tab: 'status' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('tab')).to.equal('status');
    // Its code comes when the tab is first shown.
    await until(() => !!panel(el).querySelector('status-panel')?.shadowRoot, 'status-panel is defined by the screen');
    const status = panel(el).querySelector('status-panel') as HTMLElement;
    // It reads from the screen's data source: no endpoint of its own.
    expect(status.getAttribute('endpoint') ?? '').to.equal('');
    // A host may keep the person where they are.
    el.addEventListener('tab-change', (e) => e.preventDefault(), { once: true });
    tabNamed(el, 'SuperOffice').click();
    await el.updateComplete;
    expect(el.getAttribute('tab')).to.equal('status');
  });

  it('shows the first tab for an unknown tab id and keeps the id for a tab that may come later', async () => {
    const { el } = await renderScreen({ '/licenses': thirdParty() }, html``, 'later');
    expect(selectedLabel(el)).to.equal('SuperOffice');
    registerLicenseTab({ id: 'later', label: 'Later', tagName: 'test-partner-tab' });
    await el.updateComplete;
    expect(selectedLabel(el)).to.equal('Later');
  });

  it('adds partner tabs from the tab slot, kept in sync, each with its own owner', async () => {
    const { el } = await renderScreen(
      { '/licenses': thirdParty() },
      html`<test-partner-tab slot="tab" data-tab="ACME" data-label="Acme add-on"></test-partner-tab>
        <test-partner-tab slot="tab" data-tab="notes" data-label="Notes" data-order="1"></test-partner-tab>`,
    );
    await until(() => tabLabels(el).includes('Notes'), 'slotted tabs');
    expect(tabLabels(el)).to.deep.equal(['SuperOffice', 'Acme add-on', 'Fjord Analytics', 'Notes', 'Status']);
    const [acme, notes] = [...el.querySelectorAll('test-partner-tab')] as TestPartnerTab[];
    await until(() => acme?.owner?.id === 'ACME', 'Acme owner through context');
    expect(acme?.checkVisibility()).to.equal(false);
    tabNamed(el, 'Acme add-on').click();
    await el.updateComplete;
    expect(acme?.checkVisibility()).to.equal(true);
    expect(notes?.checkVisibility()).to.equal(false);
    expect(visibleText(acme as Element)).to.contain('Partner view of Acme Quotes (AC-2231)');
    // An owner's tab keeps the owner's actions above the partner's element.
    expect(panel(el).querySelector('[part=actions]')).to.exist;
    expect(list(el)).to.equal(null);
    expect(acme?.source?.endpoint).to.equal(ENDPOINT);
    tabNamed(el, 'Notes').click();
    await el.updateComplete;
    expect(notes?.checkVisibility()).to.equal(true);
    expect(acme?.checkVisibility()).to.equal(false);
    expect(visibleText(notes as Element)).to.contain('without owner');
    await expect(el).to.be.accessible();

    const late = document.createElement('test-partner-tab');
    Object.assign(late.dataset, { tab: 'late', label: 'Late' });
    late.slot = 'tab';
    el.append(late);
    await until(() => tabLabels(el).includes('Late'), 'tab added later');
    notes?.remove();
    await until(() => !tabLabels(el).includes('Notes'), 'tab removed');
    expect(tabLabels(el)).to.deep.equal(['SuperOffice', 'Acme add-on', 'Fjord Analytics', 'Late', 'Status']);
  });

  it('adds partner tabs from the registry, also to a screen already shown', async () => {
    registerLicenseTab({ id: 'FJORD', label: 'Fjord add-on', tagName: 'test-partner-tab' });
    const { el } = await renderScreen({ '/licenses': thirdParty() });
    expect(tabLabels(el)).to.deep.equal(['SuperOffice', 'Acme Quotes', 'Fjord add-on', 'Status']);
    registerLicenseTab({ id: 'second', label: 'Second', tagName: 'test-partner-tab', order: 2 });
    registerLicenseTab({ id: 'first', label: 'First', tagName: 'test-partner-tab', order: 1 });
    await el.updateComplete;
    expect(tabLabels(el)).to.deep.equal(['SuperOffice', 'Acme Quotes', 'Fjord add-on', 'First', 'Second', 'Status']);
    tabNamed(el, 'Fjord add-on').click();
    await el.updateComplete;
    const partner = panel(el).querySelector('test-partner-tab') as TestPartnerTab;
    await until(() => visibleText(partner).includes('Fjord Analytics (FJ-0042)'), 'owner through context');
    expect(partner.source?.endpoint).to.equal(ENDPOINT);
    unregisterLicenseTab('second');
    await el.updateComplete;
    expect(tabLabels(el)).not.to.include('Second');
    expect(() => registerLicenseTab({ id: 'x', label: 'X', tagName: 'not a tag' })).to.throw(TypeError);
  });

  it('opens the license detail in a dialog: focus moves in, Escape closes it, focus returns', async () => {
    const { el } = await renderScreen({
      '/licenses': thirdParty(),
      '/licenses/SUPEROFFICE/ten-sales': json({ ...demoLicenses('third-party').owners[0]!.modules[10], ownerId: 'SUPEROFFICE' }),
    });
    await until(() => visibleText(list(el) as Element).includes('Sales-Premium'), 'list');
    const name = [...shadow(list(el) as Element).querySelectorAll<HTMLButtonElement>('[part=license-name]')].find(
      (button) => button.textContent?.trim() === 'Sales-Premium',
    ) as HTMLButtonElement;
    name.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = shadow(el).querySelector('dialog.detail') as HTMLDialogElement;
    await until(() => dialog.open, 'dialog open');
    expect(dialog.contains(deepActive())).to.equal(true);
    await until(() => !!dialog.querySelector('license-detail'), 'detail element');
    const detail = dialog.querySelector('license-detail') as Element;
    expect(detail.getAttribute('module')).to.equal('ten-sales');
    await until(() => visibleText(detail).includes('User plans'), 'detail loaded');
    // The screen's data names the prerequisite the detail only knows by id.
    expect(visibleText(detail)).to.contain('Online Web Services');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'dialog closed');
    expect(deepActive()).to.equal(name);
    expect(dialog.querySelector('license-detail')).to.equal(null);
  });

  it('leaves the license to the host when it cancels license-select', async () => {
    const { el } = await renderScreen({ '/licenses': thirdParty() });
    await until(() => visibleText(list(el) as Element).includes('Sales-Premium'), 'list');
    const onSelect = (event: Event) => event.preventDefault();
    document.addEventListener('license-select', onSelect);
    try {
      (shadow(list(el) as Element).querySelector('[part=license-name]') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((shadow(el).querySelector('dialog.detail') as HTMLDialogElement).open).to.equal(false);
    } finally {
      document.removeEventListener('license-select', onSelect);
    }
  });

  it('has loading and error states, and keeps Status reachable when /licenses fails', async () => {
    const reply = deferred();
    const fetch = stubFetch({ '/licenses': reply.reply });
    const el = await fixture<LicenseScreen>(html`<license-screen lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></license-screen>`);
    expect(shadow(el).querySelector('[part=loading]')?.textContent).to.contain('Loading licenses');
    await expect(el).to.be.accessible();
    reply.resolve(problem(500, 'down'));
    await until(() => !!shadow(el).querySelector('[part=error]'), 'error');
    expect(visibleText(el)).to.contain('The license service has a problem');
    expect(tabLabels(el)).to.deep.equal(['Status']);
    await expect(el).to.be.accessible();
  });

  it('says what to do without an endpoint', async () => {
    const el = await fixture<LicenseScreen>(html`<license-screen lang="en"></license-screen>`);
    expect(visibleText(el)).to.contain('Set the endpoint attribute');
  });
});

import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { provide } from '@lit/context';
import { msg } from '../../i18n/msg.js';
import { LicenseElement } from '../../internal/license-element.js';
import { dataSourceContext, licenseOwnerContext, licensesContext } from '../../data/context.js';
import type { LicenseDataSource } from '../../data/data-source.js';
import type { ActivationResult, LicensesResponse } from '../../data/schema.js';
import { Resource } from '../../internal/resource.js';
import { readAtConnect, takeEarly } from '../../data/early-reads.js';
import { errorView, loadingView, noEndpointView, noLicensesView, ownerTabsNotice, staleNotice } from '../../internal/states.js';
import { emit } from '../../internal/emit.js';
import { rejectedNotice } from '../../internal/rejected-notice.js';
import { sharedStyles } from '../../internal/shared-styles.js';
// The class of the list every owner tab shows (its tag is defined by this element's define.ts). The
// Status tab's panel and the detail dialog's element come in modules of their own when first shown.
import '../license-list/license-list.js';
import { LazyPart, loadPart } from '../../internal/lazy-part.js';
import { EVENTS_TABLE_PART, loadEventsTable } from '../status-panel/events-table-module.js';
import type { LicenseSelectDetail, LicenseSelectEvent } from '../license-list/license-list.js';
import { OwnerActions } from './owner-actions.js';
import { onLicenseTabsChange, registeredLicenseTabs } from './tab-registry.js';
import {
  buildTabs,
  keyTarget,
  OwnerContextProvider,
  selectedIndex,
  slottedTab,
  STATUS_TAB,
  type PartnerTab,
  type ScreenTab,
} from './screen-tabs.js';
import { licenseListStyles } from '../license-list/license-list.styles.js';
import { licenseScreenStyles } from './license-screen.styles.js';

/** What the screen sets on the `<status-panel>` it creates by name (the class is in another module). */
type StatusPanelSettings = HTMLElement & { now?: Date };

export interface TabChangeDetail {
  /** The id of the tab the person selected: an owner id, a partner tab's id, or `status`. */
  tab: string;
}
export type TabChangeEvent = CustomEvent<TabChangeDetail>;

/**
 * The whole Licenses screen in one tag: a tab per license owner (the vendor's first, then third-party
 * add-ons), partner tabs, and the Status tab. It reads `/licenses` once and shares it, and its data
 * source, with every element inside it through context. Every request the tab it opens on needs starts
 * as it is put in the page, in parallel: on Status `/status` and `/events` beside `/licenses`, and a
 * partner tab asked for by name is shown while `/licenses` loads (its owner, if any, arrives with it).
 *
 * Selecting a license in a list opens its `<license-detail>` in a dialog; a host that cancels the
 * `license-select` event (`preventDefault()`) shows the license its own way instead.
 *
 * Each owner's tab leads with its actions, one of them primary: Activate new license while the license
 * server is known to hold a change that can be activated (a `pending` change in `/licenses`, or what the
 * activation dialog last found), else Purchase new licenses. After an activation focus moves to its
 * outcome. The tabs stay on one row and scroll sideways when they do not fit, the selected one in view.
 *
 * @tagname license-screen
 * @summary The Licenses screen: owner tabs, partner tabs and Status.
 * @slot tab - Partner tabs declared in markup: each element with `slot="tab"` and `data-tab="<id>"`
 *   (optional `data-label`, `data-order`, `data-owner-only`) becomes a tab showing that element; an id equal to a license
 *   owner's takes that owner's tab. The element receives its owner through `licenseOwnerContext`.
 * @fires {CustomEvent<TabChangeDetail>} tab-change - The person selected another tab; `detail: { tab }`. Fired before the switch:
 *   cancel it to stay on the current tab.
 * @fires {CustomEvent<LicenseSelectDetail>} license-select - From the license list of an owner tab: a license name was activated;
 *   `detail: { ownerId, moduleId }`. Cancel it to keep the screen's detail dialog closed.
 * @fires {CustomEvent<EventSelectDetail>} event-select - From the system events table of the Status tab: a row was selected, or
 *   the selected event went away; `detail: { event }`.
 * @csspart title - The screen's title, "Licenses" (a host whose page already says so may hide it).
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart tab-selected - The selected tab.
 * @csspart panel - The tab panel.
 * @csspart actions - An owner's action bar.
 * @csspart purchase-link - The Purchase new licenses link (has a class `primary` when it is the primary action).
 * @csspart activate-button - The Activate new license button (has a class `primary` when it is the primary action).
 * @csspart file-button - The Load license from file button.
 * @csspart message - What the last activation or loaded file changed (focus moves to it after an activation).
 * @csspart dialog - Both dialogs.
 * @csspart detail-dialog - The license detail dialog.
 * @csspart activation-dialog - The activation dialog.
 * @csspart changes - The table of changes waiting on the license server.
 * @csspart verdict - The license server's own words on the activation (why it cannot be activated).
 * @csspart confirm-button - The Activate button in the activation dialog.
 * @csspart cancel-button - The Cancel button in the activation dialog.
 * @csspart close-button - The Close button of the detail dialog.
 * @csspart loading - The loading message.
 * @csspart error - An error message.
 * @csspart retry-button - A Try again button.
 * @csspart stale-notice - The notice above data that could not be refreshed.
 * @csspart owner-tabs-notice - On the Status tab, the line saying the owner tabs are missing because `/licenses` failed.
 * @csspart rejected-notice - The notice naming owners or licenses that could not be read.
 * @cssprop --license-color-text - Text colour.
 * @cssprop --license-color-muted - Secondary text.
 * @cssprop --license-color-border - Lines and borders.
 * @cssprop --license-color-accent - The selected tab, primary buttons, focus ring.
 * @cssprop --license-focus-ring - Focus outline (default: 2px solid in the accent colour).
 * @cssprop --license-color-danger - Problems: a new total below the number in use, errors.
 * @cssprop --license-color-warning - Stale data.
 * @cssprop --license-color-ok - The outcome of a successful activation.
 * @cssprop --license-color-surface - Background of dialogs.
 * @cssprop --license-color-surface-alt - Background of buttons and notices.
 * @cssprop --license-radius - Corner radius.
 * @cssprop --license-color-on-accent - Text on the primary action (default: white, or a dark blue in dark mode).
 * @cssprop --license-shadow - Shadow of cards and panels.
 * @cssprop --license-space - One step of the spacing scale (default 1em); smaller makes the element denser.
 * @cssprop --license-font-size-title - The element's title (default 1.375em).
 * @cssprop --license-font-size-heading - Section headings (default 1.125em).
 * @cssprop --license-font-size-small - Labels and small print (default 0.875em).
 * @cssprop --license-intrinsic-width - The width the element asks for where a host's layout sizes it by its content (a flex item, an inline-block, a dialog; default 20em). Give it a width or `flex: 1` instead where you can.
 */
export class LicenseScreen extends LicenseElement {
  static override styles = [sharedStyles, licenseListStyles, licenseScreenStyles];

  /** The selected tab: an owner id, a partner tab's id or `status`; empty (or unknown) selects the first. */
  @property({ reflect: true }) tab = '';

  /**
   * The moment every date rule inside is judged at (expiry, grace, forecasts, event times), passed to the
   * lists and the Status tab; the current time when not set.
   */
  @property({ attribute: false }) now?: Date;

  /** Administrators add and remove system events on the Status tab (the events table's `editable`). */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Given to the elements inside, which have no endpoint of their own. */
  @provide({ context: dataSourceContext })
  @state()
  protected providedSource?: LicenseDataSource;

  /** The one copy of `/licenses` every tab shows. */
  @provide({ context: licensesContext })
  @state()
  protected licenses?: LicensesResponse;

  @state() private slotted: PartnerTab[] = [];
  @state() private selection?: LicenseSelectDetail;

  private tabs: ScreenTab[] = [];
  /** The selected tab last scrolled into the strip's view. */
  private revealedTab?: HTMLElement;
  private detailInvoker?: HTMLElement;
  private stopWatchingTabs?: () => void;
  /** Partner and Status elements, kept while another tab is shown so they keep their state. */
  private readonly panelElements = new Map<string, HTMLElement>();
  /**
   * Hides the slotted partner elements of the tabs not shown; rewritten when the selection changes. Made
   * with the shadow root, so a server render (which has no CSSStyleSheet) never needs one.
   */
  private slottedSheet?: CSSStyleSheet;
  private slottedRule = '';

  private readonly resource = new Resource<LicensesResponse, [LicenseDataSource]>(
    this,
    () => {
      const source = this.activeSource;
      return source ? [source] : undefined;
    },
    ([source], signal) => takeEarly(source, 'licenses', signal) ?? source.getLicenses(signal),
  );

  private readonly actions = new OwnerActions(this, () => this.activeSource, (result) => this.apply(result), (id) =>
    this.licenses?.owners.find((owner) => owner.id === id),
  );

  /** `<status-panel>`, defined when the Status tab is first shown. */
  private readonly statusPart = new LazyPart(this, 'status-panel', () => {
    // The panel's events table is asked for beside it, so the two modules come in parallel.
    void loadPart(EVENTS_TABLE_PART, loadEventsTable).catch(() => undefined);
    return import('../status-panel/define.js');
  });

  /** `<license-detail>`, defined when a license is first opened. */
  private readonly detailPart = new LazyPart(this, 'license-detail', () => import('../license-detail/define.js'));

  private readonly ownerContext = new OwnerContextProvider((tab) =>
    this.licenses?.owners.find((owner) => owner.id === tab),
  );

  constructor() {
    super();
    // Every request the tab opened first needs starts as the screen is put in the page, in parallel,
    // rather than as each element inside is created and rendered: `/licenses`, and on Status the panel's
    // `/status` and its table's `/events` (the panel takes them over when it asks).
    readAtConnect(this, () => this.activeSource, () => (this.tab === STATUS_TAB ? ['licenses', 'status', 'events'] : ['licenses']));
    this.addEventListener('license-select', (event) => void this.openDetail(event));
    // On the host rather than the panel: a slotted partner asks as soon as it connects, which can be
    // before this element has rendered its panel and slot.
    this.addEventListener('context-request', (event) => {
      if (event.context !== licenseOwnerContext) return;
      const partner = event
        .composedPath()
        .find((node): node is HTMLElement => node instanceof HTMLElement && node.parentNode === this && node.slot === 'tab');
      this.ownerContext.answer(event, partner?.dataset.tab ?? this.selectedTab?.id ?? '');
    });
  }

  override connectedCallback() {
    super.connectedCallback();
    this.stopWatchingTabs = onLicenseTabsChange(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stopWatchingTabs?.();
    // A removed modal dialog fires no close event and would come back open but not modal.
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail')?.close();
    this.selection = undefined;
    this.detailInvoker = undefined;
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot) {
      this.slottedSheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.slottedSheet];
    }
    return root;
  }

  /** Reads `/licenses` again; what is shown stays until the new data is there. */
  refresh(): Promise<void> {
    return this.resource.reload();
  }

  private get selectedTab(): ScreenTab | undefined {
    return this.tabs[selectedIndex(this.tabs, this.tab)];
  }

  /**
   * The tab shown: the one named, else the first. When `/licenses` failed there is no first to fall back
   * on (the owner tabs are missing), so only a tab that was asked for by name is shown; -1 for none.
   */
  private get shownIndex(): number {
    if (this.resource.state.kind !== 'failed') return selectedIndex(this.tabs, this.tab);
    return this.tabs.findIndex((tab) => tab.id === this.tab);
  }

  override willUpdate() {
    this.providedSource = this.activeSource;
    const state = this.resource.state;
    this.licenses = state.kind === 'ready' ? state.value : undefined;
    this.tabs = buildTabs(this.licenses?.owners ?? [], registeredLicenseTabs(), this.slotted);
    // Reflect the default tab once there is one, so a host can read and deep-link it.
    if (!this.tab && this.licenses) this.tab = this.tabs[0]?.id ?? '';
  }

  override updated() {
    this.ownerContext.update();
    const selected = this.tabs[this.shownIndex];
    const shown = selected?.slotted ? CSS.escape(selected.id) : '';
    const rule = `::slotted([data-tab]:not([data-tab="${shown}"])) { display: none !important; }`;
    if (rule !== this.slottedRule) this.slottedSheet?.replaceSync((this.slottedRule = rule));
    this.revealSelectedTab();
  }

  /**
   * The tab strip scrolls sideways when its tabs do not fit: a newly selected tab (a click on one half in
   * view, a deep link, a host setting `tab`) is scrolled fully into the strip. Only the strip scrolls, never
   * the page, so a host's scroll position is left alone.
   */
  private revealSelectedTab() {
    const tab = this.renderRoot.querySelector<HTMLElement>('[role=tab][aria-selected=true]');
    const strip = tab?.parentElement;
    if (!tab || !strip || tab === this.revealedTab) return;
    const inStrip = strip.getBoundingClientRect();
    // Not laid out yet (a hidden host): tried again on the next update.
    if (inStrip.width === 0) return;
    this.revealedTab = tab;
    const box = tab.getBoundingClientRect();
    const past = box.left < inStrip.left ? box.left - inStrip.left : box.right > inStrip.right ? box.right - inStrip.right : 0;
    if (past) strip.scrollLeft += past;
  }

  private select(id: string) {
    if (id === this.tabs[this.shownIndex]?.id) return;
    if (emit<TabChangeDetail>(this, 'tab-change', { tab: id })) this.tab = id;
  }

  private async onTabKey(event: KeyboardEvent, index: number) {
    const next = keyTarget(event.key, index, this.tabs.length, this.matches(':dir(rtl)'));
    const tab = this.tabs[next];
    if (!tab) return;
    event.preventDefault();
    this.select(tab.id);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus();
  }

  private onSlotChange(event: Event) {
    const slot = event.target as HTMLSlotElement;
    this.slotted = slot
      .assignedElements()
      .flatMap((element) => (element instanceof HTMLElement ? (slottedTab(element) ?? []) : []));
  }

  private async openDetail(event: LicenseSelectEvent) {
    // Listeners further up run after this one: wait for the dispatch to end to see if a host took over.
    await Promise.resolve();
    if (event.defaultPrevented) return;
    // The license name that was activated, inside the list's shadow root: focus goes back there.
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    this.detailInvoker = active instanceof HTMLElement ? active : undefined;
    this.selection = { ownerId: event.detail.ownerId, moduleId: event.detail.moduleId };
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail');
    if (dialog && !dialog.open) dialog.showModal();
  }

  private readonly onDetailClose = () => {
    this.selection = undefined;
    this.detailInvoker?.focus();
    this.detailInvoker = undefined;
  };

  /** An activation or a loaded file answers with the owner's new licenses: shown without reading again. */
  private apply(result: ActivationResult) {
    const current = this.licenses;
    if (!current) return;
    const known = current.owners.some((owner) => owner.id === result.owner.id);
    const owners = known
      ? current.owners.map((owner) => (owner.id === result.owner.id ? result.owner : owner))
      : [...current.owners, result.owner];
    this.resource.set({ owners });
    this.requestUpdate();
  }

  protected override renderContent() {
    const state = this.resource.state;
    const endpoint = this.activeSource?.endpoint ?? '';
    const retry = () => void this.refresh();
    // One title whatever the state: the screen is named before it has anything to show.
    const title = html`<h2 class="title" part="title" id="screen-title">${msg('Licenses', { desc: 'Name of the screen and of its list of tabs.' })}</h2>`;
    if (state.kind === 'idle') return html`${title}${noEndpointView()}`;
    // The Status tab and partner tabs need nothing from `/licenses`: opened on one, the screen shows it at
    // once, so its own requests start beside `/licenses` instead of after it. (The slot is there so that
    // partner tabs in markup are known while it loads.)
    if (state.kind === 'loading' && !this.tabs.some((tab) => tab.id === this.tab)) {
      return html`${title}${loadingView(msg('Loading licenses…', { desc: 'Shown while the license list loads.' }))}
        <div hidden><slot name="tab" @slotchange=${this.onSlotChange}></slot></div>`;
    }
    const index = this.shownIndex;
    const selected = this.tabs[index];
    // Without `/licenses` no tab is chosen for the person: the error is the screen's one message. On a tab
    // they chose (Status, a partner's) that tab tells its own failures in full, and the screen adds one line
    // for its missing owner tabs, so one outage is not told twice in the same box.
    const failure =
      state.kind === 'failed'
        ? selected
          ? ownerTabsNotice(state.error, endpoint, retry)
          : errorView(state.error, endpoint, { retry, retrying: true })
        : nothing;
    return html`${title}${state.kind === 'loading'
        ? loadingView(msg('Loading licenses…', { desc: 'Shown while the license list loads.' }))
        : state.kind === 'failed'
          ? failure
          : state.error
            ? staleNotice(state.error, endpoint, retry)
            : nothing}
      ${rejectedNotice(this.licenses?.rejectedOwners, msg('Some license owners could not be read and are not shown.'))}
      ${this.licenses?.owners.length === 0 && !this.licenses.rejectedOwners?.length ? noLicensesView() : nothing}
      <div role="tablist" class="tabs" part="tabs" aria-labelledby="screen-title">
        ${this.tabs.map((tab, i) => {
          const current = i === index;
          // With no tab shown, the first one is where the keyboard enters the tab list.
          const entry = current || (index < 0 && i === 0);
          return html`<button type="button" role="tab" id="tab-${i}" part=${current ? 'tab tab-selected' : 'tab'}
            aria-selected=${current ? 'true' : 'false'} aria-controls=${ifDefined(current ? 'panel' : undefined)}
            tabindex=${entry ? 0 : -1} @click=${() => this.select(tab.id)}
            @keydown=${(event: KeyboardEvent) => void this.onTabKey(event, i)}>${tab.label || msg('Status', { desc: 'Tab name, column header or filter label: the state of the system or of an event.' })}</button>`;
        })}
      </div>
      <div role="tabpanel" id="panel" part="panel" tabindex="0" aria-labelledby="tab-${index}" ?hidden=${index < 0}>
        ${selected?.owner ? this.actions.render(selected.owner) : nothing} ${this.renderTabContent(selected)}
        <div ?hidden=${!selected?.slotted}><slot name="tab" @slotchange=${this.onSlotChange}></slot></div>
      </div>
      ${this.renderDetailDialog()}`;
  }

  private renderTabContent(tab: ScreenTab | undefined) {
    if (!tab || tab.slotted) return nothing;
    if (tab.tagName) return this.panelElement(tab.id, tab.tagName);
    if (tab.owner) return html`<license-list owner=${tab.owner.id} .now=${this.now}></license-list>`;
    // Created by name: <status-panel> is another element of the library, defined by its own module.
    return this.statusPart.renderElement('status-panel', () => {
      const panel = this.panelElement(STATUS_TAB, 'status-panel') as StatusPanelSettings;
      panel.toggleAttribute('editable', this.editable);
      panel.now = this.now;
      return panel;
    }, msg('Loading status…', { desc: 'Shown while the database facts load.' }));
  }

  private panelElement(tab: string, tagName: string): HTMLElement {
    const key = `${tab}\n${tagName}`;
    let element = this.panelElements.get(key);
    if (!element) {
      element = document.createElement(tagName);
      this.panelElements.set(key, element);
    }
    return element;
  }

  private renderDetailDialog() {
    const selection = this.selection;
    return html`<dialog class="detail" part="dialog detail-dialog" aria-label=${msg('License details', { desc: 'Name of the dialog that shows one license.' })}
      @close=${this.onDetailClose}>
      <form method="dialog" class="dialog-close"><button part="close-button">${msg('Close', { desc: 'Button: close the dialog.' })}</button></form>
      ${selection
        ? this.detailPart.renderElement(
            'license-detail',
            () => html`<license-detail owner=${selection.ownerId} module=${selection.moduleId}></license-detail>`,
            msg('Loading the license…'),
          )
        : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'license-screen': LicenseScreen;
  }
  interface HTMLElementEventMap {
    'tab-change': TabChangeEvent;
  }
}

/**
 * Which tabs the screen shows, in which order, and how an element inside a tab learns whose tab it is.
 */
import type { Context, ContextCallback, ContextEvent } from '@lit/context';
import { licenseOwnerContext } from '../../data/context.js';
import type { LicenseOwner } from '../../data/schema.js';
import { VENDOR_OWNER_ID } from '../license-list/license-groups.js';
import type { LicenseTabDefinition } from './tab-registry.js';

export const STATUS_TAB = 'status';

export interface ScreenTab {
  id: string;
  label: string;
  /** Set on an owner's tab, and on a partner tab that took an owner's tab. */
  owner?: LicenseOwner;
  /** A registered partner's element to create in the panel. */
  tagName?: string;
  /** A partner element the host put in the `tab` slot. */
  slotted?: HTMLElement;
}

export interface PartnerTab {
  id: string;
  label: string;
  order: number;
  /** Shown only as its owner's tab (see `LicenseTabDefinition.ownerOnly`). */
  ownerOnly?: boolean;
  tagName?: string;
  slotted?: HTMLElement;
}

/** A host's `<x-tab slot="tab" data-tab="id" data-label="…" data-order="1">`; no `data-tab`, no tab. */
export function slottedTab(element: HTMLElement): PartnerTab | undefined {
  const id = element.dataset.tab;
  if (!id) return undefined;
  const ownerOnly = element.dataset.ownerOnly !== undefined;
  return { id, label: element.dataset.label || id, order: Number(element.dataset.order) || 0, ownerOnly, slotted: element };
}

/**
 * The vendor's tab, then the third-party owners in the endpoint's order, then the partner tabs that are
 * not an owner's (by `order`), then Status; a partner tab marked `ownerOnly` without its owner is left out. Markup in the host page wins over a registration with the same id.
 */
export function buildTabs(
  owners: readonly LicenseOwner[],
  registered: readonly LicenseTabDefinition[],
  slotted: readonly PartnerTab[],
): ScreenTab[] {
  const partners = new Map<string, PartnerTab>();
  for (const tab of registered) partners.set(tab.id, { ...tab, label: tab.label || tab.id, order: tab.order ?? 0 });
  for (const tab of slotted) partners.set(tab.id, tab);
  const isVendor = (owner: LicenseOwner) => owner.id.toUpperCase() === VENDOR_OWNER_ID;
  const ordered = [...owners.filter(isVendor), ...owners.filter((owner) => !isVendor(owner))];
  const ownerTabs = ordered.map((owner): ScreenTab => {
    const partner = partners.get(owner.id);
    partners.delete(owner.id);
    return { id: owner.id, label: partner?.label || owner.name, owner, tagName: partner?.tagName, slotted: partner?.slotted };
  });
  // Array.prototype.sort is stable: equal orders keep registration order, then document order.
  // An owner's tab whose owner the data does not have would wait for it forever: it is left out.
  const extra = [...partners.values()].filter((tab) => !tab.ownerOnly).sort((a, b) => a.order - b.order);
  // The Status label is left to render(), where the active language is known.
  return [...ownerTabs, ...extra.map(({ order: _order, ownerOnly: _ownerOnly, ...tab }) => tab), { id: STATUS_TAB, label: '' }];
}

/** The selected tab's index: the one named, else the first (the vendor's when there is one). */
export function selectedIndex(tabs: readonly ScreenTab[], wanted: string): number {
  return Math.max(0, tabs.findIndex((tab) => tab.id === wanted));
}

/** The index a key moves to in a horizontal tab list, or -1 when the key is not a tab key. */
export function keyTarget(key: string, index: number, count: number, rtl: boolean): number {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (!step) return -1;
  return (index + (rtl ? -step : step) + count) % count;
}

type OwnerCallback = ContextCallback<unknown>;

/**
 * Answers `licenseOwnerContext` requests from inside the screen with the owner of the tab the asking
 * element sits in. One listener on the screen serves every tab, so no wrapper element is needed, and a
 * slotted partner element gets its own owner even while another tab is shown.
 */
export class OwnerContextProvider {
  private readonly subscribers = new Map<OwnerCallback, { tab: string; owner?: LicenseOwner; unsubscribe: () => void }>();
  private readonly ownerOf: (tab: string) => LicenseOwner | undefined;

  constructor(ownerOf: (tab: string) => LicenseOwner | undefined) {
    this.ownerOf = ownerOf;
  }

  /** Called by the screen's `context-request` listener with the tab the request came from. */
  answer(event: ContextEvent<Context<unknown, unknown>>, tab: string): void {
    if (event.context !== licenseOwnerContext) return;
    event.stopPropagation();
    const callback = event.callback;
    if (!event.subscribe) {
      callback(this.ownerOf(tab));
      return;
    }
    // A stable unsubscribe per callback: consumers take a new one for a change of provider.
    const unsubscribe = this.subscribers.get(callback)?.unsubscribe ?? (() => this.subscribers.delete(callback));
    const owner = this.ownerOf(tab);
    this.subscribers.set(callback, { tab, owner, unsubscribe });
    callback(owner, unsubscribe);
  }

  /** Sends each subscriber whose owner changed (`/licenses` read again, an activation) the new one. */
  update(): void {
    for (const [callback, subscription] of this.subscribers) {
      const owner = this.ownerOf(subscription.tab);
      if (owner === subscription.owner) continue;
      subscription.owner = owner;
      callback(owner, subscription.unsubscribe);
    }
  }
}

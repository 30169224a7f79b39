/**
 * The page-wide list of partner tabs for `<license-screen>`. It lives on `globalThis` under a
 * `Symbol.for` key so that a partner's separately bundled copy of this module registers into the same
 * list the screens on the page read, and screens already on the page update when a tab is added.
 */

export interface LicenseTabDefinition {
  /**
   * The tab's id, used in the screen's `tab` attribute. When it equals a license owner's id the partner's
   * element takes that owner's tab (below the owner's actions) instead of the built-in license list.
   */
  id: string;
  /** The tab's text. */
  label: string;
  /** A custom element name; the element may be defined later (it upgrades when it is). */
  tagName: string;
  /** Place among the partner tabs that are not an owner's own, lower first (default 0). */
  order?: number;
  /**
   * The tab is its owner's: it appears only when the license data has an owner with this `id`. An add-on
   * installed on a database that holds none of its licenses then shows no empty tab.
   */
  ownerOnly?: boolean;
}

/**
 * The shape shared across copies of the library: keep it backwards compatible. `tabs` keeps insertion
 * order, which breaks ties in `order`.
 */
interface TabRegistry {
  tabs: Map<string, LicenseTabDefinition>;
  changes: EventTarget;
}

const REGISTRY_KEY = Symbol.for('license-widgets/tab-registry');
const scope = globalThis as unknown as Record<symbol, TabRegistry | undefined>;
const registry: TabRegistry = (scope[REGISTRY_KEY] ??= { tabs: new Map(), changes: new EventTarget() });

const CUSTOM_ELEMENT_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/**
 * Adds (or replaces, by id) a partner tab on every `<license-screen>` of the page, now and later.
 * @throws TypeError when `tagName` is not a custom element name: a partner mistake better seen at once.
 */
export function registerLicenseTab(definition: LicenseTabDefinition): void {
  if (!CUSTOM_ELEMENT_NAME.test(definition.tagName)) {
    throw new TypeError(`"${definition.tagName}" is not a custom element name`);
  }
  registry.tabs.set(definition.id, { ...definition });
  registry.changes.dispatchEvent(new Event('change'));
}

/** Removes a partner tab from every screen. */
export function unregisterLicenseTab(id: string): void {
  if (registry.tabs.delete(id)) registry.changes.dispatchEvent(new Event('change'));
}

/** The registered partner tabs, in registration order. */
export function registeredLicenseTabs(): LicenseTabDefinition[] {
  return [...registry.tabs.values()];
}

/** Calls `listener` after every change; returns the function that stops it. */
export function onLicenseTabsChange(listener: () => void): () => void {
  registry.changes.addEventListener('change', listener);
  return () => registry.changes.removeEventListener('change', listener);
}

/**
 * The drop-in build for `<script type="module" src=".../license-widgets.js">`: Lit inside, and like the
 * npm build it configures neither Lit nor @lit/localize, so it can sit beside a host's own copies (or the
 * npm build) on one page.
 *
 * One script tag, several files: this entry holds what the owner tabs of `<license-screen>` and a
 * `<license-list>` show; the rest comes in files next to it, loaded by relative `import()` (resolved from
 * this file's own URL, whatever folder or CDN path it is served from) when first needed: the page's
 * language, the dialogs, the Status tab with its dashboard and events table, the exports.
 * `<license-detail>`, `<status-panel>` and `<system-events-table>` placed on the page by the host are
 * defined as soon as one of them appears in the document, and all of them once the page is idle after
 * start (so wherever the host puts them, its own shadow roots included).
 *
 * The chunks import this file back by its plain name (`../license-widgets.js`): load it by that URL, with
 * no query string (version by folder instead), or the browser would run a second copy beside it.
 */
export * from './data/index.js';
export { LicenseList } from './elements/license-list/license-list.js';
export type { LicenseSelectDetail, LicenseSelectEvent } from './elements/license-list/license-list.js';
export { LicenseScreen } from './elements/license-screen/license-screen.js';
export type { TabChangeDetail, TabChangeEvent } from './elements/license-screen/license-screen.js';
export {
  registerLicenseTab,
  unregisterLicenseTab,
  registeredLicenseTabs,
  onLicenseTabsChange,
  type LicenseTabDefinition,
} from './elements/license-screen/tab-registry.js';
export { LicenseElement } from './internal/license-element.js';
export { defineElement, LIBRARY_VERSION } from './internal/define.js';
export { resolveLocale, SUPPORTED_LOCALES, type SupportedLocale } from './i18n/locales.js';
import './elements/license-list/define.js';
import './elements/license-screen/define.js';
import { loadPart } from './internal/lazy-part.js';
import { EVENTS_TABLE_PART, loadEventsTable } from './elements/status-panel/events-table-module.js';
import { readBeforeDefined } from './elements/status-panel/read-before-defined.js';

/**
 * Defines tags whose code is loaded on demand: as soon as the document holds one (the ones already there
 * when this runs, and any added later, such as a host rendering `<status-panel>` after a click), and the
 * rest once the page is idle after start, so a tag inside a host's own shadow root (which no observer of
 * the document sees) is defined soon as well. The observer stops once every tag is defined, by this or by
 * the screen loading its own parts.
 */
function defineOnSight(loaders: Record<string, (first?: Element) => Promise<unknown>>): void {
  const waiting = new Map(Object.entries(loaders));
  const selector = [...waiting.keys()].join(',');
  const load = (tag: string, first?: Element) => {
    const loader = waiting.get(tag);
    if (!loader) return;
    waiting.delete(tag);
    // A failed load is tried again when the next such element appears.
    loader(first).catch(() => {
      if (!customElements.get(tag)) waiting.set(tag, loader);
    });
  };
  const look = (root: Element | Document) => {
    if (root instanceof Element && waiting.has(root.localName)) load(root.localName, root);
    if (!waiting.size) return;
    for (const element of root.querySelectorAll(selector)) load(element.localName, element);
  };
  look(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && waiting.size) look(node);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  void Promise.all(Object.keys(loaders).map((tag) => customElements.whenDefined(tag))).then(() =>
    observer.disconnect(),
  );
  const loadRest = () => {
    for (const tag of [...waiting.keys()]) load(tag);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(loadRest, { timeout: 2000 });
  else setTimeout(loadRest, 200);
}

const eventsTable = () => loadPart(EVENTS_TABLE_PART, loadEventsTable);
defineOnSight({
  'license-detail': () => import('./elements/license-detail/define.js'),
  // The panel shows an events table, whose code would otherwise be asked for only once the panel's own
  // code has arrived and run: one round trip more. Both come at once, and so do the panel's reads.
  'status-panel': (first) => {
    if (first) readBeforeDefined(first);
    void eventsTable().catch(() => undefined);
    return import('./elements/status-panel/define.js');
  },
  'system-events-table': eventsTable,
});

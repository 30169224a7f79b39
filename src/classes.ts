/**
 * Every public class and helper without defining any tag, for hosts that register the elements under
 * names of their own: `customElements.define('acme-license-list', class extends LicenseList {})`.
 */
export * from './data/index.js';
export { LicenseList } from './elements/license-list/license-list.js';
export type { LicenseSelectDetail, LicenseSelectEvent } from './elements/license-list/license-list.js';
export { StatusPanel, restrictionLevel } from './elements/status-panel/status-panel.js';
export type { RestrictionLevel } from './elements/status-panel/status-panel.js';
export { LicenseScreen } from './elements/license-screen/license-screen.js';
export type { TabChangeDetail, TabChangeEvent } from './elements/license-screen/license-screen.js';
export {
  registerLicenseTab,
  unregisterLicenseTab,
  registeredLicenseTabs,
  onLicenseTabsChange,
  type LicenseTabDefinition,
} from './elements/license-screen/tab-registry.js';
export { LicenseDetail } from './elements/license-detail/license-detail.js';
export { SystemEventsTable } from './elements/system-events-table/system-events-table.js';
export type { EventSelectDetail, EventSelectEvent } from './elements/system-events-table/system-events-table.js';
export { LicenseElement } from './internal/license-element.js';
export { defineElement, LIBRARY_VERSION } from './internal/define.js';
export { resolveLocale, SUPPORTED_LOCALES, type SupportedLocale } from './i18n/locales.js';

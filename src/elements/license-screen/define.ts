/**
 * `license-widgets/license-screen`: defines `<license-screen>` and the list its owner tabs show, and
 * exports its class and the partner-tab registry. The elements it shows elsewhere (the license detail,
 * the status panel with its events table) are loaded and defined by the screen when first shown.
 */
import { defineElement } from '../../internal/define.js';
import '../license-list/define.js';
import { LicenseScreen } from './license-screen.js';

export { LicenseScreen };
export type { TabChangeDetail, TabChangeEvent } from './license-screen.js';
export {
  registerLicenseTab,
  unregisterLicenseTab,
  registeredLicenseTabs,
  onLicenseTabsChange,
  type LicenseTabDefinition,
} from './tab-registry.js';

defineElement('license-screen', LicenseScreen);

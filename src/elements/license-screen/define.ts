/**
 * `license-widgets/license-screen`: defines `<license-screen>` and the elements it shows (list, detail,
 * status panel with its events table), and exports its class and the partner-tab registry.
 */
import { defineElement } from '../../internal/define.js';
import '../license-list/define.js';
import '../license-detail/define.js';
import '../status-panel/define.js';
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

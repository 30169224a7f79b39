/** `license-widgets/license-list`: defines `<license-list>` and exports its class. */
import { defineElement } from '../../internal/define.js';
import { LicenseList } from './license-list.js';
import { warmListFormatters } from './license-list-warm-up.js';

export { LicenseList };
export type { LicenseSelectDetail, LicenseSelectEvent } from './license-list.js';

defineElement('license-list', LicenseList);

if (typeof requestIdleCallback === 'function') requestIdleCallback(warmListFormatters);

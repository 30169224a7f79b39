/** `license-widgets/license-detail`: defines `<license-detail>` and exports its class. */
import { defineElement } from '../../internal/define.js';
import { LicenseDetail } from './license-detail.js';

export { LicenseDetail };

defineElement('license-detail', LicenseDetail);

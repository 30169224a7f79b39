import { defineElement } from '../../internal/define.js';
import { LicenseDetail } from './license-detail.js';

defineElement('license-detail', LicenseDetail);

import { defineElement } from '../../internal/define.js';
import { LicenseList } from './license-list.js';

defineElement('license-list', LicenseList);

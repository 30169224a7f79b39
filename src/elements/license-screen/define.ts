import { defineElement } from '../../internal/define.js';
// The elements the screen shows, so that this one import gives the whole screen.
import '../license-list/define.js';
import '../license-detail/define.js';
import '../status-panel/define.js';
import { LicenseScreen } from './license-screen.js';

defineElement('license-screen', LicenseScreen);

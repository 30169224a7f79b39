import { defineElement } from '../../internal/define.js';
import { StatusPanel } from './status-panel.js';

defineElement('status-panel', StatusPanel);

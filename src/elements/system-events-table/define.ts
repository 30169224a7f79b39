import { defineElement } from '../../internal/define.js';
import { SystemEventsTable } from './system-events-table.js';

defineElement('system-events-table', SystemEventsTable);

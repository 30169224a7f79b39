/** `license-widgets/system-events-table`: defines `<system-events-table>` and exports its class. */
import { defineElement } from '../../internal/define.js';
import { warmFormatters } from './event-cells.js';
import { SystemEventsTable } from './system-events-table.js';

export { SystemEventsTable };
export type { EventSelectDetail, EventSelectEvent } from './system-events-table.js';

defineElement('system-events-table', SystemEventsTable);

if (typeof requestIdleCallback === 'function') requestIdleCallback(warmFormatters);

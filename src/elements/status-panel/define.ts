/**
 * `license-widgets/status-panel`: defines `<status-panel>` and the `<system-events-table>` it shows as
 * its system messages, and exports its class.
 */
import { defineElement } from '../../internal/define.js';
import '../system-events-table/define.js';
import { StatusPanel } from './status-panel.js';

export { StatusPanel, restrictionLevel, type RestrictionLevel } from './status-panel.js';

StatusPanel.eventsTableIncluded = true;
defineElement('status-panel', StatusPanel);

/**
 * `license-widgets/status-panel`: defines `<status-panel>`, and the `<system-events-table>` it shows as
 * its system messages when it first shows them (that module is loaded then), and exports its class.
 */
import { defineElement } from '../../internal/define.js';
import { StatusPanel } from './status-panel.js';

export { StatusPanel, restrictionLevel, type RestrictionLevel } from './status-panel.js';

StatusPanel.eventsTableIncluded = true;
defineElement('status-panel', StatusPanel);

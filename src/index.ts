/** Public entry: exports every class and type; importing it defines the tags. */
export * from './classes.js';
import './elements/license-list/define.js';
import './elements/status-panel/define.js';
import './elements/license-detail/define.js';
import './elements/license-screen/define.js';
import './elements/system-events-table/define.js';

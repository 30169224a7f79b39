/**
 * The module of the events table the Status tab shows, loaded as the part named `system-events-table`.
 * Its own file so that `<license-screen>` can ask for it beside the panel's module without holding the
 * panel's code: the two arrive together, not one after the other.
 */
export const EVENTS_TABLE_PART = 'system-events-table';
export const loadEventsTable = () => import('../system-events-table/define.js');

/** What Export as CSV needs, in one module loaded on the first click. */
export { EVENTS_FILE_NAME, eventsCsv } from './event-csv.js';
export { downloadCsv } from '../../internal/csv.js';

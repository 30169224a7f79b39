/** What Export as CSV needs, in one module loaded on the first click. */
export { licensesCsv, licensesFileName } from './license-csv.js';
export { downloadCsv } from '../../internal/csv.js';

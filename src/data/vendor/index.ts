/** The vendor API adapter: its data source, its registration as `source="superoffice"`, and the mapping. */
export { VendorDataSource } from './vendor-source.js';
export {
  changedModules,
  modulesBelowInUse,
  pendingChange,
  toEventsResponse,
  toLicenseDetail,
  toLicenseModule,
  toLicenseOwner,
  toLicensesResponse,
  toSystemEvent,
  vendorDate,
} from './vendor-mapping.js';
export * from './vendor-schema.js';

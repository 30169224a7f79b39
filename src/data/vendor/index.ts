/** The vendor API adapter: its data source, its registration as `source="superoffice"`, and the mapping. */
export { EVENTS_PAGE_SIZE, MAX_EVENTS, VendorDataSource, vendorApiRoot, type VendorDataSourceOptions } from './vendor-source.js';
export {
  changedModules,
  detailFromList,
  isUserPlan,
  pendingChange,
  planModules,
  toActivationCheck,
  toEventsPage,
  toEventsResponse,
  toLicenseModule,
  toLicenseOwner,
  toLicensesResponse,
  toSystemEvent,
  vendorDate,
  type VendorDateOptions,
} from './vendor-mapping.js';
export * from './vendor-schema.js';

/**
 * A data source whose code is loaded on first use. The vendor API adapter is only needed by hosts that
 * set `source="superoffice"`, so it stays out of the main chunk until then.
 */
import { checkActivation } from './activation-check.js';
import type { LicenseDataSource } from './data-source.js';
import { resolveEndpoint } from './http-client.js';

export function lazyDataSource(endpoint: string, load: () => Promise<LicenseDataSource>): LicenseDataSource {
  let loading: Promise<LicenseDataSource> | undefined;
  const real = () => (loading ??= load());
  return {
    endpoint: resolveEndpoint(endpoint),
    getLicenses: (signal) => real().then((source) => source.getLicenses(signal)),
    getLicenseDetail: (owner, module, signal) => real().then((source) => source.getLicenseDetail(owner, module, signal)),
    getStatus: (signal) => real().then((source) => source.getStatus(signal)),
    getConsumption: (months, signal) => real().then((source) => source.getConsumption(months, signal)),
    getEvents: (signal, onPage) => real().then((source) => source.getEvents(signal, onPage)),
    checkActivation: (owner, signal) => real().then((source) => checkActivation(source, owner, signal)),
    activate: (owner, signal) => real().then((source) => source.activate(owner, signal)),
    uploadLicenseFile: (file, signal) => real().then((source) => source.uploadLicenseFile(file, signal)),
    addEvent: (event, signal) => real().then((source) => source.addEvent(event, signal)),
    deleteEvent: (id, signal) => real().then((source) => source.deleteEvent(id, signal)),
  };
}

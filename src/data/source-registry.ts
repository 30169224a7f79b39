/**
 * Builds data sources by kind and shares one per endpoint between standalone elements, so two elements on
 * the same endpoint share in-flight requests and ETags. Custom fetch/credentials/headers get their own.
 */
import { ContractDataSource } from './contract-source.js';
import type { LicenseDataSource } from './data-source.js';
import type { HttpClientOptions } from './http-client.js';
import { lazyDataSource } from './lazy-source.js';

export type DataSourceFactory = (endpoint: string, options: HttpClientOptions) => LicenseDataSource;

const factories = new Map<string, DataSourceFactory>([
  ['contract', (endpoint, options) => new ContractDataSource(endpoint, options)],
  [
    'superoffice',
    (endpoint, options) =>
      lazyDataSource(endpoint, () =>
        import('./vendor/vendor-source.js').then((vendor) => new vendor.VendorDataSource(endpoint, options)),
      ),
  ],
]);
const shared = new Map<string, LicenseDataSource>();

/** Adds a data source kind, selected on elements with `source="<kind>"`. */
export function registerDataSource(kind: string, factory: DataSourceFactory): void {
  factories.set(kind, factory);
}

export function dataSourceFor(
  kind: string,
  endpoint: string,
  options: HttpClientOptions = {},
): LicenseDataSource {
  const factory = factories.get(kind) ?? factories.get('contract');
  if (!factory) throw new Error('no contract data source registered');
  const custom = options.fetch || options.credentials || options.headers || options.timeout;
  if (custom) return factory(endpoint, options);
  const key = `${kind}\n${endpoint}`;
  let source = shared.get(key);
  if (!source) {
    source = factory(endpoint, options);
    shared.set(key, source);
  }
  return source;
}

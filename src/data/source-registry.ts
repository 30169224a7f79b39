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

interface SharedEntry {
  source: LicenseDataSource;
  users: number;
  timer?: ReturnType<typeof setTimeout>;
}

const shared = new Map<string, SharedEntry>();

/**
 * How long a shared source outlives its last user: an element moved in the page (disconnected and connected
 * again) or a tab switched back keeps its source, its ETags and its in-flight requests.
 */
export const RELEASE_DELAY_MS = 1000;

/** A data source in use; `release()` when done with it (an element does so when it leaves the page). */
export interface DataSourceLease {
  readonly source: LicenseDataSource;
  release(): void;
}

/** Adds a data source kind, selected on elements with `source="<kind>"`. */
export function registerDataSource(kind: string, factory: DataSourceFactory): void {
  factories.set(kind, factory);
}

/**
 * The shared source for a kind and endpoint, kept while someone holds a lease on it and dropped shortly
 * after the last one is released, so a page that visits many endpoints does not keep them all. Custom
 * fetch/credentials/headers/time-out get a source of their own. `revive`: the caller's earlier source,
 * put back when nobody else has taken its place (an element that comes back keeps its data).
 */
export function leaseDataSource(
  kind: string,
  endpoint: string,
  options: HttpClientOptions = {},
  revive?: LicenseDataSource,
): DataSourceLease {
  const factory = factories.get(kind) ?? factories.get('contract');
  if (!factory) throw new Error('no contract data source registered');
  const custom = options.fetch || options.credentials || options.headers || options.timeout;
  if (custom) return { source: revive ?? factory(endpoint, options), release: () => undefined };
  const key = `${kind}\n${endpoint}`;
  let entry = shared.get(key);
  if (!entry) {
    entry = { source: revive ?? factory(endpoint, options), users: 0 };
    shared.set(key, entry);
  }
  const held = entry;
  held.users += 1;
  clearTimeout(held.timer);
  let released = false;
  return {
    source: held.source,
    release() {
      if (released) return;
      released = true;
      held.users -= 1;
      if (held.users > 0) return;
      held.timer = setTimeout(() => {
        if (held.users === 0 && shared.get(key) === held) shared.delete(key);
      }, RELEASE_DELAY_MS);
      // On a server render nothing waits for this: it must not keep Node running.
      (held.timer as { unref?: () => void }).unref?.();
    },
  };
}

/** The shared source for a kind and endpoint, for one use now: kept only while elements lease it. */
export function dataSourceFor(kind: string, endpoint: string, options: HttpClientOptions = {}): LicenseDataSource {
  const lease = leaseDataSource(kind, endpoint, options);
  lease.release();
  return lease.source;
}

/** How many shared sources are kept (for tests and for a host that wants to see sources come and go). */
export function sharedSourceCount(): number {
  return shared.size;
}

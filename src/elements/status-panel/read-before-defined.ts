/**
 * `<status-panel>` on a page that loads the drop-in file: the panel's code is a chunk of its own, and its
 * reads would start only once that chunk has arrived and run, one round trip after the entry. The entry
 * starts them as soon as it sees the element, from the attributes the panel will read (`endpoint`,
 * `source`), and the panel takes the answers over when it asks (data/early-reads.ts). A panel given a
 * fetch, headers, credentials, a time-out or a data source of its own reads for itself, as does one whose
 * endpoint is a property or comes from a screen around it.
 */
import { readEarly } from '../../data/early-reads.js';
import { leaseDataSource } from '../../data/source-registry.js';

const OWN_READING = ['fetch', 'headers', 'dataSource', 'endpoint', 'source', 'credentials', 'timeout'];

export function readBeforeDefined(panel: Element): void {
  const endpoint = panel.getAttribute('endpoint');
  if (!endpoint || customElements.get(panel.localName)) return;
  if (panel.hasAttribute('credentials') || panel.hasAttribute('timeout')) return;
  // Set as properties before the element was defined: the panel will read them, not the attributes.
  if (OWN_READING.some((name) => Object.hasOwn(panel, name))) return;
  const hostsMessages = !!panel.querySelector(':scope > [slot="system-messages"]');
  const lease = leaseDataSource(panel.getAttribute('source') ?? 'contract', endpoint);
  // Nothing here aborts them: a read the panel never takes is forgotten a short while after it lands.
  readEarly(lease.source, hostsMessages ? ['status'] : ['status', 'events'], new AbortController().signal);
  // Held until the panel holds the source itself (a panel that never comes lets it go with the reads).
  const release = () => setTimeout(() => lease.release());
  void customElements.whenDefined(panel.localName).then(release);
}

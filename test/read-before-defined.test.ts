/**
 * A `<status-panel>` the drop-in sees before the panel's code is there: its reads start at once, from the
 * attributes the panel will read, and the panel takes the answers over when it asks. Nothing starts for a
 * panel that reads differently (its own fetch, headers, credentials or time-out), and `/events` not when
 * the host shows its own system messages.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { readBeforeDefined } from '../src/elements/status-panel/read-before-defined.js';
import { takeEarly } from '../src/data/early-reads.js';
import { leaseDataSource } from '../src/data/source-registry.js';
import { json, stubFetch } from './helpers.js';
import { events as demoEvents, status as demoStatus } from '../demo/endpoint/fixtures.js';

// Never defined in this page: `<status-panel>` as it is before its chunk arrives.
const TAG = 'status-panel';
const realFetch = globalThis.fetch;
let fetch: ReturnType<typeof stubFetch>;

function panel(attributes: Record<string, string>, inner = ''): HTMLElement {
  const element = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = inner;
  document.body.append(element);
  return element;
}
const paths = () => fetch.requests.map((request) => new URL(request.url).pathname.replace(/^\/api/, ''));
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('reads for a status panel whose code is still on its way', () => {
  let endpoint = '';
  let n = 0;
  beforeEach(() => {
    endpoint = `https://crm${++n}.example/api`; // a source of its own per test
    fetch = stubFetch({ '/status': json(demoStatus('normal')), '/events': json({ events: demoEvents(3) }) });
    globalThis.fetch = fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
    fixtureCleanup();
    document.body.querySelectorAll(TAG).forEach((element) => element.remove());
  });

  it('starts /status and /events from the attributes, and the panel takes them over', async () => {
    expect(customElements.get(TAG)).to.equal(undefined);
    readBeforeDefined(panel({ endpoint }));
    await settle();
    expect(paths()).to.have.members(['/status', '/events']);
    const lease = leaseDataSource('contract', endpoint);
    const status = await takeEarly(lease.source, 'status');
    expect(status?.database.owner).to.be.a('string').and.not.empty;
    expect(takeEarly(lease.source, 'status'), 'taken once').to.equal(undefined);
    lease.release();
  });

  it('leaves /events to the host that fills the system-messages slot', async () => {
    readBeforeDefined(panel({ endpoint }, '<div slot="system-messages">Our own messages</div>'));
    await settle();
    expect(paths()).to.deep.equal(['/status']);
  });

  it('starts nothing for a panel that reads its own way, or has nowhere to read from', async () => {
    readBeforeDefined(panel({ endpoint, credentials: 'include' }));
    readBeforeDefined(panel({ endpoint, timeout: '5000' }));
    readBeforeDefined(panel({}));
    const withFetch = panel({ endpoint });
    (withFetch as HTMLElement & { fetch?: typeof globalThis.fetch }).fetch = realFetch;
    readBeforeDefined(withFetch);
    const withHeaders = panel({ endpoint });
    (withHeaders as HTMLElement & { headers?: Record<string, string> }).headers = { Authorization: 'Bearer x' };
    readBeforeDefined(withHeaders);
    await settle();
    expect(paths()).to.deep.equal([]);
  });
});

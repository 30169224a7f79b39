/**
 * One round trip for any tab: every request the tab opened first needs starts when the element is put in
 * the page, in parallel, each answer is read once, and a request is still aborted when its element leaves.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import '../src/index.js';
import type { LicenseScreen, StatusPanel } from '../src/index.js';
import { dataSourceContext } from '../src/data/context.js';
import type { LicenseDataSource } from '../src/data/data-source.js';
import { ContractDataSource } from '../src/data/contract-source.js';
import { readEarly, setHandOverTime, takeEarly } from '../src/data/early-reads.js';
import type { EventsResponse } from '../src/data/schema.js';
import { registerLicenseTab, unregisterLicenseTab } from '../src/elements/license-screen/tab-registry.js';
import { deferred, json, normalLicenses, readText, stubFetch, until, visibleText } from './helpers.js';
import { events as demoEvents, status as demoStatus } from '../demo/endpoint/fixtures.js';

const ENDPOINT = 'https://crm.example/api';
const paths = (fetch: ReturnType<typeof stubFetch>) => fetch.requests.map((request) => new URL(request.url).pathname.replace(/^\/api/, ''));
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;

/** A partner tab that reads its data source's status as soon as it is in the page. */
class ReadingPartnerTab extends LitElement {
  @consume({ context: dataSourceContext, subscribe: true })
  @state()
  source?: LicenseDataSource;
  @state() private owner = '';

  override connectedCallback() {
    super.connectedCallback();
    void this.source?.getStatus().then((status) => (this.owner = status.database.owner));
  }

  override render() {
    return html`<p>Partner: ${this.owner || 'waiting'}</p>`;
  }
}
customElements.define('test-reading-partner-tab', ReadingPartnerTab);

/** A fetch that records each request with its signal and answers only when the test says so. */
function heldFetch() {
  const requests: { path: string; signal?: AbortSignal | null; answer: (response: Response) => void }[] = [];
  const fetch = (input: RequestInfo | URL, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const path = new URL(String(input)).pathname.replace(/^\/api/, '');
      init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      requests.push({ path, signal: init.signal, answer: resolve });
    });
  return { fetch, requests };
}

function place<T extends HTMLElement>(tag: string, set: (el: T) => void): T {
  const el = document.createElement(tag) as T;
  set(el);
  document.body.append(el);
  return el;
}

describe('one round trip for any tab', () => {
  afterEach(() => {
    document.querySelectorAll('license-screen, status-panel').forEach((el) => el.remove());
    unregisterLicenseTab('partner');
    fixtureCleanup();
  });

  it('opened on Status, asks for /licenses, /status and /events as it is put in the page, each once', async () => {
    const licenses = deferred();
    const status = deferred();
    const events = deferred();
    const fetch = stubFetch({ '/licenses': licenses.reply, '/status': status.reply, '/events': events.reply });
    const el = place<LicenseScreen>('license-screen', (screen) => {
      screen.endpoint = ENDPOINT;
      screen.fetch = fetch;
      screen.tab = 'status';
    });
    // Before any render: all three are on their way.
    expect(paths(fetch)).to.deep.equal(['/licenses', '/status', '/events']);
    status.resolve(json(demoStatus('normal')));
    events.resolve(json({ events: demoEvents(3) }));
    licenses.resolve(json(normalLicenses()));
    const panel = () => shadow(el).querySelector('status-panel') as StatusPanel | null;
    await until(() => !!panel() && visibleText(panel()!).includes('Nordlys Consulting AS'), 'the status shown');
    const table = () => panel()?.shadowRoot?.querySelector('system-events-table');
    await until(() => !!table() && visibleText(table()!).includes('#1'), 'the events shown');
    await until(() => readText(shadow(el).querySelector('[role=tablist]')).includes('SuperOffice'), 'the owner tabs');
    expect(paths(fetch)).to.deep.equal(['/licenses', '/status', '/events']);
  });

  it('opened on an owner tab, asks for /licenses as it is put in the page, and for nothing else', async () => {
    const fetch = stubFetch({ '/licenses': json(normalLicenses()) });
    const el = place<LicenseScreen>('license-screen', (screen) => {
      screen.endpoint = ENDPOINT;
      screen.fetch = fetch;
      screen.tab = 'SUPEROFFICE';
    });
    expect(paths(fetch)).to.deep.equal(['/licenses']);
    await until(() => !!shadow(el).querySelector('license-list'), 'the list');
    expect(paths(fetch)).to.deep.equal(['/licenses']);
  });

  it('opened on a partner tab, shows it while /licenses is on its way, so its own reads start beside it', async () => {
    registerLicenseTab({ id: 'partner', label: 'Partner', tagName: 'test-reading-partner-tab' });
    const licenses = deferred();
    const fetch = stubFetch({ '/licenses': licenses.reply, '/status': json(demoStatus('normal')) });
    const el = place<LicenseScreen>('license-screen', (screen) => {
      screen.endpoint = ENDPOINT;
      screen.fetch = fetch;
      screen.tab = 'partner';
    });
    await until(() => paths(fetch).includes('/status'), 'the partner reads');
    const partner = () => shadow(el).querySelector('test-reading-partner-tab');
    await until(() => !!partner() && visibleText(partner()!).includes('Nordlys Consulting AS'), 'the partner shown');
    expect(visibleText(el)).to.contain('Loading licenses…');
    licenses.resolve(json(normalLicenses()));
    await until(() => readText(shadow(el).querySelector('[role=tablist]')).includes('SuperOffice'), 'the owner tabs');
    // The same element stays, with what it read.
    expect(visibleText(partner()!)).to.contain('Nordlys Consulting AS');
    expect(el.tab).to.equal('partner');
  });

  it('opened on a partner tab in its markup, shows it while /licenses is on its way', async () => {
    const licenses = deferred();
    const fetch = stubFetch({ '/licenses': licenses.reply, '/status': json(demoStatus('normal')) });
    const el = place<LicenseScreen>('license-screen', (screen) => {
      screen.endpoint = ENDPOINT;
      screen.fetch = fetch;
      screen.tab = 'notes';
      screen.innerHTML = '<p slot="tab" data-tab="notes" data-label="Notes">Our own notes</p>';
    });
    const notes = el.querySelector('p')!;
    await until(() => !!notes.assignedSlot && notes.getClientRects().length > 0, 'the notes shown');
    expect(visibleText(el)).to.contain('Loading licenses…');
    expect(readText(shadow(el).querySelector('[role=tab][aria-selected=true]'))).to.equal('Notes');
    licenses.resolve(json(normalLicenses()));
    await until(() => readText(shadow(el).querySelector('[role=tablist]')).includes('SuperOffice'), 'the owner tabs');
    expect(notes.getClientRects().length).to.be.greaterThan(0);
  });

  it('<status-panel> alone asks for /status and /events as it is put in the page, each once', async () => {
    const fetch = stubFetch({ '/status': json(demoStatus('normal')), '/events': json({ events: demoEvents(2) }) });
    const el = place<StatusPanel>('status-panel', (panel) => {
      panel.endpoint = ENDPOINT;
      panel.fetch = fetch;
    });
    expect(paths(fetch)).to.deep.equal(['/status', '/events']);
    const table = () => shadow(el).querySelector('system-events-table');
    await until(() => !!table() && visibleText(table()!).includes('#2'), 'the events shown');
    expect(visibleText(el)).to.contain('Nordlys Consulting AS');
    expect(paths(fetch)).to.deep.equal(['/status', '/events']);
  });

  it("<status-panel> holding the host's own system messages asks for /status only, and shows no events table", async () => {
    const fetch = stubFetch({ '/status': json(demoStatus('normal')), '/events': json({ events: demoEvents(2) }) });
    const el = place<StatusPanel>('status-panel', (panel) => {
      panel.innerHTML = '<p slot="system-messages">Our own messages</p>';
      panel.endpoint = ENDPOINT;
      panel.fetch = fetch;
    });
    expect(paths(fetch)).to.deep.equal(['/status']);
    await until(() => visibleText(el).includes('Nordlys Consulting AS'), 'the status shown');
    expect(shadow(el).querySelector('system-events-table')).to.equal(null);
    expect(el.querySelector('p')?.assignedSlot?.name).to.equal('system-messages');
    expect(paths(fetch)).to.deep.equal(['/status']);
    // The host takes its view out: the built-in table comes in its place, and reads.
    el.querySelector('p')!.remove();
    await until(() => !!shadow(el).querySelector('system-events-table'), 'the events table');
    await until(() => paths(fetch).includes('/events'), 'the events read');
  });

  it('a panel created after the answers it needs landed (its code was loading) takes them: no second round trip', async () => {
    const fetch = stubFetch({ '/status': json(demoStatus('normal')), '/events': json({ events: demoEvents(2) }) });
    const source = new ContractDataSource(ENDPOINT, { fetch });
    // However long the panel's and its table's code take to arrive on this machine, the answers wait.
    setHandOverTime(60_000);
    try {
      readEarly(source, ['status', 'events'], new AbortController().signal);
      await until(() => fetch.requests.length === 2, 'both asked for');
      await new Promise((resolve) => setTimeout(resolve, 20));
      const el = place<StatusPanel>('status-panel', (panel) => (panel.dataSource = source));
      const table = () => shadow(el).querySelector('system-events-table');
      await until(() => !!table() && visibleText(table()!).includes('#2'), 'the events shown');
      expect(visibleText(el)).to.contain('Nordlys Consulting AS');
      expect(paths(fetch)).to.deep.equal(['/status', '/events']);
    } finally {
      setHandOverTime();
    }
  });

  it('aborts every request started at connect when the screen leaves the page', async () => {
    const { fetch, requests } = heldFetch();
    const el = place<LicenseScreen>('license-screen', (screen) => {
      screen.endpoint = ENDPOINT;
      screen.fetch = fetch;
      screen.tab = 'status';
    });
    expect(requests.length).to.equal(3);
    // The panel and its table are there and have taken the reads over.
    const panel = () => shadow(el).querySelector('status-panel');
    await until(() => !!panel()?.shadowRoot?.querySelector('system-events-table')?.hasUpdated, 'the events table');
    el.remove();
    await until(() => requests.every((request) => request.signal?.aborted), 'every request aborted');
    expect(requests.map((request) => request.path)).to.deep.equal(['/licenses', '/status', '/events']);
  });

  it('aborts what it started for an endpoint changed right after it was put in the page', async () => {
    const { fetch, requests } = heldFetch();
    const el = place<LicenseScreen>('license-screen', (screen) => {
      screen.endpoint = ENDPOINT;
      screen.fetch = fetch;
      screen.tab = 'status';
    });
    el.endpoint = 'https://other.example/api';
    await until(() => requests.some((request) => request.path === '/events' && request.signal && !request.signal.aborted && requests.indexOf(request) > 2), 'read at the new endpoint');
    const first = requests.slice(0, 3);
    await until(() => first.every((request) => request.signal?.aborted), 'the first three aborted');
    expect(requests.slice(3).map((request) => request.path).sort()).to.deep.equal(['/events', '/licenses', '/status']);
  });

  it('aborts the status read when the person leaves the Status tab before it came, and reads it again on return', async () => {
    const { fetch, requests } = heldFetch();
    const el = place<LicenseScreen>('license-screen', (screen) => {
      screen.endpoint = ENDPOINT;
      screen.fetch = fetch;
      screen.tab = 'status';
    });
    await until(() => !!shadow(el).querySelector('status-panel'), 'the panel');
    requests.find((request) => request.path === '/licenses')?.answer(json(normalLicenses()));
    await until(() => readText(shadow(el).querySelector('[role=tablist]')).includes('SuperOffice'), 'the owner tabs');
    el.tab = 'SUPEROFFICE';
    const status = requests.find((request) => request.path === '/status');
    await until(() => !!status?.signal?.aborted, 'the status read aborted');
    el.tab = 'status';
    await until(() => requests.filter((request) => request.path === '/status').length === 2, 'read again');
  });
});

describe('early reads', () => {
  it('hands an answer that landed before anyone asked to the first that asks, and to nobody else', async () => {
    let reads = 0;
    const source = {
      endpoint: ENDPOINT,
      getStatus: () => {
        reads += 1;
        return Promise.resolve(demoStatus('normal'));
      },
    } as unknown as LicenseDataSource;
    readEarly(source, ['status'], new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve));
    const first = takeEarly(source, 'status');
    expect(first).to.not.equal(undefined);
    expect((await first)?.database.owner).to.equal('Nordlys Consulting AS');
    expect(takeEarly(source, 'status')).to.equal(undefined);
    expect(reads).to.equal(1);
  });

  it('gives a late taker the pages of events already read, then the rest', async () => {
    let page: ((partial: EventsResponse) => void) | undefined;
    const whole = deferred();
    const source = {
      endpoint: ENDPOINT,
      getEvents: (_signal: AbortSignal, onPage: (partial: EventsResponse) => void) => {
        page = onPage;
        return whole.promise.then(() => ({ data: { events: demoEvents(3) }, notModified: false }));
      },
    } as unknown as LicenseDataSource;
    readEarly(source, ['events'], new AbortController().signal);
    page?.({ events: demoEvents(1) } as EventsResponse);
    const seen: number[] = [];
    const taken = takeEarly(source, 'events', undefined, (partial) => seen.push(partial.events.length));
    await Promise.resolve();
    page?.({ events: demoEvents(2) } as EventsResponse);
    whole.resolve(json({}));
    expect((await taken)?.data.events.length).to.equal(3);
    expect(seen).to.deep.equal([1, 2]);
  });

  it('an element that asks after the starter aborted reads for itself, exactly once more', async () => {
    const { fetch, requests } = heldFetch();
    const source = new ContractDataSource(ENDPOINT, { fetch });
    const starter = new AbortController();
    readEarly(source, ['status'], starter.signal);
    starter.abort();
    expect(requests[0]?.signal?.aborted).to.equal(true);
    expect(takeEarly(source, 'status')).to.equal(undefined);
    const el = place<StatusPanel>('status-panel', (panel) => (panel.dataSource = source));
    const statusReads = () => requests.filter((request) => request.path === '/status');
    await until(() => statusReads().length === 2, 'read again by the panel');
    statusReads()[1]!.answer(json(demoStatus('normal')));
    await until(() => visibleText(el).includes('Nordlys Consulting AS'), 'the status shown');
    expect(statusReads().length).to.equal(2);
    el.remove();
  });

  it("lets go of the starter's signal once the read is taken, and once it is forgotten", async () => {
    const source = { endpoint: ENDPOINT, getStatus: () => Promise.resolve(demoStatus('normal')) } as unknown as LicenseDataSource;
    const removed: string[] = [];
    const starter = new AbortController();
    const remove = starter.signal.removeEventListener.bind(starter.signal);
    starter.signal.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject) => {
      removed.push(type);
      remove(type, listener);
    };
    readEarly(source, ['status'], starter.signal);
    expect(takeEarly(source, 'status')).to.not.equal(undefined);
    expect(removed).to.deep.equal(['abort']);
    setHandOverTime(0);
    try {
      readEarly(source, ['status'], starter.signal);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(removed).to.deep.equal(['abort', 'abort']);
      expect(takeEarly(source, 'status')).to.equal(undefined);
    } finally {
      setHandOverTime();
    }
  });
});

import { expect } from '@open-wc/testing';
import { HttpClient } from '../src/data/http-client.js';
import { ContractDataSource } from '../src/data/contract-source.js';
import { EventsResponseSchema, LicensesResponseSchema } from '../src/data/schema.js';
import { dataSourceFor } from '../src/data/source-registry.js';
import { deferred, failure, json, normalLicenses, problem, stubFetch } from './helpers.js';

const ENDPOINT = 'https://crm.example/api';


describe('HttpClient', () => {
  it('resolves paths against the endpoint and validates the body', async () => {
    const fetch = stubFetch({ '/licenses': json(normalLicenses()) });
    const client = new HttpClient(`${ENDPOINT}/`, { fetch });
    const { data, notModified } = await client.get('/licenses', LicensesResponseSchema);
    expect(fetch.requests[0]?.url).to.equal(`${ENDPOINT}/licenses`);
    expect(notModified).to.equal(false);
    expect(data.owners[0]?.serialNumber).to.equal('1010000014');
  });

  it('resolves a relative endpoint against the page', () => {
    expect(new HttpClient('/demo-api/normal').url('/licenses')).to.equal(`${location.origin}/demo-api/normal/licenses`);
  });

  it('ignores unknown extra fields (forward compatibility)', async () => {
    const data = normalLicenses() as unknown as { owners: Record<string, unknown>[]; future: boolean };
    data.future = true;
    data.owners[0]!.loyaltyTier = 'gold';
    const client = new HttpClient(ENDPOINT, { fetch: stubFetch({ '/licenses': json(data) }) });
    const result = await client.get('/licenses', LicensesResponseSchema);
    expect(result.data.owners[0]).not.to.have.property('loyaltyTier');
  });

  it('sends host headers and credentials with every request', async () => {
    const fetch = stubFetch({ '/licenses': json(normalLicenses()) });
    let seen: RequestInit | undefined;
    const spy: typeof globalThis.fetch = (input, init) => ((seen = init), fetch(input, init));
    const client = new HttpClient(ENDPOINT, { fetch: spy, headers: { Authorization: 'Bearer t0k3n' }, credentials: 'include' });
    await client.get('/licenses', LicensesResponseSchema);
    expect(fetch.requests[0]?.headers.get('Authorization')).to.equal('Bearer t0k3n');
    expect(seen?.credentials).to.equal('include');
  });

  it('maps each HTTP status to its own kind, keeping problem details', async () => {
    const cases: [number, string][] = [
      [401, 'unauthorized'], [403, 'forbidden'], [404, 'not-found'], [409, 'conflict'],
      [422, 'rejected'], [500, 'server'], [503, 'server'], [418, 'http'],
    ];
    for (const [status, kind] of cases) {
      const client = new HttpClient(ENDPOINT, { fetch: stubFetch({ '/licenses': problem(status, `detail ${status}`) }) });
      const error = await failure(client.get('/licenses', LicensesResponseSchema));
      expect(error.kind, String(status)).to.equal(kind);
      expect(error.status).to.equal(status);
      expect(error.problem?.detail).to.equal(`detail ${status}`);
    }
  });

  it('copes with an error body that is not problem+json', async () => {
    const client = new HttpClient(ENDPOINT, {
      fetch: stubFetch({ '/licenses': new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }) }),
    });
    const error = await failure(client.get('/licenses', LicensesResponseSchema));
    expect(error.kind).to.equal('server');
    expect(error.problem).to.equal(undefined);
    expect(error.message).to.contain('502');
  });

  it('reports malformed JSON and a network failure as their own kinds', async () => {
    const malformed = new HttpClient(ENDPOINT, { fetch: stubFetch({ '/licenses': new Response('{"owners": [', { status: 200 }) }) });
    expect((await failure(malformed.get('/licenses', LicensesResponseSchema))).kind).to.equal('malformed');
    const offline = new HttpClient(ENDPOINT, { fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect((await failure(offline.get('/licenses', LicensesResponseSchema))).kind).to.equal('network');
  });

  it('names the offending field when the frame of the document is wrong', async () => {
    const client = new HttpClient(ENDPOINT, { fetch: stubFetch({ '/licenses': json({ owners: null }) }) });
    const error = await failure(client.get('/licenses', LicensesResponseSchema));
    expect(error.kind).to.equal('contract');
    expect(error.field).to.equal('owners');
    expect(error.expected).to.equal('Array');
    expect(error.received).to.equal('null');
  });

  it('leaves out, and names, the one row with a wrong field; every other row is kept', async () => {
    const data = normalLicenses() as unknown as { owners: { modules: Record<string, unknown>[] }[] };
    const count = data.owners[0]!.modules.length;
    data.owners[0]!.modules[3]!.total = 'ten';
    const client = new HttpClient(ENDPOINT, { fetch: stubFetch({ '/licenses': json(data) }) });
    const { data: read } = await client.get('/licenses', LicensesResponseSchema);
    expect(read.owners[0]!.modules).to.have.length(count - 1);
    expect(read.owners[0]!.rejectedModules).to.deep.equal([
      { index: 3, label: data.owners[0]!.modules[3]!.name, field: 'total', problem: 'Invalid type: Expected number but received "ten"' },
    ]);
    expect(read.rejectedOwners, 'no owner left out').to.equal(undefined);
  });

  it('rejects negative counts, unknown groups and unparseable dates row by row', async () => {
    const bad: [string, (d: { owners: Record<string, unknown>[] & { modules: Record<string, unknown>[] }[] }) => void, 'module' | 'owner'][] = [
      ['inUse', (d) => (d.owners[0]!.modules[0]!.inUse = -1), 'module'],
      ['group', (d) => (d.owners[0]!.modules[0]!.group = 'gold'), 'module'],
      ['expiryDate', (d) => (d.owners[0]!.expiryDate = 'next tuesday'), 'owner'],
    ];
    for (const [field, spoil, row] of bad) {
      const data = normalLicenses() as never;
      spoil(data);
      const client = new HttpClient(ENDPOINT, { fetch: stubFetch({ '/licenses': json(data) }) });
      const { data: read } = await client.get('/licenses', LicensesResponseSchema);
      const rejected = row === 'module' ? read.owners[0]!.rejectedModules : read.rejectedOwners;
      expect(rejected?.[0]?.field, field).to.equal(field);
      expect(rejected?.[0]?.index, field).to.equal(0);
    }
  });

  it('times out a request that does not answer', async () => {
    const fetch: typeof globalThis.fetch = (_input, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
    const client = new HttpClient(ENDPOINT, { fetch, timeout: 50 });
    const error = await failure(client.get('/licenses', LicensesResponseSchema));
    expect(error.kind).to.equal('timeout');
  });

  it('times out a server that sends headers and then stalls the body', async () => {
    const stalled = new ReadableStream<Uint8Array>({ start(controller) { controller.enqueue(new TextEncoder().encode('{"owners": [')); } });
    const fetch: typeof globalThis.fetch = () => Promise.resolve(new Response(stalled, { status: 200 }));
    const client = new HttpClient(ENDPOINT, { fetch, timeout: 50 });
    expect((await failure(client.get('/licenses', LicensesResponseSchema))).kind).to.equal('timeout');
  });

  it('starts a new request for a caller arriving just after every earlier caller aborted', async () => {
    const fetch = stubFetch({ '/licenses': [deferred().reply, json(normalLicenses())] });
    const client = new HttpClient(ENDPOINT, { fetch });
    const leaving = new AbortController();
    const first = client.get('/licenses', LicensesResponseSchema, leaving.signal).catch((error: Error) => error.name);
    leaving.abort();
    const second = await client.get('/licenses', LicensesResponseSchema);
    expect(await first).to.equal('AbortError');
    expect(second.data.owners).to.have.length(1);
    expect(fetch.requests).to.have.length(2);
  });

  it('shares one request between callers asking for the same URL at once', async () => {
    const reply = deferred();
    const fetch = stubFetch({ '/licenses': reply.reply });
    const client = new HttpClient(ENDPOINT, { fetch });
    const first = client.get('/licenses', LicensesResponseSchema);
    const second = client.get('/licenses', LicensesResponseSchema);
    reply.resolve(json(normalLicenses()));
    const [a, b] = await Promise.all([first, second]);
    expect(fetch.requests).to.have.length(1);
    expect(a.data).to.deep.equal(b.data);
  });

  it('lets one caller abort without cancelling the request for the others', async () => {
    const reply = deferred();
    let fetchSignal: AbortSignal | undefined;
    const stub = stubFetch({ '/licenses': reply.reply });
    const client = new HttpClient(ENDPOINT, { fetch: (input, init) => ((fetchSignal = init?.signal ?? undefined), stub(input, init)) });
    const leaving = new AbortController();
    const first = client.get('/licenses', LicensesResponseSchema, leaving.signal);
    const second = client.get('/licenses', LicensesResponseSchema);
    leaving.abort();
    let abortedName = '';
    await first.catch((error: Error) => (abortedName = error.name));
    expect(abortedName).to.equal('AbortError');
    expect(fetchSignal?.aborted).to.equal(false);
    reply.resolve(json(normalLicenses()));
    expect((await second).data.owners).to.have.length(1);
  });

  it('aborts the request itself when its only caller aborts', async () => {
    let fetchSignal: AbortSignal | undefined;
    const client = new HttpClient(ENDPOINT, {
      fetch: (_input, init) => {
        fetchSignal = init?.signal ?? undefined;
        return new Promise((_, reject) => fetchSignal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
      },
    });
    const caller = new AbortController();
    const pending = client.get('/licenses', LicensesResponseSchema, caller.signal);
    caller.abort();
    await pending.catch(() => undefined);
    expect(fetchSignal?.aborted).to.equal(true);
  });

  it('keeps the ETag and answers a 304 with the kept data', async () => {
    const events = { events: [] };
    const fetch = stubFetch({
      '/events': [json(events, { headers: { ETag: '"v1"' } }), new Response(null, { status: 304, headers: { ETag: '"v1"' } })],
    });
    const client = new HttpClient(ENDPOINT, { fetch });
    const first = await client.get('/events', EventsResponseSchema);
    const second = await client.get('/events', EventsResponseSchema);
    expect(fetch.requests[1]?.headers.get('If-None-Match')).to.equal('"v1"');
    expect(second.notModified).to.equal(true);
    expect(second.data).to.equal(first.data);
  });

  it('sends a license file as raw bytes and forgets kept ETags after a write', async () => {
    const owner = normalLicenses().owners[0];
    const fetch = stubFetch({ '/licenses/file': json({ owner, changed: ['ten-sales'] }) });
    const source = new ContractDataSource(ENDPOINT, { fetch });
    const result = await source.uploadLicenseFile(new Blob(['LICENSE 42']));
    expect(result.changed).to.deep.equal(['ten-sales']);
    expect(fetch.requests[0]?.method).to.equal('POST');
    expect(fetch.requests[0]?.headers.get('Content-Type')).to.equal('application/octet-stream');
    expect(fetch.requests[0]?.body).to.be.instanceOf(Blob);
  });

  it('covers every resource of the contract through the data source', async () => {
    const detail = { ...normalLicenses().owners[0]!.modules[10], ownerId: 'SUPEROFFICE' };
    const fetch = stubFetch({
      '/licenses/SUPEROFFICE/ten-sales': json(detail),
      '/status': json({ database: { owner: 'A', serialNumber: '1', subscription: 'S', type: 'T', role: 'central', nextExpiryDate: null, loggedInUser: null }, plan: null, userCount: 3 }),
      '/consumption?months=12': json({ userCount: 3, services: [] }),
      '/events': [
        json({ id: '9', key: 'NoLogin', name: 'No Login', status: 'running', activated: null, activatedBy: null, finished: null, scope: 'system' }, { status: 201 }),
        new Response(null, { status: 204 }),
      ],
      '/events/9': new Response(null, { status: 204 }),
      '/licenses/SUPEROFFICE/activate': json({ owner: normalLicenses().owners[0], changed: [] }),
    });
    const source = new ContractDataSource(ENDPOINT, { fetch });
    expect((await source.getLicenseDetail('SUPEROFFICE', 'ten-sales')).assignedTo).to.deep.equal([]);
    expect((await source.getStatus()).database.role).to.equal('central');
    expect((await source.getConsumption(12)).services).to.deep.equal([]);
    expect((await source.addEvent({ key: 'NoLogin', finished: null, description: '' })).id).to.equal('9');
    await source.deleteEvent('9');
    expect(fetch.requests.at(-1)?.method).to.equal('DELETE');
    expect((await source.activate('SUPEROFFICE')).changed).to.deep.equal([]);
    const empty = await failure(source.addEvent({ key: 'NoLogin', finished: null, description: '' }));
    expect(empty.kind).to.equal('contract');
  });

  it('shares one data source per endpoint unless the host customises fetching', () => {
    expect(dataSourceFor('contract', '/x')).to.equal(dataSourceFor('contract', '/x'));
    expect(dataSourceFor('contract', '/x', { credentials: 'include' })).not.to.equal(dataSourceFor('contract', '/x'));
  });
});

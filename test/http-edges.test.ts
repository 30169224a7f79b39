/**
 * The client at the edges of HTTP: problem details read member by member (RFC 9457 §3.1), a 304 nobody
 * asked for, and writes that carry an Idempotency-Key.
 */
import { expect } from '@open-wc/testing';
import { HttpClient } from '../src/data/http-client.js';
import { ContractDataSource } from '../src/data/contract-source.js';
import { LicensesResponseSchema } from '../src/data/schema.js';
import { describeError } from '../src/internal/error-message.js';
import { failure, json, normalLicenses, stubFetch } from './helpers.js';

const ENDPOINT = 'https://crm.example/api';
const raw = (status: number, body: string, type = 'application/problem+json') =>
  new Response(body, { status, statusText: 'Service Unavailable', headers: { 'Content-Type': type } });

async function errorFor(response: Response) {
  const client = new HttpClient(ENDPOINT, { fetch: stubFetch({ '/licenses': response }) });
  return failure(client.get('/licenses', LicensesResponseSchema));
}

describe('problem details, read defensively', () => {
  const cases: [string, string, string][] = [
    ['an array', '[{"detail":"inside an array"}]', 'HTTP 503 Service Unavailable'],
    ['a string', '"The database is down"', 'HTTP 503 Service Unavailable'],
    ['null', 'null', 'HTTP 503 Service Unavailable'],
    ['not JSON at all', '<html>Bad gateway</html>', 'HTTP 503 Service Unavailable'],
    ['a wrong-typed detail with a good title', '{"detail": 42, "title": "Maintenance"}', 'Maintenance'],
    ['an empty detail', '{"detail": "  ", "title": "Maintenance"}', 'Maintenance'],
    ['every member wrong-typed', '{"type": 1, "title": [], "status": "503", "detail": {}, "instance": false}', 'HTTP 503 Service Unavailable'],
  ];
  for (const [what, body, message] of cases) {
    it(`a problem body that is ${what} falls back as it should`, async () => {
      const error = await errorFor(raw(503, body));
      expect(error.kind).to.equal('server');
      expect(error.status).to.equal(503);
      expect(error.message).to.equal(message);
      for (const value of Object.values(error.problem ?? {})) expect(value).not.to.be.an('object');
    });
  }

  it('keeps the good members, only the module names that are text, and reads application/json error bodies too', async () => {
    const body = JSON.stringify({ status: 409, detail: 'Below the number in use', modules: ['ten-sales', 7, null, 'ten-travel'], instance: 3 });
    const error = await errorFor(raw(409, body, 'application/json'));
    expect(error.kind).to.equal('conflict');
    expect(error.problem).to.deep.equal({ status: 409, detail: 'Below the number in use', modules: ['ten-sales', 'ten-travel'] });
  });

  it('ignores a status member that is not an HTTP status', async () => {
    const error = await errorFor(raw(500, '{"status": 1e400, "title": "x"}'));
    expect(error.problem).to.deep.equal({ title: 'x' });
  });
});

describe('a 304 nobody asked for', () => {
  it('is a protocol error told in a sentence, not a field path', async () => {
    const error = await errorFor(new Response(null, { status: 304 }));
    expect(error.kind).to.equal('protocol');
    const text = describeError(error, ENDPOINT);
    expect(text.title).to.equal('The license service answered in a way this screen cannot use');
    expect(text.detail).to.contain('not modified');
    expect(text.detail).not.to.contain('(root)');
  });
});

describe('Idempotency-Key on writes that must not happen twice', () => {
  it('activation and license-file upload each carry a fresh key; other writes carry none', async () => {
    const result = { owner: normalLicenses().owners[0], changed: [] };
    const fetch = stubFetch({
      '/licenses/SUPEROFFICE/activate': json(result),
      '/licenses/file': json(result),
      '/events/1': new Response(null, { status: 204 }),
    });
    const source = new ContractDataSource(ENDPOINT, { fetch });
    await source.activate('SUPEROFFICE');
    await source.activate('SUPEROFFICE');
    await source.uploadLicenseFile(new Blob(['license']));
    await source.deleteEvent('1');
    const keys = fetch.requests.map((request) => request.headers.get('Idempotency-Key'));
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const key of keys.slice(0, 3)) expect(key).to.match(uuid);
    expect(new Set(keys.slice(0, 3)).size).to.equal(3);
    expect(keys[3]).to.equal(null);
  });
});

describe('redirects', () => {
  const redirected = (to: string) => {
    const response = json(normalLicenses());
    Object.defineProperty(response, 'url', { value: to });
    return response;
  };

  it('reads an answer redirected within the endpoint’s origin', async () => {
    // Not through stubFetch: a cloned Response forgets the url it was given.
    const client = new HttpClient(ENDPOINT, { fetch: () => Promise.resolve(redirected('https://crm.example/v2/licenses')) });
    const { data } = await client.get('/licenses', LicensesResponseSchema);
    expect(data.owners.length).to.be.greaterThan(0);
  });

  it('refuses an answer from another origin, and says so', async () => {
    const client = new HttpClient(ENDPOINT, { fetch: () => Promise.resolve(redirected('https://elsewhere.example/licenses')) });
    const error = await failure(client.get('/licenses', LicensesResponseSchema));
    expect(error.kind).to.equal('redirect');
    const text = describeError(error, ENDPOINT);
    expect(text.title).to.equal('The license service sent the request on to another site');
    expect(text.technical).to.contain('https://elsewhere.example');
  });
});

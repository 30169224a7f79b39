/**
 * A busy server is obeyed: a 429 or 503 with `Retry-After` (RFC 9110 §10.2.3, RFC 6585 §4) stops every
 * request to that endpoint until the moment it names, the screen says when it tries again and does so by
 * itself, and polling after failures in a row backs off (capped exponential with jitter) until a success.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { HttpClient, MAX_RETRY_AFTER_MS } from '../src/data/http-client.js';
import { retryAfter } from '../src/data/errors.js';
import { LicensesResponseSchema } from '../src/data/schema.js';
import { Backoff, BACKOFF_CAP_MS } from '../src/internal/backoff.js';
import type { LicenseList } from '../src/elements/license-list/license-list.js';
import '../src/elements/license-list/define.js';
import { failure, json, normalLicenses, problem, stubFetch, until, visibleText } from './helpers.js';
import { button, event, renderTable, rows, shadow } from './system-events-fixtures.js';

const ENDPOINT = 'https://crm.example/api';
const T0 = Date.parse('2026-12-03T10:00:00Z');

/** A problem answer with a `Retry-After` header. */
const busy = (status: 429 | 503, after: string) => {
  const response = problem(status, status === 429 ? 'Slow down' : 'Maintenance');
  response.headers.set('Retry-After', after);
  return response;
};

/** The next whole second at least `ms` away: HTTP dates carry no milliseconds. */
const wholeSecondAfter = (ms: number) => new Date(Math.ceil((Date.now() + ms) / 1000) * 1000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Retry-After, read as RFC 9110 writes it', () => {
  it('takes delay-seconds and HTTP dates, and nothing else', () => {
    expect(retryAfter('120', T0)).to.equal(T0 + 120_000);
    expect(retryAfter(' 0 ', T0)).to.equal(T0);
    expect(retryAfter('Thu, 03 Dec 2026 10:05:00 GMT', T0)).to.equal(T0 + 300_000);
    // A date already past means "now", not a moment in the past.
    expect(retryAfter('Thu, 03 Dec 2026 09:00:00 GMT', T0)).to.equal(T0);
    for (const bad of [null, '', '-5', '1.5', 'soon', '2026-12-03', 'Thu, 31 Feb 2026 10:00:00 XYZ']) {
      expect(retryAfter(bad, T0), String(bad)).to.equal(undefined);
    }
  });
});

describe('the client keeps a busy server’s pause', () => {
  const setUp = (first: Response) => {
    let now = T0;
    const fetch = stubFetch({ '/licenses': [first, json(normalLicenses())] });
    const client = new HttpClient(ENDPOINT, { fetch, now: () => now });
    return { fetch, client, advance: (ms: number) => (now += ms) };
  };

  for (const status of [429, 503] as const) {
    it(`${status} with Retry-After: no request goes out before the moment it names`, async () => {
      const { fetch, client, advance } = setUp(busy(status, '120'));
      const first = await failure(client.get('/licenses', LicensesResponseSchema));
      expect(first.kind).to.equal(status === 429 ? 'throttled' : 'server');
      expect(first.retryAt).to.equal(T0 + 120_000);
      advance(60_000);
      const meanwhile = await failure(client.get('/licenses', LicensesResponseSchema));
      expect(meanwhile.retryAt).to.equal(T0 + 120_000);
      expect(meanwhile.status).to.equal(status);
      // Writes wait too: a busy server is a busy server.
      await failure(client.send('POST', '/events', { name: 'x' }, null));
      expect(fetch.requests).to.have.length(1);
      advance(60_000);
      const { data } = await client.get('/licenses', LicensesResponseSchema);
      expect(data.owners.length).to.be.greaterThan(0);
      expect(fetch.requests).to.have.length(2);
    });
  }

  it('a 429 without Retry-After leaves the pacing to the caller', async () => {
    const { fetch, client } = setUp(problem(429, 'Slow down'));
    expect((await failure(client.get('/licenses', LicensesResponseSchema))).retryAt).to.equal(undefined);
    await client.get('/licenses', LicensesResponseSchema);
    expect(fetch.requests).to.have.length(2);
  });

  it('Retry-After on other statuses is not a pause (RFC 9110 gives it meaning on 3xx, 429, 503)', async () => {
    const response = problem(500, 'Oops');
    response.headers.set('Retry-After', '120');
    const { fetch, client } = setUp(response);
    expect((await failure(client.get('/licenses', LicensesResponseSchema))).retryAt).to.equal(undefined);
    await client.get('/licenses', LicensesResponseSchema);
    expect(fetch.requests).to.have.length(2);
  });

  it('a pause longer than an hour is cut to an hour', async () => {
    const { client } = setUp(busy(503, '86400'));
    expect((await failure(client.get('/licenses', LicensesResponseSchema))).retryAt).to.equal(T0 + MAX_RETRY_AFTER_MS);
  });
});

describe('the elements tell when they try again, and do', () => {
  it('a 429 says "Too many requests", names the time, sends nothing on Try again, then loads by itself', async () => {
    const when = wholeSecondAfter(1200);
    const fetch = stubFetch({ '/licenses': [busy(429, when.toUTCString()), json(normalLicenses())] });
    const el = await fixture<LicenseList>(html`<license-list lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></license-list>`);
    const error = () => el.shadowRoot?.querySelector('[part=error]');
    await until(() => !!error(), 'the error');
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'medium' }).format(when);
    expect(visibleText(error() as Element)).to.contain('Too many requests').and.contain(`Trying again at ${time}.`);
    (el.shadowRoot?.querySelector('[part=retry-button]') as HTMLButtonElement).click();
    await sleep(100);
    expect(fetch.requests, 'Try again during the pause asks nobody').to.have.length(1);
    expect(error(), 'and the message stays').to.exist;
    await until(() => !!el.shadowRoot?.querySelector('caption'), 'the list, loaded at the named time', 8000);
    expect(Date.now()).to.be.at.least(when.getTime());
    expect(fetch.requests).to.have.length(2);
  });

  it('the message is in the person’s language, with the time in its format', async () => {
    const when = wholeSecondAfter(60_000);
    const fetch = stubFetch({ '/licenses': busy(429, when.toUTCString()) });
    const el = await fixture<LicenseList>(html`<license-list lang="de" endpoint=${ENDPOINT} .fetch=${fetch}></license-list>`);
    await until(() => !!el.shadowRoot?.querySelector('[part=error]'), 'the error');
    await until(() => visibleText(el).includes('Zu viele Anfragen'), 'German', 4000);
    expect(visibleText(el)).to.contain(new Intl.DateTimeFormat('de', { timeStyle: 'medium' }).format(when));
    el.remove();
  });

  it('polling waits for a 503’s Retry-After, then resumes its interval', async () => {
    const when = wholeSecondAfter(1000);
    const fetch = stubFetch({ '/events': [json({ events: [event('1')] }), busy(503, when.toUTCString()), json({ events: [event('1')] })] });
    const el = await renderTable(fetch, { interval: 0.1 });
    await until(() => fetch.requests.length === 2, 'the poll that meets the 503');
    await until(() => !!shadow(el).querySelector('[part=stale-notice]'), 'the notice');
    expect(visibleText(shadow(el).querySelector('[part=stale-notice]') as Element)).to.contain('Trying again at');
    expect(rows(el), 'the list stays').to.have.length(1);
    await until(() => fetch.requests.length === 3, 'the poll after the pause', 8000);
    expect(Date.now(), 'not before the named moment').to.be.at.least(when.getTime());
    // Back to the 100 ms interval: several polls within a second (the pause would allow none).
    const resumed = fetch.requests.length;
    await until(() => fetch.requests.length >= resumed + 3, 'the interval again', 4000);
    el.remove();
  });

  it('a table that does not poll loads again when the pause ends', async () => {
    const when = wholeSecondAfter(1000);
    const fetch = stubFetch({ '/events': [busy(503, when.toUTCString()), json({ events: [event('1')] })] });
    const el = await renderTable(fetch);
    expect(visibleText(shadow(el).querySelector('[part=error]') as Element)).to.contain('Trying again at');
    await until(() => rows(el).length === 1, 'loaded after the pause', 8000);
    expect(fetch.requests).to.have.length(2);
    expect(button(el, 'retry-button')).to.equal(null);
  });
});

describe('polling after failures backs off', () => {
  it('doubles the wait per failure, with jitter, capped, never below the interval; a success resets it', () => {
    const draws = [0, 0.5, 0.999];
    const waits = draws.map((draw) => {
      const backoff = new Backoff(() => draw);
      const seen = [backoff.delay(1000)];
      for (let failure = 1; failure <= 12; failure++) {
        backoff.failed();
        seen.push(Math.round(backoff.delay(1000)));
      }
      backoff.succeeded();
      seen.push(backoff.delay(1000));
      return seen;
    });
    // No jitter drawn: half the ceiling (the interval, 2 s, 4 s, …, half the cap).
    expect(waits[0]).to.deep.equal([1000, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 150000, 150000, 150000, 150000, 1000]);
    // The middle draw: three quarters of the ceiling.
    expect(waits[1]?.slice(1, 4)).to.deep.equal([1500, 3000, 6000]);
    // The highest draw stays under the ceiling and the cap.
    expect(Math.max(...(waits[2] ?? []))).to.be.below(BACKOFF_CAP_MS);
    // An interval longer than the cap is kept: back-off never polls faster than asked.
    const slow = new Backoff(() => 0);
    slow.failed();
    expect(slow.delay(10 * BACKOFF_CAP_MS)).to.equal(10 * BACKOFF_CAP_MS);
  });

  it('a failing endpoint is asked less and less often, and at the interval again after a success', async () => {
    const fetch = stubFetch({
      '/events': [json({ events: [event('1')] }), problem(500, 'down'), problem(500, 'down'), problem(500, 'down'), problem(500, 'down'), json({ events: [event('1')] })],
    });
    // When each request left, recorded by the fetch itself.
    const times: number[] = [];
    const timed = Object.assign((input: RequestInfo | URL, init?: RequestInit) => (times.push(performance.now()), fetch(input, init)), {
      requests: fetch.requests,
    });
    const el = await renderTable(timed, { interval: 0.05 });
    await until(() => times.length >= 6, 'four failures and a success', 8000);
    const gaps = times.slice(1).map((time, i) => time - (times[i] ?? 0));
    // The wait after failure n is at least interval × 2^(n-1): 50, 100, 200, 400 ms.
    for (const [i, minimum] of [50, 100, 200, 400].entries()) {
      expect(gaps[i + 1], `wait after failure ${i + 1}`).to.be.at.least(minimum - 5);
    }
    const afterSuccess = fetch.requests.length;
    await until(() => times.length >= afterSuccess + 4, 'polls at the interval again', 4000);
    el.remove();
  });
});

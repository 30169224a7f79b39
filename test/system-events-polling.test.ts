import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import { json, nextFrame, problem, stubFetch, until, visibleText, type StubFetch } from './helpers.js';
import { button, countRenders, event, grid, names, pane, renderTable, rows, shadow } from './system-events-fixtures.js';

describe('<system-events-table> live refresh', () => {
  it('a 304 poll changes nothing and renders nothing; polls carry If-None-Match', async () => {
    const fetch = stubFetch({
      '/events': [json({ events: [event('1')] }, { headers: { ETag: '"v1"' } }), new Response(null, { status: 304, headers: { ETag: '"v1"' } })],
    });
    const el = await renderTable(fetch, { interval: 0.05 });
    // Let the first layout settle (the row window measures the rows once) before counting.
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    const count = countRenders(el);
    await until(() => fetch.requests.length >= 4, 'three polls');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(count.renders).to.equal(0);
    expect(el.isUpdatePending).to.equal(false);
    expect(fetch.requests.slice(1).every((r) => r.headers.get('If-None-Match') === '"v1"')).to.equal(true);
    expect(names(el)).to.deep.equal(['Free-text index rebuild 1']);
  });

  it('reads the demo endpoint over HTTP: 10 000 events, then 304s that render nothing', async () => {
    const el = await fixture<SystemEventsTable>(
      html`<system-events-table lang="en" endpoint="/demo-api/many-events" refresh-interval="0.1"></system-events-table>`,
    );
    await until(() => !!shadow(el).querySelector('table'), 'loaded', 8000);
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('10001');
    await nextFrame();
    await nextFrame();
    const count = countRenders(el);
    // Requests go out from the page or, with no host fetch, from the events worker (not in the page's timeline).
    let fromWorker = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: { type?: string; url?: string }, options?: StructuredSerializeOptions) {
      if (message?.type === 'fetch' && message.url?.endsWith('/demo-api/many-events/events')) fromWorker++;
      post.call(this, message, options);
    } as typeof post;
    try {
      const polls = () => fromWorker + performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/demo-api/many-events/events')).length;
      const before = polls();
      await until(() => polls() >= before + 2, 'two polls', 8000);
      expect(count.renders).to.equal(0);
    } finally {
      Worker.prototype.postMessage = post;
    }
    el.remove();
  });

  it('keeps the selected event selected across refreshes while it exists', async () => {
    const fetch = stubFetch({
      '/events': [
        json({ events: [event('1'), event('2')] }),
        json({ events: [event('0'), event('1'), event('2', { status: 'finished' })] }),
        json({ events: [event('0'), event('1')] }),
      ],
    });
    const el = await renderTable(fetch);
    rows(el)[1]?.click();
    await el.updateComplete;
    expect(el.selected).to.equal('2');
    await el.refresh();
    await el.updateComplete;
    expect(el.selected).to.equal('2');
    expect(rows(el)[2]?.getAttribute('aria-selected')).to.equal('true');
    expect(visibleText(pane(el))).to.contain('Completed');
    const cleared = oneEvent(el, 'event-select');
    await el.refresh();
    expect((await cleared).detail.event).to.equal(null);
    await el.updateComplete;
    expect(el.hasAttribute('selected') && el.selected !== '').to.equal(false);
    expect(visibleText(pane(el))).to.contain('Select an event');
  });

  it('stops polling, and aborts the request in flight, when removed', async () => {
    const signals: AbortSignal[] = [];
    let calls = 0;
    const fetch = ((_input: RequestInfo | URL, init: RequestInit = {}) => {
      calls += 1;
      if (init.signal) signals.push(init.signal);
      // The first answers; every poll after it hangs until aborted.
      if (calls === 1) return Promise.resolve(json({ events: [event('1')] }));
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    }) as unknown as StubFetch;
    const el = await renderTable(fetch, { interval: 0.03 });
    await until(() => calls === 2, 'a poll in flight');
    el.remove();
    expect(signals[1]?.aborted).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(calls).to.equal(2);
  });

  it('pauses polling while the page is hidden and refreshes when it is shown again', async () => {
    const fetch = stubFetch({ '/events': json({ events: [event('1')] }) });
    const el = await renderTable(fetch, { interval: 0.05 });
    await until(() => fetch.requests.length >= 2, 'a poll');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 60));
      const hidden = fetch.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fetch.requests.length).to.equal(hidden);
    } finally {
      Reflect.deleteProperty(document, 'visibilityState');
    }
    const before = fetch.requests.length;
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => fetch.requests.length > before, 'a refresh on return');
    el.remove();
  });

  it('shows an error with Try again when the first load fails, and keeps the list when a refresh fails', async () => {
    const fetch = stubFetch({ '/events': [problem(500, 'down'), json({ events: [event('1')] }), problem(503, 'busy')] });
    const el = await renderTable(fetch);
    expect(shadow(el).querySelector('[part=error]')?.textContent).to.contain('HTTP status 500');
    button(el, 'retry-button').click();
    await until(() => rows(el).length === 1, 'loaded after retry');
    await el.refresh();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=stale-notice]')?.textContent).to.contain('Could not refresh');
    expect(names(el)).to.deep.equal(['Free-text index rebuild 1']);
  });
});

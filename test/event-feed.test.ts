/** The events feed hands the table each poll's changes, only when they hold against the list it shows. */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContractDataSource } from '../src/data/contract-source.js';
import { EventFeed } from '../src/elements/system-events-table/event-feed.js';
import { json, stubFetch, until } from './helpers.js';
import { event } from './system-events-fixtures.js';

function feedOn(...replies: Response[]) {
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: (_: ReactiveController) => undefined,
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  const feed = new EventFeed(host);
  // Given a source and connected, the feed loads the first answer by itself.
  feed.use(new ContractDataSource('https://crm.example/api', { fetch: stubFetch({ '/events': replies }) }), 0);
  feed.hostConnected();
  return { feed, updates: () => updates };
}

describe('EventFeed changes', () => {
  it('the first answer is new as a whole; a poll says what changed against the list shown', async () => {
    // The same event objects in both answers: the fixture's dates follow the clock, which may tick between two calls.
    const [one, two] = [event('1'), event('2')];
    const { feed } = feedOn(json({ events: [one, two] }), json({ events: [one, { ...two, status: 'failed' }, event('3')] }));
    await until(() => !!feed.list, 'the first answer');
    expect(feed.list?.map((e) => e.id)).to.deep.equal(['1', '2']);
    expect(feed.changes).to.equal(undefined);
    const shown = feed.list;
    await feed.load();
    expect(feed.changes?.base).to.equal(shown);
    expect(feed.changes?.changed).to.deep.equal([1, 2]);
    expect(feed.changes?.removed).to.deep.equal([]);
    expect(feed.list?.[0]).to.equal(shown?.[0]);
    feed.hostDisconnected();
  });

  it('after a write replaced the list, the next answer is new as a whole', async () => {
    const { feed } = feedOn(json({ events: [event('1')] }), json({ events: [event('1'), event('2')] }));
    await until(() => !!feed.list, 'the first answer');
    feed.replace([event('9'), ...(feed.list ?? [])]);
    expect(feed.changes).to.equal(undefined);
    await feed.load();
    expect(feed.list?.map((e) => e.id)).to.deep.equal(['1', '2']);
    expect(feed.changes).to.equal(undefined);
    feed.hostDisconnected();
  });
});

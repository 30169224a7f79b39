import { expect } from '@open-wc/testing';
import { EventView, type EventQuery } from '../src/elements/system-events-table/event-view.js';
import type { SystemEvent } from '../src/data/schema.js';
import { events as demoEvents } from '../demo/endpoint/fixtures.js';

const event = (id: string, extra: Partial<SystemEvent> = {}): SystemEvent => ({
  id,
  key: 'Import',
  name: `Event ${id}`,
  status: 'running',
  message: null,
  description: null,
  activated: '2026-11-23T08:00:00Z',
  activatedBy: null,
  finished: null,
  scope: 'system',
  ...extra,
});

const query = (extra: Partial<EventQuery> = {}): EventQuery => ({ status: '', text: '', locale: 'en', ...extra });
const ids = (rows: readonly SystemEvent[]) => rows.map((row) => row.id);

describe('EventView (sorting and filtering)', () => {
  it('keeps the list itself when nothing is sorted or filtered, and the same rows for the same query', () => {
    const list = [event('1'), event('2')];
    const view = new EventView(list);
    expect(view.rows(query())).to.equal(list);
    const sorted = view.rows(query({ sort: { column: 'name', descending: false } }));
    expect(view.rows(query({ sort: { column: 'name', descending: false } }))).to.equal(sorted);
  });

  it('sorts text in the locale, numbers inside names by value, and reverses for descending', () => {
    const list = [event('a', { name: 'Import 10' }), event('b', { name: 'Import 9' }), event('c', { name: 'Öl' }), event('d', { name: 'Zebra' })];
    const view = new EventView(list);
    expect(ids(view.rows(query({ sort: { column: 'name', descending: false }, locale: 'sv' })))).to.deep.equal(['b', 'a', 'd', 'c']);
    expect(ids(view.rows(query({ sort: { column: 'name', descending: false }, locale: 'de' })))).to.deep.equal(['b', 'a', 'c', 'd']);
    expect(ids(view.rows(query({ sort: { column: 'name', descending: true }, locale: 'sv' })))).to.deep.equal(['c', 'd', 'a', 'b']);
  });

  it('sorts dates by instant and keeps events without a value last in both directions', () => {
    const list = [
      event('late', { finished: '2026-11-23T12:00:00Z' }),
      event('none'),
      event('early', { finished: '2026-11-23T09:00:00+01:00' }),
      event('middle', { finished: '2026-11-23T10:00:00Z' }),
    ];
    const view = new EventView(list);
    expect(ids(view.rows(query({ sort: { column: 'finished', descending: false } })))).to.deep.equal(['early', 'middle', 'late', 'none']);
    expect(ids(view.rows(query({ sort: { column: 'finished', descending: true } })))).to.deep.equal(['late', 'middle', 'early', 'none']);
  });

  it('sorts status by the order an event goes through, unknown values after, ties in list order', () => {
    const list = ['finished', 'weird', 'pending', 'running', 'failed', 'cancelled', 'running'].map((status, i) => event(String(i), { status }));
    const view = new EventView(list);
    expect(ids(view.rows(query({ sort: { column: 'status', descending: false } })))).to.deep.equal(['2', '3', '6', '0', '4', '5', '1']);
  });

  it('sorts people by user id, as the column shows them (the system last) and scope from the whole system down to a user', () => {
    // Sorted by name, Ada Lind would come first; by id, ADA comes after ABERG.
    const jan = { id: 'ABERG', name: 'Jan Berg', portraitUrl: null };
    const ada = { id: 'ADA', name: 'Ada Lind', portraitUrl: null };
    const list = [event('1', { activatedBy: jan, scope: 'user' }), event('2', { scope: 'group' }), event('3', { activatedBy: ada, scope: 'system' })];
    const view = new EventView(list);
    expect(ids(view.rows(query({ sort: { column: 'activatedBy', descending: false } })))).to.deep.equal(['1', '3', '2']);
    expect(ids(view.rows(query({ sort: { column: 'scope', descending: false } })))).to.deep.equal(['3', '2', '1']);
  });

  it('filters by status and by text in name, key, message, description and person, case-insensitively', () => {
    const list = [
      event('1', { name: 'Free-text rebuild', status: 'running' }),
      event('2', { message: 'Indexing FREE text', status: 'pending' }),
      event('3', { activatedBy: { id: 'KARI', name: 'Kari Nordmann', portraitUrl: null }, status: 'running' }),
      event('4', { key: 'NoLogin', description: 'Maintenance tonight', status: 'failed' }),
    ];
    const view = new EventView(list);
    expect(ids(view.rows(query({ status: 'running' })))).to.deep.equal(['1', '3']);
    expect(ids(view.rows(query({ text: '  free ' })))).to.deep.equal(['1', '2']);
    expect(ids(view.rows(query({ text: 'nordmann' })))).to.deep.equal(['3']);
    expect(ids(view.rows(query({ text: 'nologin' })))).to.deep.equal(['4']);
    expect(ids(view.rows(query({ text: 'tonight', status: 'failed' })))).to.deep.equal(['4']);
    expect(ids(view.rows(query({ text: 'free', sort: { column: 'name', descending: true } })))).to.deep.equal(['1', '2']);
    expect(view.rows(query({ text: 'nothing like this' }))).to.deep.equal([]);
  });

  it('finds events by id', () => {
    const view = new EventView([event('1'), event('x')]);
    expect(view.find('x')?.id).to.equal('x');
    expect(view.find('nope')).to.equal(undefined);
  });

  it('sorts and filters 100 000 events, and reverses a known order without sorting again', () => {
    const view = new EventView(demoEvents(100_000) as SystemEvent[]);
    const byName = view.rows(query({ sort: { column: 'name', descending: false } }));
    expect(byName).to.have.length(100_000);
    view.rows(query({ sort: { column: 'activated', descending: false } }));
    const again = view.rows(query({ sort: { column: 'name', descending: true } }));
    expect(again[0]).to.equal(byName[byName.length - 1]);
    const filtered = view.rows(query({ status: 'failed', text: '#99' }));
    expect(filtered.length).to.be.greaterThan(0);
    expect(filtered.every((row) => row.status === 'failed' && row.name.includes('#99'))).to.equal(true);
  });
});

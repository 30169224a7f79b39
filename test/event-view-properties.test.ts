/**
 * The EventView against plain references on generated lists: its sort orders equal a comparator sort,
 * its search equals a plain filter, work done in slices equals work done at once, and a view patched
 * for a few changes equals a view made anew for the changed list.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { EventChanges } from '../src/data/event-changes.js';
import type { SystemEvent } from '../src/data/schema.js';
import { compareKeys, sortKey } from '../src/elements/system-events-table/event-order.js';
import { matcher } from '../src/elements/system-events-table/event-search.js';
import { COLUMNS, EventView, type EventQuery } from '../src/elements/system-events-table/event-view.js';
import { finish, step } from '../src/elements/system-events-table/slices.js';

/** Texts that trip sorts up: equal, blank, case and accent twins, canonically equivalent forms, digits, contractions, surrogates. */
const HOSTILE = [
  '',
  ' ',
  'a',
  'A',
  '\u00e1',
  'a\u0301',
  'a\u0000',
  'aa',
  'Aa',
  'å',
  'Å',
  'ä',
  'z',
  'Z',
  'Öl',
  'ol',
  'Import 9',
  'Import 10',
  'Import 010',
  'import 9',
  '#1',
  '-1',
  '\u0000',
  '\uD800',
  '😀',
  'שלום',
  'İstanbul',
  'ß',
  'SS',
  'Free-text index rebuild',
  'free-text index rebuild',
];
const text = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 }));
const instant = fc.oneof(
  fc.constant(null),
  fc.constantFrom('2026-11-23T08:00:00Z', '2026-11-23T09:00:00+01:00', 'not a date'),
  fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }).map((ms) => new Date(ms).toISOString()),
);
const person = fc.oneof(
  fc.constant(null),
  fc.record({ id: fc.constantFrom('JAN', 'jan', 'KARI', '', 'ÅSE'), name: text, portraitUrl: fc.constant(null) }),
);

let serial = 0;
const systemEvent = fc
  .record({
    key: text,
    name: text,
    status: fc.constantFrom('pending', 'running', 'finished', 'failed', 'cancelled', 'weird', ''),
    message: fc.option(text),
    description: fc.option(text),
    activated: instant,
    activatedBy: person,
    finished: instant,
    scope: fc.constantFrom('system', 'database', 'group', 'user'),
    type: fc.option(fc.constantFrom('Rebuild', 'rebuild', 'Import', ''), { nil: undefined }),
  })
  .map((fields): SystemEvent => ({ id: `e${serial++}`, ...fields }) as SystemEvent);

const LOCALES = ['en', 'sv', 'da', 'de'];

/** The rows a plain comparator sort and filter give. */
function reference(events: readonly SystemEvent[], query: EventQuery): SystemEvent[] {
  const matches = query.text.trim() ? matcher(query.text.trim()) : () => true;
  const kept = events.map((event, i) => ({ event, i })).filter(({ event }) => (!query.status || event.status === query.status) && matches(event));
  const sort = query.sort;
  if (!sort) return kept.map(({ event }) => event);
  const collator = new Intl.Collator(query.locale, { numeric: true });
  const keyed = kept.map((item) => ({ ...item, key: sortKey(item.event, sort.column) }));
  const filled = keyed.filter((item) => item.key !== null);
  filled.sort((a, b) => compareKeys(a.key as number | string, b.key as number | string, collator) || a.i - b.i);
  if (sort.descending) filled.reverse();
  return [...filled, ...keyed.filter((item) => item.key === null)].map(({ event }) => event);
}

const ids = (rows: readonly SystemEvent[]) => rows.map((row) => row.id);

describe('EventView against plain references', () => {
  it('sorts every column like a comparator sort, ties and blanks in list order, in several locales', () => {
    fc.assert(
      fc.property(fc.array(systemEvent, { minLength: 1000, maxLength: 3000, size: 'max' }), fc.constantFrom(...LOCALES), (events, locale) => {
        const view = new EventView(events);
        for (const column of COLUMNS) {
          for (const descending of [false, true]) {
            const query: EventQuery = { sort: { column, descending }, status: '', text: '', locale };
            expect(ids(view.rows(query)), `${column} ${descending ? 'descending' : 'ascending'}`).to.deep.equal(ids(reference(events, query)));
          }
        }
      }),
      { numRuns: 12, seed: 14 },
    );
  });

  it('searches and filters like a plain filter, also when a longer text narrows an earlier search', () => {
    fc.assert(
      fc.property(
        fc.array(systemEvent, { maxLength: 400, size: 'max' }),
        fc.array(fc.oneof(text, fc.constantFrom('a', 'aa', 'A', 'Im', 'Imp', 'import 9', 're', 'REB')), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('', 'running', 'weird'),
        (events, texts, status) => {
          const view = new EventView(events);
          for (const searched of texts) {
            const query: EventQuery = { status, text: searched, locale: 'en', sort: { column: 'name', descending: false } };
            expect(ids(view.rows(query)), JSON.stringify(searched)).to.deep.equal(ids(reference(events, query)));
          }
        },
      ),
      { numRuns: 60, seed: 14 },
    );
  });

  it('gives the same rows when the work runs in slices, taken up again after a newer query', () => {
    fc.assert(
      fc.property(fc.array(systemEvent, { minLength: 1, maxLength: 2000, size: 'max' }), fc.constantFrom(...COLUMNS), (events, column) => {
        const view = new EventView(events);
        const sorted: EventQuery = { sort: { column, descending: true }, status: '', text: 'a', locale: 'sv' };
        // A sort left part-way for another column, then finished in the tiniest slices.
        const other = view.compute({ ...sorted, sort: { column: column === 'name' ? 'message' : 'name', descending: false } });
        const started = step(other, 0);
        const work = view.compute(sorted);
        let result = step(work, 0);
        while (!result.done) result = step(work, 0);
        expect(ids(result.value)).to.deep.equal(ids(reference(events, sorted)));
        expect(started.done ? started.value : finish(other)).to.have.length(reference(events, { ...sorted, sort: undefined }).length);
      }),
      { numRuns: 20, seed: 14 },
    );
  });

  it('patched for a few changes, gives what a view made anew for the changed list gives', () => {
    const change = fc.record({
      base: fc.array(systemEvent, { maxLength: 300, size: 'max' }),
      removeEvery: fc.integer({ min: 2, max: 40 }),
      changeEvery: fc.integer({ min: 2, max: 40 }),
      added: fc.array(fc.tuple(fc.nat(), systemEvent), { maxLength: 20, size: 'max' }),
    });
    fc.assert(
      fc.property(change, fc.constantFrom(...LOCALES), fc.constantFrom('', 'a', 'rebuild', 'Im'), ({ base, removeEvery, changeEvery, added }, locale, searched) => {
        const view = new EventView(base);
        const queries = COLUMNS.flatMap((column) =>
          [false, true].map((descending): EventQuery => ({ sort: { column, descending }, status: '', text: searched, locale })),
        );
        for (const query of queries) view.rows(query);
        const { next, changes } = derive(base, removeEvery, changeEvery, added);
        const patched = view.patched(next, changes);
        const fresh = new EventView(next);
        for (const query of [...queries, { status: 'running', text: searched, locale } satisfies EventQuery]) {
          expect(ids(patched.rows(query)), JSON.stringify(query)).to.deep.equal(ids(fresh.rows(query)));
        }
      }),
      { numRuns: 80, seed: 14 },
    );
  });

  it('patched for events changed where they stand (the usual poll), gives what a view made anew gives', () => {
    const change = fc.record({
      base: fc.array(systemEvent, { minLength: 1, maxLength: 300, size: 'max' }),
      // Up to 80 changes: past IN_PLACE_LIMIT (64) the patch takes its other way.
      replacements: fc.array(fc.tuple(fc.nat(), systemEvent), { maxLength: 80, size: 'max' }),
    });
    fc.assert(
      fc.property(change, fc.constantFrom(...LOCALES), fc.constantFrom('', 'a', 'rebuild', 'Im'), fc.nat(), fc.boolean(), ({ base, replacements }, locale, searched, lastQuery, filtered) => {
        const view = new EventView(base);
        const queries = COLUMNS.flatMap((column) =>
          [false, true].map((descending): EventQuery => ({ sort: { column, descending }, status: '', text: searched, locale })),
        );
        for (const query of queries) view.rows(query);
        const next = [...base];
        const changed = new Set<number>();
        for (const [at, event] of replacements) {
          const position = at % base.length;
          next[position] = { ...event, id: (base[position] as SystemEvent).id };
          changed.add(position);
        }
        // The rows last shown are patched too: each sort, with and without a status filter, as the last query.
        const last = queries[lastQuery % queries.length] as EventQuery;
        const shown: EventQuery = { ...last, status: filtered ? 'failed' : '' };
        view.rows(shown);
        const patched = view.patched(next, { base, removed: [], changed: [...changed].sort((a, b) => a - b) });
        const fresh = new EventView(next);
        for (const query of [shown, ...queries, { status: 'running', text: searched, locale } satisfies EventQuery]) {
          expect(ids(patched.rows(query)), JSON.stringify(query)).to.deep.equal(ids(fresh.rows(query)));
        }
      }),
      { numRuns: 150, seed: 15 },
    );
  });

  it('makes everything again when the changes do not describe the new list', () => {
    const base = ['b', 'a', 'c'].map((name, i) => ({ id: String(i), name }) as SystemEvent);
    const view = new EventView(base);
    const query: EventQuery = { sort: { column: 'name', descending: false }, status: '', text: '', locale: 'en' };
    view.rows(query);
    // Reordered, but said to be unchanged.
    const next = [base[2], base[1], base[0]];
    const wrong: EventChanges = { base, removed: [], changed: [] };
    expect(ids(view.patched(next, wrong).rows(query))).to.deep.equal(['1', '0', '2']);
    expect(ids(view.patched(next, { ...wrong, base: next }).rows(query))).to.deep.equal(['1', '0', '2']);
  });
});

/**
 * A list made from `base` as a poll would: every `removeEvery`th event gone, every `changeEvery`th
 * replaced by a changed copy, new events put in; and the changes that say so.
 */
function derive(base: readonly SystemEvent[], removeEvery: number, changeEvery: number, added: [number, SystemEvent][]) {
  const removed: number[] = [];
  let next: { event: SystemEvent; changed: boolean }[] = [];
  base.forEach((event, i) => {
    if (i % removeEvery === removeEvery - 1) removed.push(i);
    else if ((i + 1) % changeEvery === 0) next.push({ event: { ...event, name: `${event.name}!`, status: 'failed', finished: null }, changed: true });
    else next.push({ event, changed: false });
  });
  for (const [at, event] of added) {
    const position = next.length ? at % (next.length + 1) : 0;
    next = [...next.slice(0, position), { event, changed: true }, ...next.slice(position)];
  }
  const changed = next.flatMap((item, i) => (item.changed ? [i] : []));
  return { next: next.map((item) => item.event), changes: { base, removed, changed } satisfies EventChanges };
}

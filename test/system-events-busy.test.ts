/**
 * What a person sees while a sort or search of a long list takes several slices of work: the table is
 * marked busy and says what it is doing, the rows shown stay the complete rows of what was asked
 * before, and the newest input wins.
 */
import { expect } from '@open-wc/testing';
import type { SystemEvent } from '../src/data/schema.js';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import { SLICE_MS } from '../src/elements/system-events-table/slices.js';
import type { EventChanges } from '../src/data/event-changes.js';
import { catchDownloads, parseCsv } from './csv-download.js';
import { until } from './helpers.js';
import { button, event, grid, names, rows, shadow, someEvents, sortButton, withEvents } from './system-events-fixtures.js';

const count = (el: Element) => shadow(el).querySelector('.count[role=status]')?.textContent?.replace(/\s+/g, ' ').trim();
// After the update that started the work (an input's update is not run yet when the input returns).
const idle = async (el: SystemEventsTable) => {
  await el.updateComplete;
  await until(() => (grid(el) as HTMLTableElement | null)?.getAttribute('aria-busy') !== 'true', 'the table done', 30_000);
};
const type = (el: Element, text: string) => {
  const search = shadow(el).querySelector('[part=search]') as HTMLInputElement;
  search.value = text;
  search.dispatchEvent(new Event('input'));
};

describe('<system-events-table> while sorting or searching takes long', () => {
  const budgets = { ...SLICE_MS };
  // The slices made tiny, so even a quick machine needs several for these lists.
  beforeEach(() => Object.assign(SLICE_MS, { first: 0.1, next: 0.5 }));
  afterEach(() => Object.assign(SLICE_MS, budgets));

  it('says "Sorting…" and keeps the rows it had until the sorted ones are complete', async () => {
    const list = someEvents(20_000);
    const el = await withEvents(list);
    const before = names(el);
    sortButton(el, 'name').click();
    await el.updateComplete;
    expect(grid(el).getAttribute('aria-busy')).to.equal('true');
    expect(count(el)).to.equal('Sorting…');
    // The spinner is decoration; the live region says the word.
    expect(shadow(el).querySelector('.count .spinner')?.getAttribute('aria-hidden')).to.equal('true');
    expect(names(el)).to.deep.equal(before);
    // The header already shows what was asked.
    expect(shadow(el).querySelector('th.name')?.getAttribute('aria-sort')).to.equal('ascending');
    await idle(el);
    expect(count(el)).to.equal('Showing 20,000 of 20,000');
    const collator = new Intl.Collator('en', { numeric: true });
    const expected = list.map((e) => e.name).sort(collator.compare).slice(0, names(el).length);
    expect(names(el)).to.deep.equal(expected);
    await expect(el).to.be.accessible();
  });

  it('says "Searching…", and the newest keystroke wins over the searches before it', async () => {
    const el = await withEvents(someEvents(20_000));
    type(el, 'r');
    await el.updateComplete;
    expect(count(el)).to.equal('Searching…');
    type(el, 're');
    type(el, 'rebuild #1999');
    await el.updateComplete;
    expect(grid(el).getAttribute('aria-busy')).to.equal('true');
    await idle(el);
    expect(names(el).length).to.be.greaterThan(0);
    expect(names(el).every((name) => name?.includes('rebuild #1999'))).to.equal(true);
    expect(count(el)).to.equal(`Showing ${rows(el).length} of 20,000`);
  });

  it('answers a sort of a known order and a small list at once, with nothing marked busy', async () => {
    const el = await withEvents(['b', 'a', 'c'].map((id) => event(id, { name: id })));
    sortButton(el, 'name').click();
    await el.updateComplete;
    expect(grid(el).getAttribute('aria-busy')).to.equal('false');
    expect(names(el)).to.deep.equal(['a', 'b', 'c']);
  });

  it('sorts the list a write made from the shown one without sorting it again, and selects the new event', async () => {
    const list: SystemEvent[] = someEvents(5_000);
    const el = await withEvents(list);
    sortButton(el, 'name').click();
    await idle(el);
    // What the table does with the event its editor added: the new list, and how it came from the shown one.
    const added = event('new', { name: 'Contact import #0' });
    const table = el as unknown as { replaceList(list: SystemEvent[], changes: EventChanges): void; runner: { busy?: string } };
    table.replaceList([added, ...list], { base: list, removed: [], changed: [0] });
    await el.updateComplete;
    // The kept order patched in the update: nothing left to sort (a new sort would still be under way).
    expect(table.runner.busy).to.not.equal('sorting');
    await idle(el);
    expect(names(el)[0]).to.equal('Contact import #0');
  });

  it('exports the rows of the sort just asked for, not the previous rows still on screen', async () => {
    const downloads = catchDownloads();
    try {
      const list = someEvents(20_000);
      const el = await withEvents(list);
      const before = names(el);
      // The export's code loaded first, so the second export runs while the sort is still under way.
      button(el, 'export-button').click();
      await downloads.last();
      sortButton(el, 'name').click();
      await el.updateComplete;
      expect(grid(el).getAttribute('aria-busy')).to.equal('true');
      button(el, 'export-button').click();
      expect(grid(el).getAttribute('aria-busy')).to.equal('true');
      const saved = await downloads.all();
      expect(saved).to.have.length(2);
      const [, ...records] = parseCsv(saved[1]!.text);
      const collator = new Intl.Collator('en', { numeric: true });
      const sorted = list.map((e) => e.name).sort(collator.compare);
      expect(records.map((record) => record[0])).to.deep.equal(sorted);
      expect(sorted.slice(0, before.length)).to.not.deep.equal(before);
    } finally {
      downloads.restore();
    }
  });

  it('takes a sort up again when the table is put back in the page while it was under way', async () => {
    const list = someEvents(20_000);
    const el = await withEvents(list);
    const parent = el.parentElement!;
    sortButton(el, 'name').click();
    await el.updateComplete;
    expect(grid(el).getAttribute('aria-busy')).to.equal('true');
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(count(el)).to.equal('Sorting…');
    await idle(el);
    const collator = new Intl.Collator('en', { numeric: true });
    expect(names(el)).to.deep.equal(list.map((e) => e.name).sort(collator.compare).slice(0, names(el).length));
  });

  it('shows a search under way as busy, not as "no match", when the previous search matched nothing', async () => {
    const el = await withEvents(someEvents(20_000));
    type(el, 'zzzz nothing like it');
    await idle(el);
    expect(shadow(el).textContent).to.contain('No events match the filter');
    type(el, 'rebuild');
    await el.updateComplete;
    expect(count(el)).to.equal('Searching…');
    expect(shadow(el).textContent).to.not.contain('No events match the filter');
    expect(grid(el).getAttribute('aria-busy')).to.equal('true');
    await idle(el);
    expect(names(el).length).to.be.greaterThan(0);
  });

  it('does not announce the sort of a new list nobody asked for (a poll), but marks the grid busy', async () => {
    const el = await withEvents(someEvents(20_000));
    sortButton(el, 'name').click();
    await idle(el);
    const said = count(el);
    el.events = someEvents(20_000).reverse();
    await el.updateComplete;
    expect(grid(el).getAttribute('aria-busy')).to.equal('true');
    expect(count(el)).to.equal(said);
    await idle(el);
    expect(count(el)).to.equal(said);
  });
});

/**
 * What a person sees while a sort or search of a long list takes several slices of work: the table is
 * marked busy and says what it is doing, the rows shown stay the complete rows of what was asked
 * before, and the newest input wins.
 */
import { expect } from '@open-wc/testing';
import type { SystemEvent } from '../src/data/schema.js';
import { SLICE_MS } from '../src/elements/system-events-table/slices.js';
import { until } from './helpers.js';
import { event, grid, names, rows, shadow, someEvents, sortButton, withEvents } from './system-events-fixtures.js';

const count = (el: Element) => shadow(el).querySelector('.count[role=status]')?.textContent?.replace(/\s+/g, ' ').trim();
const idle = (el: Element) => until(() => grid(el).getAttribute('aria-busy') !== 'true', 'the table done', 30_000);
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
    el.events = [event('new', { name: 'Contact import #0' }), ...list];
    await el.updateComplete;
    await idle(el);
    expect(names(el)[0]).to.equal('Contact import #0');
  });
});

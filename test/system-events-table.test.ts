import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import { deferred, json, nextFrame, stubFetch, until, visibleText } from './helpers.js';
import {
  ENDPOINT, at, button, cells, countRenders, event, grid, headers, loaded, names, pane, renderTable, rows, shadow, someEvents, sortButton, withEvents,
} from './system-events-fixtures.js';

describe('<system-events-table>', () => {
  it('shows a loading state, then the columns in the help pages\' order, with dates through Intl', async () => {
    const reply = deferred();
    const fetch = stubFetch({ '/events': reply.reply });
    const el = await fixture<SystemEventsTable>(html`<system-events-table lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></system-events-table>`);
    expect(shadow(el).querySelector('[part=loading]')?.textContent).to.contain('Loading events');
    const far = event('2', { activated: '2026-01-05T09:30:00Z', finished: null, activatedBy: null, scope: 'database', status: 'failed' });
    reply.resolve(json({ events: [event('1'), far] }));
    await loaded(el);
    expect(fetch.requests.map((r) => r.url)).to.deep.equal([`${ENDPOINT}/events`]);
    expect(headers(el)).to.deep.equal(['Event', 'Status', 'Message', 'Activated', 'Activated by', 'Finished', 'Type']);
    const [near, old] = rows(el);
    expect(cells(near!)).to.deep.equal([
      'Free-text index rebuild 1', 'Running', 'Indexing 1', '30 minutes ago', 'JBJAN', 'in 20 minutes', 'Whole system',
    ]);
    // The initials are decorative (aria-hidden); the user id is what is read, the name its tooltip.
    expect(near!.cells[4]?.querySelector('[part=avatar]')?.getAttribute('aria-hidden')).to.equal('true');
    // The exact time stays in reach for relative ones.
    expect(near!.cells[5]?.title).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(event('1').finished ?? '')));
    const farText = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-01-05T09:30:00Z'));
    expect(cells(old!)).to.deep.equal(['Free-text index rebuild 2', 'Failed', 'Indexing 2', farText, 'System', 'Not known', 'Database']);
    // Status in words and in shape, not colour alone.
    expect(old!.cells[1]?.querySelector('svg.icon path')?.getAttribute('d')).to.be.a('string').and.not.equal(near!.cells[1]?.querySelector('path')?.getAttribute('d'));
  });

  it('is an accessible grid with row count and row indexes, and passes axe', async () => {
    const el = await withEvents(someEvents(40));
    const table = grid(el);
    expect(table.getAttribute('role')).to.equal('grid');
    expect(table.getAttribute('aria-rowcount')).to.equal('41');
    expect(shadow(el).querySelectorAll('thead th[scope=col]')).to.have.length(7);
    expect(rows(el).map((row) => row.getAttribute('aria-rowindex')).slice(0, 3)).to.deep.equal(['2', '3', '4']);
    expect(table.getAttribute('aria-labelledby')).to.equal('events-heading');
    await expect(el).to.be.accessible();
    sortButton(el, 'name').click();
    rows(el)[2]?.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('selects a row by click: attribute, event-select, and the Description pane', async () => {
    const el = await withEvents([event('1'), event('2', { description: 'Line one\nline two', activatedBy: { id: 'KARI', name: 'Kari Nordmann', portraitUrl: null } })]);
    expect(visibleText(pane(el))).to.contain('Select an event to see its description.');
    setTimeout(() => rows(el)[1]?.cells[2]?.click());
    const selected = await oneEvent(document, 'event-select');
    expect(selected.detail.event?.id).to.equal('2');
    expect(selected.bubbles && selected.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('2');
    expect(rows(el)[1]?.getAttribute('aria-selected')).to.equal('true');
    expect(grid(el).getAttribute('aria-activedescendant')).to.equal(rows(el)[1]?.id);
    const text = visibleText(pane(el));
    expect(pane(el).querySelector('h3')?.textContent).to.equal('Description');
    expect(text).to.contain('Free-text index rebuild 2').and.contain('Line one').and.contain('Kari Nordmann (KARI)').and.contain('(in 20 minutes)');
  });

  it('moves the selection with the arrow keys, Home, End and Page Down; Enter selects', async () => {
    const el = await withEvents(someEvents(40));
    grid(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('1');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.selected).to.equal('3');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.selected).to.equal('2');
    const last = oneEvent(el, 'event-select');
    await sendKeys({ press: 'End' });
    expect((await last).detail.event?.id).to.equal('40');
    await el.updateComplete;
    // The last row was scrolled into view and rendered, and the grid kept the focus.
    expect(rows(el).some((row) => row.getAttribute('aria-rowindex') === '41')).to.equal(true);
    expect(grid(el).getAttribute('aria-activedescendant')).to.equal('row-39');
    expect(shadow(el).activeElement).to.equal(grid(el));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.selected).to.equal('1');
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(Number(el.selected)).to.be.greaterThan(3);
    expect(visibleText(pane(el))).to.contain(`#${el.selected}`);
  });

  it('sorts by any column, ascending then descending, and says so in aria-sort', async () => {
    const list = [
      event('a', { name: 'Import 10', status: 'finished', finished: null, scope: 'user' }),
      event('b', { name: 'Import 9', status: 'pending', finished: at(5), scope: 'group' }),
      event('c', { name: 'Backup', status: 'running', finished: at(90), scope: 'system' }),
    ];
    const el = await withEvents(list);
    sortButton(el, 'name').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Backup', 'Import 9', 'Import 10']);
    expect(shadow(el).querySelector('th.name')?.getAttribute('aria-sort')).to.equal('ascending');
    sortButton(el, 'name').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Import 10', 'Import 9', 'Backup']);
    expect(shadow(el).querySelector('th.name')?.getAttribute('aria-sort')).to.equal('descending');
    sortButton(el, 'finished').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Import 9', 'Backup', 'Import 10']);
    expect(shadow(el).querySelector('th.name')?.hasAttribute('aria-sort')).to.equal(false);
    sortButton(el, 'status').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Import 9', 'Backup', 'Import 10']);
    sortButton(el, 'scope').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Backup', 'Import 9', 'Import 10']);
  });

  it('filters by status and by free text, with "no match" and "no events" states', async () => {
    const el = await withEvents([event('1', { status: 'failed' }), event('2', { message: 'Waiting for the ROU queue' }), event('3')]);
    const status = shadow(el).querySelector('[part=status-filter]') as HTMLSelectElement;
    status.value = 'failed';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Free-text index rebuild 1']);
    expect(visibleText(el)).to.contain('Showing 1 of 3');
    status.value = '';
    status.dispatchEvent(new Event('change'));
    const search = shadow(el).querySelector('[part=search]') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'rou QUEUE' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Free-text index rebuild 2']);
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
    expect(shadow(el).querySelector('[part=empty]')?.textContent).to.contain('No events match the filter');
    await expect(el).to.be.accessible();
    const empty = await withEvents([]);
    expect(shadow(empty).querySelector('[part=empty]')?.textContent).to.contain('No events');
  });

  it('renders 100 000 events with a bounded number of rows in the DOM, also while scrolling, sorting and filtering', async () => {
    const list = someEvents(100_000);
    const el = await withEvents(list);
    const table = grid(el);
    expect(table.getAttribute('aria-rowcount')).to.equal('100001');
    expect(rows(el).length).to.be.within(5, 40);
    const scroller = shadow(el).querySelector('[part=scroller]') as HTMLElement;
    const rowHeight = rows(el)[0]?.getBoundingClientRect().height ?? 0;
    expect(rowHeight).to.be.greaterThan(0);
    // The spacers keep the scrollbar true to the whole list.
    expect(scroller.scrollHeight).to.be.closeTo(100_001 * rowHeight, 2 * rowHeight);
    scroller.scrollTop = 50_000 * rowHeight;
    await until(() => rows(el).some((row) => row.getAttribute('aria-rowindex') === '50002'), 'rows at the middle');
    expect(rows(el).length).to.be.within(5, 40);
    const visible = rows(el).find((row) => row.getAttribute('aria-rowindex') === '50002');
    const box = visible?.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    expect(box && box.bottom > view.top && box.top < view.bottom, 'row 50 001 is in view').to.equal(true);
    sortButton(el, 'activated').click();
    await el.updateComplete;
    expect(scroller.scrollTop).to.equal(0);
    expect(rows(el).length).to.be.within(5, 40);
    const search = shadow(el).querySelector('[part=search]') as HTMLInputElement;
    search.value = 'rebuild #9999';
    search.dispatchEvent(new Event('input'));
    // The sort and the search of 100 000 events take a few slices; the table says it is busy meanwhile.
    await until(() => table.getAttribute('aria-busy') !== 'true', 'sorted and searched', 20_000);
    expect(table.getAttribute('aria-rowcount')).to.equal(String(rows(el).length + 1));
    expect(names(el).every((name) => name?.includes('#9999'))).to.equal(true);
  });

  it('renders once on insert: measuring the rows asks for no second render at the default height', async () => {
    const table = document.createElement('system-events-table');
    table.events = someEvents(1000);
    const count = countRenders(table);
    document.body.append(table);
    await table.updateComplete;
    await nextFrame();
    await nextFrame();
    expect(count.renders).to.equal(1);
    expect(rows(table).length).to.be.within(9, 11);
    table.remove();
  });

  it('says what to do when no endpoint is set', async () => {
    const el = await fixture<SystemEventsTable>(html`<system-events-table lang="en"></system-events-table>`);
    expect(visibleText(el)).to.contain('Set the endpoint attribute');
  });

  it('shows initials when there is no portrait or it fails to load', async () => {
    // A same-origin path: the page is where events given as a property come from.
    const picture = '/demo/portraits/jan.svg';
    const el = await withEvents([
      event('1', { activatedBy: { id: 'KN', name: 'Kari Nordmann', portraitUrl: null } }),
      event('2', { activatedBy: { id: 'JB', name: 'Jan Berg', portraitUrl: '/no-such-portrait.png' } }),
      event('3', { activatedBy: { id: 'OH', name: 'Ola Hansen', portraitUrl: picture } }),
    ]);
    const [none, broken, good] = rows(el).map((row) => row.cells[4] as HTMLTableCellElement);
    expect(none?.querySelector('img')).to.equal(null);
    expect(none?.querySelector('[part=avatar]')?.textContent?.trim()).to.equal('KN');
    await until(() => broken?.querySelector('img')?.hidden === true, 'broken portrait hidden');
    expect(broken?.querySelector('[part=avatar]')?.textContent?.trim()).to.equal('JB');
    await until(() => (good?.querySelector('img')?.naturalWidth ?? 0) > 0, 'portrait loaded');
    expect(good?.querySelector('img')?.hidden).to.equal(false);
    expect(good?.querySelector('img')?.getAttribute('alt')).to.equal('');
    expect(good?.querySelector('.who')?.textContent).to.equal('OH');
    expect(good?.querySelector('.person')?.getAttribute('title')).to.equal('Ola Hansen');
  });

  it('shows hostile strings in every field as text', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    const hostile = event('"/../1?x=<b>', {
      key: attack,
      name: `${attack} \u202eevil`,
      status: '<script>window.__pwned=1</script>',
      message: '"><svg onload="window.__pwned=1">',
      description: '${7*7} {{7*7}} </section><h1>x</h1>',
      activatedBy: { id: '<u>id</u>', name: '<i onclick="window.__pwned=1">Eve</i>', portraitUrl: 'javascript:window.__pwned=1' },
    });
    const inherited = event('2', { status: 'constructor', name: '__proto__' });
    const fetch = stubFetch({
      '/events': json({ events: [hostile, inherited] }),
      '/events/%22%2F..%2F1%3Fx%3D%3Cb%3E': new Response(null, { status: 204 }),
    });
    const el = await renderTable(fetch, { editable: true });
    rows(el)[0]?.click();
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('img[src=x], script, h1, u, i, b, svg[onload]')).to.equal(null);
    const text = visibleText(el);
    for (const value of [hostile.name, hostile.status, hostile.message ?? '', hostile.description ?? '', 'Eve']) {
      expect(text).to.contain(value.replace(/\s+/g, ' ').trim());
    }
    expect(text).to.contain('(<u>id</u>)');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    // Names of Object's own members are plain statuses too.
    const other = rows(el)[1];
    expect(other?.cells[1]?.className).to.equal('status other');
    expect(other?.cells[1]?.querySelector('path')?.getAttribute('d')).to.equal('M6 8h4');
    expect(other?.cells[0]?.textContent).to.equal('__proto__');
    await expect(el).to.be.accessible();
    button(el, 'delete-button').click();
    await el.updateComplete;
    (root.querySelector('dialog [part=confirm-button]') as HTMLButtonElement).click();
    await until(() => rows(el).length === 1, 'deleted');
    expect(fetch.requests.at(-1)?.method).to.equal('DELETE');
    expect(fetch.requests.at(-1)?.url).to.equal(`${ENDPOINT}/events/%22%2F..%2F1%3Fx%3D%3Cb%3E`);
  });
});

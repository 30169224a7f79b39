import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import type { SystemEvent } from '../src/data/schema.js';
import { button, cells, event, headers, names, rows, shadow, someEvents, sortButton } from './system-events-fixtures.js';
import { catchDownloads, parseCsv } from './csv-download.js';
import { until } from './helpers.js';

const NOW = new Date('2026-11-23T10:00:00Z');

async function tableOf(list: SystemEvent[], lang = 'en') {
  const el = await fixture<SystemEventsTable>(html`<system-events-table lang=${lang} .now=${NOW} .events=${list}></system-events-table>`);
  await el.updateComplete;
  return el;
}

async function exportCsv(el: SystemEventsTable, downloads: ReturnType<typeof catchDownloads>) {
  button(el, 'export-button').click();
  return downloads.last();
}

async function filter(el: SystemEventsTable, status: string, text: string) {
  const select = shadow(el).querySelector('[part=status-filter]') as HTMLSelectElement;
  select.value = status;
  select.dispatchEvent(new Event('change'));
  const search = shadow(el).querySelector('[part=search]') as HTMLInputElement;
  search.value = text;
  search.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<system-events-table> export as CSV', () => {
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(() => (downloads = catchDownloads()));
  afterEach(() => downloads.restore());

  it('exports exactly the rows shown, after filter and sort, in their order, with the table headers', async () => {
    const el = await tableOf(someEvents(60));
    await filter(el, 'running', '');
    sortButton(el, 'name').click();
    await el.updateComplete;
    sortButton(el, 'name').click();
    await el.updateComplete;
    const shownCount = Number(/Showing (\d+)/.exec(shadow(el).querySelector('.count')?.textContent ?? '')?.[1]);
    expect(shownCount).to.be.greaterThan(1).and.below(60);
    const saved = await exportCsv(el, downloads);
    expect(saved.fileName).to.equal('system-events.csv');
    expect(saved.text.startsWith('\uFEFF')).to.equal(true);
    const [header, ...records] = parseCsv(saved.text);
    expect(header).to.deep.equal(headers(el));
    expect(records).to.have.length(shownCount);
    // The rows in the DOM are the ones in view; those are the file's first rows, in the same order.
    const inView = rows(el).map((row) => cells(row));
    expect(records.slice(0, inView.length).map((record) => record[0])).to.deep.equal(inView.map((row) => row[0]));
    expect(records.map((record) => record[1])).to.satisfy((statuses: string[]) => statuses.every((status) => status === 'Running'));
    const exported = records.map((record) => record[0] ?? '');
    expect(exported).to.deep.equal([...exported].sort((a, b) => new Intl.Collator('en', { numeric: true }).compare(b, a)));
  });

  it('writes dates as ISO 8601 in UTC, the user id, plain text for status and type, and never a relative time', async () => {
    const el = await tableOf([
      event('1', {
        name: 'Rebuild', status: 'finished', message: null, activated: '2026-11-23T10:30:00+01:00', finished: '2026-11-23T10:20:00Z', scope: 'database',
        activatedBy: { id: 'JAN', name: 'Jan Berg', portraitUrl: null },
      }),
      event('2', { name: 'Index', status: 'weird', activated: null, finished: null, activatedBy: null, type: 'Import' }),
    ]);
    const [, first, second] = parseCsv((await exportCsv(el, downloads)).text);
    expect(first).to.deep.equal(['Rebuild', 'Completed', '', '2026-11-23T09:30:00Z', 'JAN', '2026-11-23T10:20:00Z', 'Database']);
    expect(second).to.deep.equal(['Index', 'weird', 'Indexing 2', '', 'System', '', 'Import']);
  });

  it('keeps hostile text as text: quotes, line breaks and formulas cannot break the file or run', async () => {
    const hostile = event('h', {
      name: '=HYPERLINK("https://evil.example","Click")',
      message: 'line one\r\nline two, "quoted"',
      activatedBy: { id: '@SUM(A1:A9)', name: 'Eve', portraitUrl: null },
      type: '+cmd|\' /C calc\'!A0',
      status: '-1+1',
    });
    const el = await tableOf([hostile]);
    const text = (await exportCsv(el, downloads)).text;
    const [, record] = parseCsv(text);
    expect(record).to.have.length(7);
    expect(record?.[0]).to.equal('\'=HYPERLINK("https://evil.example","Click")');
    expect(record?.[1]).to.equal("'-1+1");
    expect(record?.[2]).to.equal('line one\r\nline two, "quoted"');
    expect(record?.[4]).to.equal("'@SUM(A1:A9)");
    expect(record?.[6]).to.equal("'+cmd|' /C calc'!A0");
    // No field of the file starts with a formula character outside quotes.
    expect(text).not.to.match(/(^|,|\r\n)[=+\-@]/);
  });

  it('has localized headers in the element\'s language', async () => {
    const el = await tableOf([event('1')], 'sv');
    await until(() => headers(el)[0] === 'Händelse', 'Swedish loaded');
    const [header, record] = parseCsv((await exportCsv(el, downloads)).text);
    expect(header).to.deep.equal(['Händelse', 'Status', 'Meddelande', 'Aktiverat', 'Aktiverad av', 'Avslutat', 'Typ']);
    expect(record?.[1]).to.equal(cells(rows(el)[0] as HTMLTableRowElement)[1]);
  });

  it('is a named button, used by keyboard, disabled when nothing is shown, and the table stays accessible', async () => {
    const el = await tableOf([event('1'), event('2')]);
    const exportButton = button(el, 'export-button');
    expect(exportButton.textContent?.trim()).to.equal('Export as CSV');
    await expect(el).to.be.accessible();
    exportButton.focus();
    await sendKeys({ press: 'Enter' });
    expect(parseCsv((await downloads.last()).text)).to.have.length(3);
    await sendKeys({ press: 'Space' });
    expect(await downloads.all()).to.have.length(2);
    await filter(el, '', 'no such event');
    expect(names(el)).to.deep.equal([]);
    expect(button(el, 'export-button').disabled).to.equal(true);
  });
});

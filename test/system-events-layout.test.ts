/**
 * <system-events-table> at the widths hosts give it: nothing sticks out of a 360–400 px box in any
 * language (the Add dialog included), the columns a narrow table folds away are still there to read,
 * the row window keeps its fixed row height in every layout, and the selected row stays visible when
 * the system's forced colours replace the page's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import { resolveLocale } from '../src/i18n/locales.js';
import { json, nextFrame, stubFetch, until, visibleText } from './helpers.js';
import { ENDPOINT, NOW, cutShort, layoutEvents, pane, rows, shadow, someEvents, withEvents } from './system-events-fixtures.js';

const LANGS = ['en', 'sv', 'nb', 'da', 'nl', 'de'];
/** "Events" in each language: the element has rendered in it. */
const TITLE: Record<string, string> = { en: 'Events', sv: 'Händelser', nb: 'Operasjoner', da: 'Hændelser', nl: 'Gebeurtenissen', de: 'Ereignisse' };

/** Every element in the element's shadow tree. */
const inside = (el: Element) => [...shadow(el).querySelectorAll('*')];

/** The next ancestor, across a shadow root. */
const parentOf = (el: Element): Element | null => el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);

/** Inside a box that clips or scrolls and itself stays within `right`: what it holds cannot widen the page. */
function clippedWithin(el: Element, right: number): boolean {
  for (let node = parentOf(el); node; node = parentOf(node)) {
    if (getComputedStyle(node).overflowX !== 'visible' && node.getBoundingClientRect().right <= right) return true;
  }
  return false;
}

const describeEl = (el: Element) => el.localName + (el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '') + (el.className && typeof el.className === 'string' ? `.${el.className}` : '');

/** What sticks out past the right edge of `box`: the element, or anything in its shadow tree. */
function pastTheEdge(box: HTMLElement, el: Element): string[] {
  const right = box.getBoundingClientRect().right + 1;
  return inside(el)
    .filter((node) => node.getClientRects().length > 0 && !node.closest('dialog:not([open])'))
    .filter((node) => node.getBoundingClientRect().right > right && !clippedWithin(node, right))
    .map(describeEl);
}

async function narrowTable(lang: string, width: number) {
  const fetch = stubFetch({ '/events': json({ events: layoutEvents() }) });
  const box = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px">
    <system-events-table lang=${lang} editable selected="2" endpoint=${ENDPOINT} .fetch=${fetch} .now=${NOW}></system-events-table>
  </div>`);
  const el = box.firstElementChild as SystemEventsTable;
  await until(() => shadow(el).querySelector('#events-heading')?.textContent === TITLE[resolveLocale(lang)] && rows(el).length > 0, `${lang} shown`);
  await nextFrame();
  return { box, el };
}

describe('<system-events-table> at narrow widths', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 400, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of LANGS) {
    it(`stays inside 360, 390 and 400 px in ${lang}, and so does the Add dialog`, async () => {
      const { box, el } = await narrowTable(lang, 360);
      for (const width of [360, 390, 400]) {
        box.style.inlineSize = `${width}px`;
        await nextFrame();
        expect(pastTheEdge(box, el), `past ${width} px`).to.deep.equal([]);
        expect(el.scrollWidth, 'element width').to.be.at.most(el.clientWidth);
        const scroller = shadow(el).querySelector('[part=scroller]') as HTMLElement;
        expect(scroller.scrollWidth, 'the table scrolls sideways').to.be.at.most(scroller.clientWidth);
      }
      box.style.inlineSize = '360px';
      (shadow(el).querySelector('[part=add-button]') as HTMLButtonElement).click();
      const dialog = shadow(el).querySelector('dialog') as HTMLDialogElement;
      await until(() => dialog.open, 'Add open');
      const edge = Math.min(innerWidth, dialog.getBoundingClientRect().right) + 1;
      const out = [...dialog.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > edge).map(describeEl);
      expect(out, 'past the dialog').to.deep.equal([]);
      expect(dialog.getBoundingClientRect().right, 'dialog inside the window').to.be.at.most(innerWidth);
      expect(dialog.scrollWidth, 'dialog width').to.be.at.most(dialog.clientWidth);
      dialog.close();
    });
  }

  it('folds Message under the name and leaves who, when it finishes and the type to the Description pane', async () => {
    const { el } = await narrowTable('en', 360);
    const [row] = rows(el);
    const shown = [...(row?.cells ?? [])].filter((cell) => cell.getClientRects().length > 0).map((cell) => cell.textContent?.trim());
    expect(shown).to.deep.equal(['Free-text index rebuild #1', 'Running', 'Processed 0 of 40 000 items', '30 minutes ago']);
    expect(cutShort(row?.cells ?? []).filter((text) => !text.startsWith('td:Processed')), 'cut short').to.deep.equal([]);
    // The selected event (#2): everything the row no longer shows is in the pane.
    const text = visibleText(pane(el));
    expect(text).to.contain('Jan Berg (JAN)').and.contain('Finished').and.contain('Type').and.contain('Database');
    expect(text).to.contain('Processed 977 of 40 000 items');
    // The long forms are in tooltips as well: the message, and the exact time of a relative one.
    expect(row?.cells[2]?.title).to.equal('Processed 0 of 40 000 items');
    expect(row?.cells[3]?.title).to.match(/2026/);
    await expect(el).to.be.accessible();
  });

  it('folds onto two lines at 1280 px with every column still in the row', async () => {
    const { box, el } = await narrowTable('de', 1280);
    const [row] = rows(el);
    const rowBox = row?.getBoundingClientRect();
    const cells = [...(row?.cells ?? [])];
    expect(cells.every((cell) => cell.getClientRects().length > 0), 'every cell shown').to.equal(true);
    for (const cell of cells) {
      const cellBox = cell.getBoundingClientRect();
      expect(cellBox.top >= (rowBox?.top ?? 0) - 1 && cellBox.bottom <= (rowBox?.bottom ?? 0) + 1, `${cell.textContent} in its row`).to.equal(true);
    }
    // Two lines: the message sits below the name.
    expect(cells[2]!.getBoundingClientRect().top).to.be.greaterThan(cells[0]!.getBoundingClientRect().top);
    box.style.inlineSize = '1440px';
    await nextFrame();
    expect(cells[2]!.getBoundingClientRect().top, 'one line when wide').to.be.closeTo(cells[0]!.getBoundingClientRect().top, 1);
  });

  it('gives every row of a layout one height, and the row window follows when the rows fold', async () => {
    const { box, el } = await narrowTable('en', 1440);
    el.events = someEvents(100_000);
    await el.updateComplete;
    const scroller = shadow(el).querySelector('[part=scroller]') as HTMLElement;
    for (const width of [1440, 1000, 360]) {
      box.style.inlineSize = `${width}px`;
      await nextFrame();
      await nextFrame();
      await el.updateComplete;
      const heights = new Set(rows(el).map((row) => Math.round(row.getBoundingClientRect().height)));
      expect(heights.size, `one row height at ${width} px`).to.equal(1);
      const [height = 0] = heights;
      // The spacers stand in for the rows not rendered at the same height: the scrollbar is true to the list.
      expect(scroller.scrollHeight, `scroll height at ${width} px`).to.be.closeTo(100_001 * height, 3 * height);
      expect(rows(el).length).to.be.within(3, 40);
      scroller.scrollTop = 40_000 * height;
      await until(() => rows(el).some((row) => row.getAttribute('aria-rowindex') === '40002'), `row 40 001 at ${width} px`);
      const target = rows(el).find((row) => row.getAttribute('aria-rowindex') === '40002')?.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      expect(target && target.bottom > view.top && target.top < view.bottom, 'in view').to.equal(true);
    }
  });
});

/** The colour a cell is painted on: its own background, or the first ancestor's that has one. */
function paintBehind(el: Element): string {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour !== 'transparent' && !/rgba\(.*, 0\)$/.test(colour)) return colour;
  }
  return 'none';
}

describe('<system-events-table> in forced colours', () => {
  before(() => emulateMedia({ forcedColors: 'active' }));
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('keeps the selected row distinguishable and each status in words beside its icon', async () => {
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const el = await withEvents(someEvents(6));
    el.selected = '2';
    await el.updateComplete;
    const [plain, selected] = rows(el);
    for (const column of [0, 1, 3]) {
      const chosen = selected!.cells[column]!;
      expect(paintBehind(chosen), `column ${column}: selected against plain`).not.to.equal(paintBehind(plain!.cells[column]!));
      expect(getComputedStyle(chosen).color, `column ${column}: text against its background`).not.to.equal(paintBehind(chosen));
    }
    for (const row of rows(el)) {
      const status = row.cells[1]!;
      const path = status.querySelector('svg.icon path') as SVGPathElement;
      expect(status.textContent?.trim(), 'status in words').to.match(/\w/);
      // The icon is drawn in the text's colour, whatever colour that is now.
      expect(getComputedStyle(path).stroke).to.equal(getComputedStyle(status).color);
      expect(getComputedStyle(path).stroke).not.to.equal(paintBehind(status));
    }
    await expect(el).to.be.accessible();
  });
});

/** What the <system-events-table> suites share: events to show, the element on a stub endpoint, and queries. */
import { fixture, html } from '@open-wc/testing';
import '../src/elements/system-events-table/define.js';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import type { SystemEvent } from '../src/data/schema.js';
import { until, type StubFetch } from './helpers.js';
import { events as demoEvents } from '../demo/endpoint/fixtures.js';

export const ENDPOINT = 'https://crm.example/api';
const MINUTE = 60_000;
export const at = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();

export const event = (id: string, extra: Partial<SystemEvent> = {}): SystemEvent => ({
  id,
  key: 'FreetextRebuild',
  name: `Free-text index rebuild ${id}`,
  status: 'running',
  message: `Indexing ${id}`,
  description: `Rebuilding the free-text index (${id}).`,
  activated: at(-30),
  activatedBy: { id: 'JAN', name: 'Jan Berg', portraitUrl: null },
  finished: at(20),
  scope: 'system',
  ...extra,
});
export const someEvents = (count: number) => demoEvents(count) as SystemEvent[];

export const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
export const grid = (el: Element) => shadow(el).querySelector('table') as HTMLTableElement;
export const headers = (el: Element) => [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent?.replace(/\s+/g, ' ').trim());
export const rows = (el: Element) => [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr[aria-rowindex]')];
export const cells = (row: HTMLTableRowElement) => [...row.cells].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
export const names = (el: Element) => rows(el).map((row) => row.cells[0]?.textContent?.trim());
export const pane = (el: Element) => shadow(el).querySelector('[part=description]') as HTMLElement;
export const button = (el: Element, part: string) => shadow(el).querySelector(`[part=${part}]`) as HTMLButtonElement;
export const sortButton = (el: Element, column: string) => shadow(el).querySelector(`th.${column} button`) as HTMLButtonElement;
export const loaded = (el: SystemEventsTable) => until(() => !shadow(el).querySelector('[part=loading]'), 'loaded');

export async function renderTable(fetch: StubFetch, attrs: { interval?: number; editable?: boolean } = {}) {
  const el = await fixture<SystemEventsTable>(html`<system-events-table
    lang="en"
    endpoint=${ENDPOINT}
    refresh-interval=${attrs.interval ?? 0}
    ?editable=${attrs.editable ?? false}
    .fetch=${fetch}
  ></system-events-table>`);
  await loaded(el);
  return el;
}

export async function withEvents(list: SystemEvent[], editable = false) {
  const el = await fixture<SystemEventsTable>(html`<system-events-table lang="en" ?editable=${editable} .events=${list}></system-events-table>`);
  await el.updateComplete;
  return el;
}

/** Counts renders from now on, to prove that something did not re-render. */
export function countRenders(el: SystemEventsTable) {
  const host = el as unknown as { render(): unknown };
  const original = host.render.bind(el);
  const count = { renders: 0 };
  host.render = () => {
    count.renders += 1;
    return original();
  };
  return count;
}

/** The moment layout tests are judged at (relative dates are counted from it). */
export const NOW = new Date('2026-11-23T10:00:00Z');

/**
 * Demo-like events for layout checks, dated from `NOW`: the demo's forty (every status, people and
 * the system, relative times within the day), and one a month further back whose dates are shown in
 * full ("May 28, 2026, 11:59 AM", the longest English form).
 */
export function layoutEvents(): SystemEvent[] {
  const minutes = (n: number) => new Date(NOW.getTime() + n * MINUTE).toISOString();
  const recent = someEvents(40).map((event, i) => ({
    ...event,
    activated: minutes(-(i * 7) - 30),
    finished: i % 4 === 0 ? null : minutes(20 + i),
  }));
  const older = Array.from({ length: 12 }, (_, month) => ({
    ...recent[month % recent.length]!,
    id: `month-${month}`,
    activated: new Date(2026, month, 28, month % 2 ? 23 : 11, 59).toISOString(),
    finished: new Date(2026, month, 28, month % 2 ? 11 : 23, 59).toISOString(),
  }));
  return [...recent, ...older];
}

/** The cells of a rendered row, or the header row, whose text does not fit: scrolled past its box. */
export function cutShort(cells: Iterable<Element>): string[] {
  return [...cells]
    .filter((cell) => cell.getClientRects().length > 0 && cell.scrollWidth > cell.clientWidth)
    .map((cell) => `${cell.localName}:${cell.textContent?.replace(/\s+/g, ' ').trim()} (${cell.scrollWidth} > ${cell.clientWidth})`);
}

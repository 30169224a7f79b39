/** The license list's rows as a person reads them, for the list's tests. */
import { readText } from './helpers.js';

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;

export const licenseRows = (el: Element) => [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr.license')];

export const rowOf = (el: Element, name: string) => {
  const row = licenseRows(el).find((candidate) => readText(candidate.querySelector('[part=license-name]')) === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

/** Name, description ('' when it has none), in use, free and total: the columns of the CSV export. */
export const counts = (row: HTMLTableRowElement) => [
  readText(row.querySelector('[part=license-name]')),
  readText(row.querySelector('[part=description]')),
  readText(row.querySelector('.in-use .used')),
  ...[...row.querySelectorAll('td.count')].map((cell) => readText(cell)),
];

/**
 * What the localization set-up tests share: a license list with a known expiry date, and what it shows
 * in each language (its caption, and the date in that language's format).
 */
import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/i18n/format.js';
import { json, normalLicenses, stubFetch, until } from '../helpers.js';

export const EXPIRY = '2027-06-30';

/** The list's caption per language: the seed pages' wording. */
export const CAPTIONS: Record<string, string> = {
  en: 'License list',
  sv: 'Licensförteckning',
  nb: 'Lisensliste',
  da: 'Licensliste',
  nl: 'Licentielijst',
  de: 'Lizenzliste',
};

function licensesWithExpiry() {
  const licenses = normalLicenses();
  return { owners: licenses.owners.map((owner, i) => (i === 0 ? { ...owner, expiryDate: EXPIRY } : owner)) };
}

/**
 * A `<license-list>` (or the same element under another tag) reading a stubbed endpoint, appended to
 * `parent`; in `lang`, or with no `lang` of its own when null.
 */
export function listElement(lang: string | null, tag = 'license-list', parent: ParentNode = document.body): HTMLElement {
  const el = document.createElement(tag);
  if (lang) el.setAttribute('lang', lang);
  el.setAttribute('endpoint', 'https://crm.example/api');
  Object.assign(el, { fetch: stubFetch({ '/licenses': json(licensesWithExpiry()) }) });
  parent.append(el);
  return el;
}

const caption = (el: Element) => el.shadowRoot?.querySelector('caption')?.textContent ?? '';
const expiry = (el: Element) => el.shadowRoot?.querySelector('[part=expiry] dd')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Intl puts no-break spaces in some dates; people read them as spaces. */
const spaces = (text: string) => text.replace(/\s+/g, ' ');

/** Waits until `el` shows its strings in `locale`, then checks its date is in that language too. */
export async function expectShownIn(el: Element, locale: string): Promise<void> {
  await until(() => caption(el) === CAPTIONS[locale], `${el.localName} in ${locale} (shows "${caption(el)}")`);
  expect(spaces(expiry(el))).to.contain(spaces(formatDate(EXPIRY, locale)));
}

/** Checks that `el` still shows `locale` after it had every chance to re-render. */
export async function expectStillIn(el: Element & { updateComplete?: Promise<unknown> }, locale: string): Promise<void> {
  (el as unknown as { requestUpdate(): void }).requestUpdate();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(caption(el)).to.equal(CAPTIONS[locale]);
  expect(spaces(expiry(el))).to.contain(spaces(formatDate(EXPIRY, locale)));
}

/**
 * Shared data sources are released when nobody uses them: a page that shows many endpoints one after
 * another keeps only those on screen, and an element moved in the page keeps its source.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ContractDataSource } from '../src/data/contract-source.js';
import { leaseDataSource, registerDataSource, RELEASE_DELAY_MS, sharedSourceCount } from '../src/data/source-registry.js';
import type { LicenseList } from '../src/elements/license-list/license-list.js';
import '../src/elements/license-list/define.js';
import { json, normalLicenses, stubFetch, until } from './helpers.js';

const made: string[] = [];
// A partner's kind of source: answers from memory, and counts how many sources were built.
registerDataSource('memory', (endpoint) => {
  made.push(endpoint);
  return new ContractDataSource(endpoint, { fetch: stubFetch({ '/licenses': json(normalLicenses()) }) });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const afterRelease = () => sleep(RELEASE_DELAY_MS + 200);
const caption = (el: LicenseList) => el.shadowRoot?.querySelector('caption');

describe('shared data sources', () => {
  it('one per kind and endpoint while leased, dropped shortly after the last release', async () => {
    const before = sharedSourceCount();
    const a = leaseDataSource('memory', 'https://a.example/api');
    const b = leaseDataSource('memory', 'https://a.example/api');
    expect(a.source).to.equal(b.source);
    expect(sharedSourceCount()).to.equal(before + 1);
    a.release();
    a.release(); // twice is once
    await afterRelease();
    expect(sharedSourceCount(), 'b still holds it').to.equal(before + 1);
    b.release();
    expect(sharedSourceCount(), 'kept for a moment').to.equal(before + 1);
    const again = leaseDataSource('memory', 'https://a.example/api');
    expect(again.source, 'a lease within the moment gets the same source').to.equal(a.source);
    again.release();
    await afterRelease();
    expect(sharedSourceCount()).to.equal(before);
  });

  it('custom fetch options get a source of their own, never kept', () => {
    const before = sharedSourceCount();
    const own = leaseDataSource('memory', 'https://b.example/api', { credentials: 'include' });
    expect(own.source).not.to.equal(leaseDataSource('memory', 'https://b.example/api', { credentials: 'include' }).source);
    expect(sharedSourceCount()).to.equal(before);
  });

  it('elements release their sources when they leave the page', async () => {
    const before = sharedSourceCount();
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 12; i++) box.insertAdjacentHTML('beforeend', `<license-list lang="en" source="memory" endpoint="https://e${i}.example/api"></license-list>`);
    const lists = [...box.querySelectorAll<LicenseList>('license-list')];
    await until(() => lists.every((el) => !!caption(el)), 'twelve lists rendered');
    expect(sharedSourceCount()).to.equal(before + 12);
    box.replaceChildren();
    await afterRelease();
    expect(sharedSourceCount()).to.equal(before);
  });

  it('a moved element keeps its source and shows its data without a new source or a spinner', async () => {
    const el = await fixture<LicenseList>(html`<license-list lang="en" source="memory" endpoint="https://moved.example/api"></license-list>`);
    await until(() => !!caption(el), 'rendered');
    const built = made.length;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    expect(made.length, 'a move').to.equal(built);
    // Out of the page for longer than the moment: the registry drops the entry, the element puts its own back.
    el.remove();
    await afterRelease();
    document.body.append(el);
    await el.updateComplete;
    expect(made.length, 'a return').to.equal(built);
    expect(caption(el), 'its list is still there').to.exist;
    expect(el.shadowRoot?.querySelector('[part=loading]')).to.equal(null);
    el.remove();
    elsewhere.remove();
  });
});

/**
 * Values that are not what the contract says (a day that does not exist, text that only `Date.parse` calls
 * a date, a count too large for a double) spoil their row: the row is named in the notice, the rest shows,
 * and nothing on screen says "Invalid Date", "NaN" or "∞".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { LicenseList, StatusPanel } from '../src/index.js';
import { licenses as demoLicenses, status as demoStatus } from '../demo/endpoint/fixtures.js';
import { json, stubFetch, until, visibleText } from './helpers.js';
import { ENDPOINT, event, loaded, names, renderTable, shadow } from './system-events-fixtures.js';

/** Written where a number belongs; `rawJson` turns it into the literal `1e400`, which JSON.stringify cannot write. */
const HUGE = '__1e400__';
const rawJson = (data: unknown) =>
  new Response(JSON.stringify(data).replaceAll(`"${HUGE}"`, '1e400'), { headers: { 'Content-Type': 'application/json' } });

const noticeItems = (root: ParentNode) =>
  [...root.querySelectorAll('[part=rejected-notice] li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '');
// The technical detail may quote the value ("Received Infinity"); nothing else may show one.
const expectNoMadeUpValues = (el: Element) => expect(visibleText(el)).not.to.match(/Invalid Date|NaN|∞/);

describe('values the contract does not allow', () => {
  it('licenses: impossible dates and endless counts spoil their owner or module only', async () => {
    const data = demoLicenses('third-party') as unknown as { owners: Record<string, unknown>[] };
    const [vendor, acme, fjord] = data.owners as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    const modules = vendor.modules as Record<string, unknown>[];
    const kept = modules.filter((module) => !module.hidden).slice(3).map((module) => module.name);
    modules[0]!.sortOrder = HUGE;
    modules[1]!.pending = { newTotal: 3, added: HUGE };
    modules[2]!.total = HUGE;
    acme.expiryDate = '2026-02-30';
    fjord.nextCheckDate = 'x 2026';
    data.owners.push({ ...fjord, id: 'ZERO', name: 'Zero Dates', expiryDate: '0' });
    const fetch = stubFetch({ '/licenses': rawJson(data) });
    const el = await fixture<LicenseList>(html`<license-list lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></license-list>`);
    await until(() => !shadow(el).querySelector('[part=loading]'), 'loaded');
    const shown = [...shadow(el).querySelectorAll('[part=license-name]')].map((name) => name.textContent?.trim());
    expect(shown).to.have.members(kept as string[]);
    const items = noticeItems(shadow(el));
    expect(items).to.have.length(3);
    expect(items[0]).to.contain(String(modules[0]!.name)).and.contain('sortOrder:');
    expect(items[1]).to.contain(String(modules[1]!.name)).and.contain('pending.added:');
    expect(items[2]).to.contain(String(modules[2]!.name)).and.contain('total:');
    expect(shadow(el).querySelector('[role=alert]'), 'no error box').to.equal(null);
    expectNoMadeUpValues(el);

    for (const [id, name, field] of [['ACME', 'Acme Quotes', 'expiryDate'], ['FJORD', 'Fjord Analytics', 'nextCheckDate'], ['ZERO', 'Zero Dates', 'expiryDate']]) {
      el.owner = id!;
      await el.updateComplete;
      expect(visibleText(el)).to.contain(`There is no license owner "${id}".`).and.contain('Some license owners could not be read');
      expect(noticeItems(shadow(el)).find((item) => item.startsWith(name!)), name).to.contain(`${field}: must be an ISO 8601 date`);
      expectNoMadeUpValues(el);
    }
  });

  it('events: a date that is not one is named; the other events are listed', async () => {
    const good = [event('1'), event('2')];
    const bad = [
      event('3', { activated: '2026-02-30T10:00:00Z' }),
      event('4', { finished: 'x 2026' }),
      event('5', { activated: '0' }),
      event('6', { finished: '2026-11-23T09:30:00' }),
    ];
    const el = await renderTable(stubFetch({ '/events': rawJson({ events: [good[0], ...bad, good[1]] }) }));
    await loaded(el);
    expect(names(el)).to.have.members(good.map((e) => e.name));
    const items = noticeItems(shadow(el));
    expect(items.map((item) => item.split(' (')[0])).to.deep.equal(bad.map((e) => e.name));
    expect(items[0]).to.contain('activated:');
    expect(items[1]).to.contain('finished:');
    expectNoMadeUpValues(el);
  });

  it('status and consumption: an endless restriction or month is named; the rest shows', async () => {
    const status = demoStatus('normal') as { plan: { restrictions: Record<string, unknown>[] } };
    status.plan.restrictions.push({ id: 'huge', label: 'Endless seats', active: 1, maximum: HUGE });
    const consumption = {
      userCount: 42,
      services: [
        {
          id: 'storage',
          unit: 'GB',
          months: [
            { month: '2026-09', used: 41.5, threshold: 50 },
            { month: '2026-10', used: HUGE, threshold: 50 },
            { month: '2026-11', used: 3, threshold: HUGE },
          ],
        },
        { id: 'chatSessions', unit: 'count', months: [{ month: '2026-11', used: -1, threshold: 400 }] },
      ],
    };
    const fetch = stubFetch({ '/status': rawJson(status), '/events': json({ events: [] }), '/consumption': rawJson(consumption) });
    const el = await fixture<StatusPanel>(html`<status-panel lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></status-panel>`);
    await until(() => !!shadow(el).querySelector('[part=plan]'), 'plan');
    const plan = shadow(el).querySelector('[part=plan]') as HTMLElement;
    expect(shadow(el).querySelectorAll('[part=restriction]')).to.have.length(2);
    expect(noticeItems(plan)).to.have.length(1);
    expect(noticeItems(plan)[0]).to.contain('Endless seats').and.contain('maximum:');
    expectNoMadeUpValues(el);

    shadow(el).querySelector<HTMLButtonElement>('[part=dashboard-button]')!.click();
    await until(() => shadow(el).querySelectorAll('[part=service]').length > 0, 'services');
    const dialog = shadow(el).querySelector('[part=dashboard]') as HTMLElement;
    const items = noticeItems(dialog);
    expect(items.filter((item) => item.startsWith('2026-10')).join()).to.contain('used:');
    expect(items.filter((item) => item.startsWith('2026-11')).join()).to.contain('threshold:').and.contain('used:');
    expectNoMadeUpValues(el);
  });
});

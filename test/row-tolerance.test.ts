/**
 * Row-level tolerance (data-contract.md): one bad row (an event, a restriction, a metered service or month)
 * is left out and named in a notice; everything else in the answer is still shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/status-panel/define.js';
import '../src/elements/license-detail/define.js';
import type { LicenseDetail } from '../src/elements/license-detail/license-detail.js';
import type { StatusPanel } from '../src/elements/status-panel/status-panel.js';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import { licenseDetail as demoDetail, status as demoStatus } from '../demo/endpoint/fixtures.js';
import { json, readText, stubFetch, until, visibleText } from './helpers.js';
import { ENDPOINT, event, loaded, names, renderTable, shadow } from './system-events-fixtures.js';

const noticeItems = (root: ParentNode) =>
  [...root.querySelectorAll('[part=rejected-notice] li')].map((li) => readText(li));

describe('one bad row never blanks the screen', () => {
  it('events: a row with a wrong field is named, the others are listed', async () => {
    const good = [event('1'), event('2'), event('3')];
    const bad = { ...event('4'), scope: 'planet' };
    const nameless = { ...event('5'), name: null, key: null };
    const el = await renderTable(stubFetch({ '/events': json({ events: [good[0], bad, good[1], nameless, good[2]] }) }));
    await loaded(el);
    expect(names(el)).to.have.members(good.map((e) => e.name));
    const notice = shadow(el).querySelector('[part=rejected-notice]');
    expect(notice?.textContent).to.contain('Some events could not be read and are not shown.');
    const items = noticeItems(shadow(el));
    expect(items[0]).to.contain('Free-text index rebuild 4').and.contain('scope: Invalid type');
    // A row without a name or key is named by its id, or by its position.
    expect(items[1]).to.match(/^5 \(Technical detail: (key|name): Invalid type/);
    await expect(el).to.be.accessible();
  });

  it('license detail: a bad assigned user and a bad history entry are named, the license and the rest show', async () => {
    const detail = {
      ...demoDetail('normal', 'SUPEROFFICE', 'ten-sales'),
      assignedTo: [{ id: 'JAN', name: 'Jan Berg' }, { id: 'KARI', name: 42 }, { id: 'OLA', name: 'Ola' }],
      history: [
        { date: '2025-01-15', total: 20, note: 'First purchase' },
        { date: '2025-02-30', total: 25, note: 'A day that does not exist' },
        { date: '2025-06-01', total: 'thirty' },
      ],
    };
    const el = await fixture<LicenseDetail>(
      html`<license-detail lang="en" endpoint=${ENDPOINT} owner="SUPEROFFICE" module="ten-sales" .fetch=${stubFetch({ '/licenses/SUPEROFFICE/ten-sales': json(detail) })}></license-detail>`,
    );
    await until(() => !!shadow(el).querySelector('[part=detail]'), 'the detail');
    expect([...shadow(el).querySelectorAll('[part=users] li')].map((li) => li.textContent?.trim())).to.deep.equal(['JBJan Berg', 'OOla']);
    expect(shadow(el).querySelectorAll('[part=history] tbody tr')).to.have.length(1);
    const text = visibleText(el);
    expect(text).to.contain('Some assigned users could not be read and are not shown.');
    expect(text).to.contain('Some history entries could not be read and are not shown.');
    const items = noticeItems(shadow(el));
    // Named by what it gives as its name, as far as that can be read.
    expect(items[0]).to.match(/^42 \(Technical detail: name: Invalid type/);
    expect(items[1]).to.match(/^2025-02-30 \(Technical detail: date:/);
    expect(items[2]).to.match(/^2025-06-01 \(Technical detail: total:/);
    await expect(el).to.be.accessible();
  });

  it('a notice names the first 20 rows and counts the rest', async () => {
    const bad = Array.from({ length: 25 }, (_, i) => ({ ...event(String(i)), scope: 'planet' }));
    const el = await renderTable(stubFetch({ '/events': json({ events: [event('ok'), ...bad] }) }));
    await loaded(el);
    const items = noticeItems(shadow(el));
    expect(items).to.have.length(21);
    expect(items[20]).to.equal('… and 5 more');
  });

  it('events given by the host are shown as they are, without a notice', async () => {
    const el = await fixture<SystemEventsTable>(html`<system-events-table lang="en" .events=${[event('1')]}></system-events-table>`);
    expect(shadow(el).querySelector('[part=rejected-notice]')).to.equal(null);
  });

  it('restrictions: a bad one is named, the plan and the other restrictions show', async () => {
    const status = demoStatus('normal') as { plan: { restrictions: Record<string, unknown>[] } };
    status.plan.restrictions = [
      { id: 'projects', label: 'Active projects', active: 1, maximum: 100 },
      { id: 'sales', label: 'Active sales', active: 'many', maximum: 100 },
    ];
    const fetch = stubFetch({ '/status': json(status), '/events': json({ events: [] }) });
    const el = await fixture<StatusPanel>(html`<status-panel lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></status-panel>`);
    await until(() => !!shadow(el).querySelector('[part=plan]'), 'plan');
    expect(shadow(el).querySelectorAll('[part=restriction]')).to.have.length(1);
    const plan = shadow(el).querySelector('[part=plan]') as HTMLElement;
    expect(visibleText(plan)).to.contain('Some restrictions could not be read and are not shown.');
    expect(noticeItems(plan)[0]).to.contain('Active sales').and.contain('active:');
  });

  it('metered services: a bad month and a bad service are named, the rest is charted', async () => {
    const consumption = {
      userCount: 42,
      services: [
        { id: 'storage', unit: 'GB', months: [{ month: '2026-10', used: 41.5, threshold: 50 }, { month: '2026-11', used: 'lots', threshold: 50 }] },
        { id: 'mailings', unit: 'pieces', months: [] },
        { id: 'chatSessions', unit: 'count', months: [{ month: '2026-11', used: 100, threshold: 400 }] },
      ],
    };
    const fetch = stubFetch({ '/status': json(demoStatus('normal')), '/events': json({ events: [] }), '/consumption': json(consumption) });
    const el = await fixture<StatusPanel>(html`<status-panel lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></status-panel>`);
    await until(() => !!shadow(el).querySelector('[part=dashboard-button]'), 'button');
    shadow(el).querySelector<HTMLButtonElement>('[part=dashboard-button]')!.click();
    await until(() => shadow(el).querySelectorAll('[part=service]').length > 0, 'services');
    const dialog = shadow(el).querySelector('[part=dashboard]') as HTMLElement;
    expect(shadow(el).querySelectorAll('[part=service]')).to.have.length(2);
    expect(visibleText(dialog)).to.contain('Some metered services could not be read and are not shown.')
      .and.contain('Some months could not be read and are not shown.');
    const items = noticeItems(dialog);
    expect(items.some((item) => item.startsWith('mailings') && item.includes('unit:'))).to.equal(true);
    expect(items.some((item) => item.startsWith('2026-11') && item.includes('used:'))).to.equal(true);
  });
});

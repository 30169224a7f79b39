import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/license-list/define.js';
import type { LicenseList } from '../src/elements/license-list/license-list.js';
import { VendorDataSource } from '../src/data/vendor/index.js';
import { failure, json, problem, stubFetch, until, visibleText } from './helpers.js';
import { counts, extendedLicense, extendedModule, licenseInfo, moduleLicense, vendorLicenses } from './vendor-builders.js';

const ENDPOINT = 'https://crm.example/api';

/** The CRM's base time zone is given, so dates without an offset read the same in every test browser. */
const source = (routes: Parameters<typeof stubFetch>[0]) => {
  const fetch = stubFetch(routes);
  return { fetch, vendor: new VendorDataSource(ENDPOINT, { fetch, timeZone: 'Europe/Oslo' }) };
};


describe('VendorDataSource: licenses', () => {
  it('reads GET v1/License and puts the vendor owner first, third parties after in their order', async () => {
    const { vendor, fetch } = source({ '/v1/License': json(vendorLicenses()) });
    const { owners } = await vendor.getLicenses();
    expect(fetch.requests.map((r) => r.url)).to.deep.equal([`${ENDPOINT}/v1/License`]);
    expect(owners.map((o) => [o.id, o.name])).to.deep.equal([
      ['SUPEROFFICE', 'SuperOffice'],
      ['AcmeSync', 'Acme Sync'],
    ]);
    const [vendorOwner, acme] = owners;
    expect(vendorOwner).to.include({
      companyName: 'Nordlys Consulting AS',
      serialNumber: '1010000014',
      expiryDate: '2027-06-30T09:40:59.930+02:00',
      graceDate: null,
      // Without an offset: midnight in the CRM's base time zone (Oslo, UTC+1 in December).
      nextCheckDate: '2026-11-30T23:00:00.000Z',
      shopUrl: 'https://shop.example/buy',
      // The database's copy cannot tell; the dialog asks the license server.
      canActivate: true,
    });
    expect(acme!.expiryDate, '"0" means never').to.equal(null);
  });

  it('maps every module: groups, license types, counts, hidden, New vs Current', async () => {
    const { vendor } = source({ '/v1/License': json(vendorLicenses()) });
    const modules = (await vendor.getLicenses()).owners[0]!.modules;
    const byId = Object.fromEntries(modules.map((m) => [m.id, m]));
    expect(byId['ten-sales']).to.deep.equal({
      id: 'ten-sales',
      name: 'Sales Premium',
      description: 'User Plan: Can edit Companies, Diary, Sales',
      tooltip: 'User Plan: Can edit Companies, Diary, Sales',
      group: 'userPlan',
      licenseType: 'user',
      unrestricted: false,
      total: 25,
      inUse: 23,
      free: 2,
      hidden: false,
      prerequisite: 'web',
      sortOrder: 73,
      version: '11.11',
    });
    const summary = (id: string) => [byId[id]!.group, byId[id]!.licenseType];
    expect(summary('expander-services'), 'known vendor module name').to.deep.equal(['system', 'site']);
    expect(summary('system')).to.deep.equal(['system', 'site']);
    expect(byId['system']!.unrestricted).to.equal(true);
    expect(summary('satellite')).to.deep.equal(['site', 'satellite']);
    expect(summary('win-client'), 'matched on the description').to.deep.equal(['legacyUser', 'user']);
    expect(summary('quantum-sync'), 'unknown license type').to.deep.equal(['other', 'site']);
    expect(byId['unnamed']).to.include({ name: 'unnamed', group: 'other', licenseType: 'site', prerequisite: null });
    expect(byId['stakeholder']!.hidden).to.equal(true);
    expect(byId['marketing-user']).to.include({ group: 'legacyUser', inUse: 8, free: 0, total: 5 });
    expect(byId['reporter'], 'only New: counted from the new license').to.include({ name: 'Reporter Studio', group: 'site', total: 0 });
  });

  it('treats the min date, "0", 0 and a missing date as "never"', async () => {
    const owners = ['0001-01-01T00:00:00', '0', 0, undefined, null].map((ExpiryDate, i) =>
      extendedLicense(licenseInfo(`Owner${i}`, { ExpiryDate, NextCheckDate: undefined }), [], { AccumulatedNextCheckDate: null }),
    );
    const { vendor } = source({ '/v1/License': json(owners) });
    const mapped = (await vendor.getLicenses()).owners;
    expect(mapped.map((o) => [o.expiryDate, o.nextCheckDate])).to.deep.equal(Array(5).fill([null, null]));
  });

  it('passes shop URLs on as text for the elements’ URL rule, and survives an owner without any license info', async () => {
    const payload = [
      extendedLicense(licenseInfo('SUPEROFFICE', { LicenseUrl: 'javascript:alert(1)' }), []),
      extendedLicense(null, []),
    ];
    const { vendor } = source({ '/v1/License': json(payload) });
    const { owners, rejectedOwners } = await vendor.getLicenses();
    expect(owners).to.have.length(1);
    // The elements decide whether a URL from data is used (src/data/url-policy.ts): this one never is.
    expect(owners[0]).to.include({ id: 'SUPEROFFICE', name: 'SUPEROFFICE', shopUrl: 'javascript:alert(1)' });
    expect(rejectedOwners, 'the empty one is named, not dropped silently').to.deep.equal([
      { index: 1, label: null, field: '(row)', problem: 'holds neither a Current nor a New license' },
    ]);
  });

  it('leaves out, and names, a module with a count of the wrong type; the rest of the owner shows', async () => {
    const payload = vendorLicenses();
    (payload[1]!.ExtendedModuleLicenses[2] as Record<string, unknown>).NumberOfLicensesTotal = 'ten';
    const { vendor } = source({ '/v1/License': json(payload) });
    const { owners } = await vendor.getLicenses();
    expect(owners.map((o) => o.id)).to.deep.equal(['SUPEROFFICE', 'AcmeSync']);
    expect(owners[0]!.modules.map((m) => m.id)).to.include('ten-sales');
    expect(owners[0]!.modules.map((m) => m.id)).to.not.include('system');
    expect(owners[0]!.rejectedModules).to.deep.equal([
      { index: 2, label: 'System', field: 'NumberOfLicensesTotal', problem: 'Invalid type: Expected number but received "ten"' },
    ]);
  });

  it('names an unreadable date (the owner) and a missing or null ModuleName (the module)', async () => {
    const badDate = [
      extendedLicense(licenseInfo('SUPEROFFICE', { ExpiryDate: 'next Tuesday', OwnerDescription: 'SuperOffice' }), []),
      extendedLicense(licenseInfo('AcmeSync'), []),
    ];
    const dated = await source({ '/v1/License': json(badDate) }).vendor.getLicenses();
    expect(dated.owners.map((o) => o.id)).to.deep.equal(['AcmeSync']);
    expect(dated.rejectedOwners?.[0]).to.include({ index: 0, label: 'SuperOffice', field: 'Current.ExpiryDate' });
    const noName = [
      extendedLicense(licenseInfo('SUPEROFFICE'), [
        extendedModule({ LicenseType: 'SiteLicense' }),
        extendedModule(moduleLicense('web', { ModuleName: null, ModuleDescription: 'Web client' })),
        extendedModule(moduleLicense('ten-sales')),
      ]),
    ];
    const named = (await source({ '/v1/License': json(noName) }).vendor.getLicenses()).owners[0]!;
    expect(named.modules.map((m) => m.id)).to.deep.equal(['ten-sales']);
    expect(named.rejectedModules?.map((r) => [r.index, r.label, r.field])).to.deep.equal([
      [0, null, 'Current.ModuleName'],
      [1, 'Web client', 'Current.ModuleName'],
    ]);
  });

  it('turns HTTP errors into DataErrors: 403 is forbidden, 401 unauthorized, 500 server', async () => {
    const forbidden = await failure(source({ '/v1/License': problem(403, 'No access') }).vendor.getLicenses());
    expect(forbidden).to.include({ kind: 'forbidden', status: 403 });
    const vendorError = new Response(JSON.stringify({ Error: 'Ticket expired' }), {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
    });
    expect((await failure(source({ '/v1/License': vendorError }).vendor.getLicenses())).kind).to.equal('unauthorized');
    expect((await failure(source({ '/v1/License': problem(500, 'boom') }).vendor.getLicenses())).kind).to.equal('server');
  });

  it('finds the license detail in the list, read once: not again when the list is there already', async () => {
    const { vendor, fetch } = source({ '/v1/License': json(vendorLicenses()) });
    const detail = await vendor.getLicenseDetail('SUPEROFFICE', 'marketing-user');
    expect(detail).to.include({ ownerId: 'SUPEROFFICE', id: 'marketing-user', name: 'Marketing user' });
    // The database's copy says nothing of the license server: no made-up "new total".
    expect(detail.pending).to.equal(null);
    expect(detail.assignedTo).to.deep.equal([]);
    expect(fetch.requests).to.have.length(1);
    await vendor.getLicenses();
    await vendor.getLicenseDetail('SUPEROFFICE', 'ten-sales');
    expect(fetch.requests.map((r) => r.url)).to.deep.equal([`${ENDPOINT}/v1/License`, `${ENDPOINT}/v1/License`]);
  });

  it('answers not-found for an owner or module the vendor does not list', async () => {
    const { vendor } = source({ '/v1/License': json(vendorLicenses()) });
    expect((await failure(vendor.getLicenseDetail('SUPEROFFICE', 'nope'))).kind).to.equal('not-found');
    expect((await failure(vendor.getLicenseDetail('Nobody', 'ten-sales'))).kind).to.equal('not-found');
  });
});

describe('VendorDataSource: activation and license file', () => {
  const offer = (fields: Record<string, unknown> = {}) =>
    extendedLicense(
      licenseInfo('SUPEROFFICE'),
      [
        extendedModule(moduleLicense('ten-sales', { ExtraFlags: 1 }), { ...counts(23, 2, 25), NumberOfLicensesNewTotal: 30, NumberOfLicensesAdded: 5 }),
        extendedModule(moduleLicense('satellite'), counts(1, 0, 1)),
      ],
      { CanBeActivated: true, New: licenseInfo('SUPEROFFICE', { ExpiryDate: '2028-06-30T00:00:00' }), ...fields },
    );

  it('fetches from the license server, activates that license unchanged, then reads the owner again', async () => {
    const { vendor, fetch } = source({
      '/v1/Agents/License/GetLicenseFromLicenseServer': json(offer()),
      '/v1/Agents/License/ActivateLicenseInfo': json({ Succeeded: true, Reason: '', TableRight: null }),
      '/v1/License/SUPEROFFICE': json(extendedLicense(licenseInfo('SUPEROFFICE', { ExpiryDate: '2028-06-30T00:00:00' }), [])),
    });
    const result = await vendor.activate('SUPEROFFICE');
    expect(fetch.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).to.deep.equal([
      'POST /api/v1/Agents/License/GetLicenseFromLicenseServer',
      'POST /api/v1/Agents/License/ActivateLicenseInfo',
      'GET /api/v1/License/SUPEROFFICE',
    ]);
    expect(JSON.parse(String(fetch.requests[0]!.body))).to.deep.equal({ OwnerName: 'SUPEROFFICE' });
    // The whole ExtendedLicenseInfo the license server answered, untouched (it is signed).
    expect(JSON.parse(String(fetch.requests[1]!.body))).to.deep.equal({ NewLicense: offer() });
    expect(result.changed).to.deep.equal(['ten-sales']);
    expect(result.owner).to.include({ id: 'SUPEROFFICE', expiryDate: '2028-06-29T22:00:00.000Z' });
  });

  it('checks with the license server, then activates exactly the answer that was checked', async () => {
    const first = offer();
    const second = offer({ Reason: 'a later answer' });
    const { vendor, fetch } = source({
      '/v1/Agents/License/GetLicenseFromLicenseServer': [json(first), json(second)],
      '/v1/Agents/License/ActivateLicenseInfo': json({ Succeeded: true, Reason: '' }),
      '/v1/License/SUPEROFFICE': json(extendedLicense(licenseInfo('SUPEROFFICE'), [])),
    });
    const owner = (await source({ '/v1/License': json(vendorLicenses()) }).vendor.getLicenses()).owners[0]!;
    const check = await vendor.checkActivation(owner);
    expect(check).to.include({ canActivate: true, reason: null });
    expect(check.changes.map((c) => [c.module.id, c.module.total, c.newTotal, c.blocked])).to.deep.equal([['ten-sales', 25, 30, false]]);
    await vendor.activate('SUPEROFFICE');
    expect(fetch.requests.map((r) => new URL(r.url).pathname)).to.deep.equal([
      '/api/v1/Agents/License/GetLicenseFromLicenseServer',
      '/api/v1/Agents/License/ActivateLicenseInfo',
      '/api/v1/License/SUPEROFFICE',
    ]);
    expect(JSON.parse(String(fetch.requests[1]!.body))).to.deep.equal({ NewLicense: first });
  });

  it("shows the server's verdict: CanBeActivated false keeps its reason and the modules concerned", async () => {
    const refused = offer({ CanBeActivated: false, Reason: 'Too many users for the new license' });
    (refused.ExtendedModuleLicenses[0] as Record<string, unknown>).NumberOfLicensesNewTotal = 20;
    const { vendor } = source({ '/v1/Agents/License/GetLicenseFromLicenseServer': json(refused) });
    const owner = (await source({ '/v1/License': json(vendorLicenses()) }).vendor.getLicenses()).owners[0]!;
    const check = await vendor.checkActivation(owner);
    expect(check).to.include({ canActivate: false, reason: 'Too many users for the new license' });
    expect(check.changes.map((c) => [c.module.id, c.newTotal, c.blocked])).to.deep.equal([['ten-sales', 20, true]]);
  });

  it('refuses, as a conflict naming the modules, a new total below the number in use', async () => {
    const shrinking = offer();
    (shrinking.ExtendedModuleLicenses[0] as Record<string, unknown>).NumberOfLicensesNewTotal = 20;
    const { vendor, fetch } = source({ '/v1/Agents/License/GetLicenseFromLicenseServer': json(shrinking) });
    const error = await failure(vendor.activate('SUPEROFFICE'));
    expect(error).to.include({ kind: 'conflict', status: 409 });
    expect(error.problem?.modules).to.deep.equal(['ten-sales']);
    expect(fetch.requests, 'nothing activated').to.have.length(1);
  });

  it("passes on the vendor's reason when nothing can be activated or the activation fails", async () => {
    const none = source({
      '/v1/Agents/License/GetLicenseFromLicenseServer': json(offer({ CanBeActivated: false, New: null, Reason: 'No new license' })),
    });
    const noneError = await failure(none.vendor.activate('SUPEROFFICE'));
    expect(noneError).to.include({ kind: 'conflict', message: 'No new license' });
    const failed = source({
      '/v1/Agents/License/GetLicenseFromLicenseServer': json(offer()),
      '/v1/Agents/License/ActivateLicenseInfo': json({ Succeeded: false, Reason: 'Signature mismatch' }),
    });
    const failedError = await failure(failed.vendor.activate('SUPEROFFICE'));
    expect(failedError).to.include({ kind: 'rejected', message: 'Signature mismatch' });
    expect(failedError.problem?.detail).to.equal('Signature mismatch');
  });

  it('loads a license file by sending its XML as FileContent', async () => {
    const { vendor, fetch } = source({ '/v1/Agents/License/AddLicenseFromFile': json(offer()) });
    const file = new Blob(['<License><CompanyName>Nordlys</CompanyName></License>'], { type: 'text/xml' });
    const result = await vendor.uploadLicenseFile(file);
    expect(JSON.parse(String(fetch.requests[0]!.body))).to.deep.equal({
      FileContent: '<License><CompanyName>Nordlys</CompanyName></License>',
    });
    expect(result.owner.id).to.equal('SUPEROFFICE');
    expect(result.changed).to.deep.equal(['ten-sales']);
  });

  it('says clearly what the vendor API does not offer, without a request', async () => {
    const { vendor, fetch } = source({});
    const errors = await Promise.all([
      failure(vendor.getStatus()),
      failure(vendor.getConsumption()),
      failure(vendor.addEvent()),
      failure(vendor.deleteEvent()),
    ]);
    for (const error of errors) {
      expect(error.kind).to.equal('unsupported');
      expect(error.message).to.contain('not offered by this data source');
    }
    expect(fetch.requests).to.have.length(0);
  });
});

describe('VendorDataSource: system events archive', () => {
  /** The archive endpoint's default ("slim") OData answer. */
  const slimArchive = () => ({
    'odata.metadata': `${ENDPOINT}/v1/archive/$metadata`,
    'odata.nextLink': '',
    value: [
      {
        PrimaryKey: 42,
        EntityName: 'systemevent',
        SystemEvent_id: 42,
        eventkey: 'FreetextRebuild',
        eventname: 'Free-text index rebuild',
        status: 'Running',
        eventmess: 'Indexing 12 000 of 40 000 documents',
        registered: '2026-11-23T08:00:00',
        eta: '2026-11-23T10:00:00',
        scope: 1,
        type: 'System',
        extrainfo: 0,
        'registered_associate_id/associateDbId': 7,
        'registered_associate_id/assocName': 'JAN',
        'registered_associate_id/fullName': 'Jan Berg',
        'registered_associate_id/portraitThumbnail': 'https://crm.example/images/jan.png',
      },
      {
        PrimaryKey: 43,
        EntityName: 'systemevent',
        eventkey: 'UDefRebuild',
        eventname: '',
        status: 'Waiting for index',
        eventmess: '',
        registered: '2026-11-23T09:00:00.1234567Z',
        eta: '0001-01-01T00:00:00',
        scope: 4,
        'registered_associate_id/associateDbId': 0,
        'registered_associate_id/assocName': '',
      },
    ],
  });

  it('reads GET v1/archive/SystemEvents and maps the columns onto SystemEvent', async () => {
    const { vendor, fetch } = source({ '/v1/archive/SystemEvents': json(slimArchive()) });
    const { data, notModified } = await vendor.getEvents();
    const url = new URL(fetch.requests[0]!.url);
    expect(url.pathname).to.equal('/api/v1/archive/SystemEvents');
    expect(url.searchParams.get('$select')).to.contain('eventname').and.contain('registered_associate_id/assocName');
    expect(notModified).to.equal(false);
    expect(data.events).to.deep.equal([
      {
        id: '42',
        key: 'FreetextRebuild',
        name: 'Free-text index rebuild',
        status: 'running',
        message: 'Indexing 12 000 of 40 000 documents',
        description: null,
        // `registered` is kept in UTC by the database; `eta` in the CRM's base time zone (here Oslo).
        activated: '2026-11-23T08:00:00.000Z',
        activatedBy: { id: 'JAN', name: 'Jan Berg', portraitUrl: 'https://crm.example/images/jan.png' },
        finished: '2026-11-23T09:00:00.000Z',
        scope: 'system',
        type: 'System',
      },
      {
        id: '43',
        key: 'UDefRebuild',
        name: 'UDefRebuild',
        status: 'Waiting for index',
        message: null,
        description: null,
        activated: '2026-11-23T09:00:00.123Z',
        activatedBy: null,
        finished: null,
        scope: 'user',
        type: null,
      },
    ]);
  });

  it('reads archive rows in the ColumnData format with encoded values', async () => {
    const column = (DisplayValue: string) => ({ DisplayValue, TooltipHint: '', LinkHint: '' });
    const rows = [
      {
        PrimaryKey: 7,
        EntityName: 'systemevent',
        ColumnData: {
          eventkey: column('NoLogin'),
          eventname: column('No Login'),
          status: column('Pending'),
          eventmess: column('Upgrade tonight'),
          registered: column('[DT:11/23/2026 18:05:00]'),
          eta: column('[D:24.11.2026]'),
          scope: column('[I:2]'),
          'registered_associate_id/assocName': column('ADM'),
          'registered_associate_id/portraitThumbnail': column('javascript:alert(1)'),
        },
      },
    ];
    const { vendor } = source({ '/v1/archive/SystemEvents': json({ RowCount: 1, Rows: rows }) });
    const [event] = (await vendor.getEvents()).data.events;
    expect(event).to.deep.include({
      id: '7',
      key: 'NoLogin',
      name: 'No Login',
      status: 'pending',
      activated: '2026-11-23T18:05:00.000Z',
      finished: '2026-11-23T23:00:00.000Z',
      scope: 'database',
      activatedBy: { id: 'ADM', name: 'ADM', portraitUrl: 'javascript:alert(1)' },
    });
  });

  it('passes the ETag through: a 304 returns the same mapped events', async () => {
    const { vendor, fetch } = source({
      '/v1/archive/SystemEvents': [
        json(slimArchive(), { headers: { ETag: '"v1"' } }),
        new Response(null, { status: 304, headers: { ETag: '"v1"' } }),
      ],
    });
    const first = await vendor.getEvents();
    const second = await vendor.getEvents();
    expect(fetch.requests[1]!.headers.get('If-None-Match')).to.equal('"v1"');
    expect(second.notModified).to.equal(true);
    expect(second.data).to.equal(first.data);
  });

  it('leaves out, and names, a malformed archive row; the other rows show', async () => {
    const archive = {
      value: [{ PrimaryKey: 1, ColumnData: { eventname: { DisplayValue: 12 } } }, ...slimArchive().value, { eventname: 'No id' }],
    };
    const { data } = await source({ '/v1/archive/SystemEvents': json(archive) }).vendor.getEvents();
    expect(data.events.map((e) => e.id)).to.deep.equal(['42', '43']);
    expect(data.rejectedEvents?.map((r) => [r.index, r.label, r.field])).to.deep.equal([
      // Named by what it sent as its name (a number here), else by its key.
      [0, '12', 'ColumnData.eventname.DisplayValue'],
      [3, 'No id', 'SystemEvent_id'],
    ]);
  });
});

describe('<license-list source="superoffice">', () => {

  it('renders the licenses mapped from the vendor API', async () => {
    const stub = stubFetch({ '/v1/License': json(vendorLicenses()) });
    const el = await fixture<LicenseList>(
      html`<license-list lang="en" source="superoffice" endpoint=${ENDPOINT} .fetch=${stub}></license-list>`,
    );
    const shadow = el.shadowRoot as ShadowRoot;
    await until(() => !shadow.querySelector('[part=loading]'), 'loaded');
    expect(stub.requests[0]!.url).to.equal(`${ENDPOINT}/v1/License`);
    const text = visibleText(el);
    expect(text).to.contain('Nordlys Consulting AS').and.contain('1010000014');
    const groups = [...shadow.querySelectorAll('tr.group th')].map((th) => th.textContent?.trim());
    expect(groups).to.deep.equal([
      'System licenses',
      'User plans',
      'Site licenses',
      'User licenses (Windows, legacy)',
      'Other licenses',
    ]);
    const row = [...shadow.querySelectorAll('tbody tr.license')].find((tr) => tr.textContent?.includes('Sales Premium'));
    const cells = [...(row as HTMLTableRowElement).cells].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    // The license (with its description under the name), then in use, free and total.
    expect(cells.slice(1)).to.deep.equal(['23', '2', '25']);
    expect(text, 'hidden modules stay hidden').not.to.contain('stakeholder');
    expect(text).to.contain('3 more in use than licensed');
    await expect(el).to.be.accessible();
  });
});

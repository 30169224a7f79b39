/**
 * `source="superoffice"` against the vendor's own documentation: the samples its reference prints (copied
 * into test/fixtures/vendor/, each with the page it came from in sources.json) rendered as a person sees
 * them, and the requests the adapter makes checked against what the pages document.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/license-screen/define.js';
import type { LicenseScreen } from '../src/elements/license-screen/license-screen.js';
import type { LicenseList } from '../src/elements/license-list/license-list.js';
import type { SystemEventsTable } from '../src/elements/system-events-table/system-events-table.js';
import { VendorDataSource } from '../src/data/vendor/index.js';
import { deferred, json, readText, type StubFetch, stubFetch, until, visibleText } from './helpers.js';
import { counts, extendedLicense, extendedModule, licenseInfo, moduleLicense, vendorLicenses } from './vendor-builders.js';

const CRM = 'https://crm.example/Cust1234';
const API = `${CRM}/api`;
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const text = readText;
const noticeItems = (root: ParentNode) => [...root.querySelectorAll('[part=rejected-notice] li')].map((li) => text(li));

type Sources = Record<string, { repo: string; path: string; section: string }>;
let sources: Sources | undefined;

/** A sample from the vendor's documentation, exactly as copied; it must name the page it came from. */
async function sample<T = unknown>(name: string): Promise<T> {
  sources ??= (await (await fetch(new URL('./fixtures/vendor/sources.json', import.meta.url))).json()) as Sources;
  expect(sources[name], `${name} names its page in sources.json`).to.include({ repo: 'SuperOfficeDocs/superoffice-docs' });
  expect(sources[name]!.path).to.match(/^docs\/en\/api\//);
  return (await (await fetch(new URL(`./fixtures/vendor/${name}`, import.meta.url))).json()) as T;
}

async function screenOn(fetch: StubFetch) {
  const el = await fixture<LicenseScreen>(
    html`<license-screen lang="en" source="superoffice" endpoint=${CRM} .fetch=${fetch}></license-screen>`,
  );
  await until(() => !shadow(el).querySelector('[part=loading]'), 'licenses');
  return el;
}
const list = (el: LicenseScreen) => shadow(el).querySelector('license-list') as LicenseList;
const dialog = (el: LicenseScreen) => shadow(el).querySelector('dialog.activation') as HTMLDialogElement;
const confirm = (el: LicenseScreen) => dialog(el).querySelector('[part=confirm-button]') as HTMLButtonElement;

async function openActivation(el: LicenseScreen) {
  await until(() => !!shadow(el).querySelector('[part=activate-button]'), 'activate button');
  shadow(el).querySelector<HTMLButtonElement>('[part=activate-button]')!.click();
  await until(() => dialog(el).open && !dialog(el).querySelector('[part=loading]'), 'license server answer');
}

const sent = (fetch: StubFetch, path: string) => {
  const request = fetch.requests.find((r) => new URL(r.url).pathname === `/Cust1234/api${path}`);
  return request && (JSON.parse(String(request.body)) as unknown);
};

describe('the vendor documentation samples, rendered', () => {
  it('GET v1/License with "New": {}, "Current": {} modules: the owner shows, the unreadable module is named', async () => {
    const owners = await sample<unknown[]>('license-all-owners.generated-objects.json');
    const el = await screenOn(stubFetch({ '/Cust1234/api/v1/License': json(owners) }));
    const tabs = [...shadow(el).querySelectorAll('[role=tab]')].map((tab) => text(tab));
    expect(tabs).to.deep.equal(['Stand-alone hybrid frame', 'Status']);
    // The sample lists the same owner twice: the second is named, not shown as a second tab.
    expect(noticeItems(shadow(el))).to.deep.equal(['Stand-alone hybrid frame (Technical detail: id: repeats the id of entry 1)']);
    await until(() => visibleText(list(el)).includes('Owner information'), 'owner');
    const shown = visibleText(list(el));
    expect(shown).to.contain('Thompson, Hansen and Hoeger').and.contain('1010000006');
    expect(shown).to.contain('Some licenses could not be read and are not shown.');
    expect(noticeItems(shadow(list(el)))[0]).to.match(/^Entry 1 \(Technical detail: (New|Current)\.ModuleName: Invalid key/);
    await expect(el).to.be.accessible();
  });

  it('GET v1/License with "New": null, "Current": null owners: an empty screen that says why', async () => {
    for (const name of ['license-all-owners.generated-null.json', 'license-all-owners.samples.json']) {
      const owners = await sample<unknown[]>(name);
      const el = await screenOn(stubFetch({ '/Cust1234/api/v1/License': json(owners) }));
      expect(list(el), 'no owner tab').to.equal(null);
      expect(visibleText(el), name).to.contain('Some license owners could not be read and are not shown.');
      expect(noticeItems(shadow(el)), name).to.deep.equal([
        'Entry 1 (Technical detail: (row): holds neither a Current nor a New license)',
        'Entry 2 (Technical detail: (row): holds neither a Current nor a New license)',
      ]);
    }
  });

  it('a realistic documented ModuleLicense is a row with its GUI name, tooltip and counts', async () => {
    const module = await sample<Record<string, unknown>>('module-license.realistic.json');
    const owners = [extendedLicense(licenseInfo('SUPEROFFICE'), [extendedModule(module, counts(48, 2, 50))])];
    const el = await screenOn(stubFetch({ '/Cust1234/api/v1/License': json(owners) }));
    await until(() => !!shadow(list(el)).querySelector('[part=license-name]'), 'row');
    const row = shadow(list(el)).querySelector('[part=license-name]')!.closest('tr')!;
    // ModuleDescription is "shown in GUI"; ModuleName is the code's name.
    expect(text(row)).to.equal('Advanced sales management and forecasting Includes quote management, sales intelligence, and advanced reporting 48 2 50');
  });
});

describe('activation, as the vendor documents it', () => {
  /** The database's copy: Sales Premium with 23 of 25 in use, and nothing new in it (a new total of 0). */
  const databaseCopy = () => {
    const owners = vendorLicenses();
    const salesPremium = owners[1]!.ExtendedModuleLicenses[0] as Record<string, unknown>;
    Object.assign(salesPremium, { NumberOfLicensesNewTotal: 0, NumberOfLicensesAdded: 0, NumberOfLicensesNewFree: 0 });
    return owners;
  };
  /** What the license server holds: 30 Sales Premium instead of 25, signed. */
  const serverAnswer = (fields: Record<string, unknown> = {}, newTotal = 30) =>
    extendedLicense(
      licenseInfo('SuperOffice', { OwnerDescription: 'SuperOffice' }),
      [
        extendedModule(
          moduleLicense('ten-sales', { ModuleDescription: 'Sales Premium', LicenseType: 'UserLicense', ExtraFlags: 1 }),
          { ...counts(23, 2, 25), NumberOfLicensesNewTotal: newTotal, NumberOfLicensesAdded: newTotal - 25 },
          moduleLicense('ten-sales', { ModuleDescription: 'Sales Premium', LicenseType: 'UserLicense', ExtraFlags: 1, NumberOfLicenses: newTotal }),
        ),
        extendedModule(moduleLicense('satellite', { ModuleDescription: 'Satellite' }), counts(2, 3, 5)),
      ],
      { CanBeActivated: true, New: licenseInfo('SuperOffice', { ExpiryDate: '2028-06-30T00:00:00' }), ...fields },
    );

  it('the dialog shows what GetLicenseFromLicenseServer holds, only what changes; Activate sends that whole answer', async () => {
    const answer = serverAnswer();
    const fetch = stubFetch({
      '/Cust1234/api/v1/License': json(databaseCopy()),
      '/Cust1234/api/v1/Agents/License/GetLicenseFromLicenseServer': json(answer),
      '/Cust1234/api/v1/Agents/License/ActivateLicenseInfo': json(await sample('license-result.realistic.json')),
      // The owner as it stands after activation: 30 Sales Premium.
      '/Cust1234/api/v1/License/SUPEROFFICE': json(
        extendedLicense(licenseInfo('SuperOffice', { OwnerDescription: 'SuperOffice' }), [
          extendedModule(moduleLicense('ten-sales', { ModuleDescription: 'Sales Premium', ExtraFlags: 1 }), counts(23, 7, 30)),
        ]),
      ),
    });
    const el = await screenOn(fetch);
    await openActivation(el);
    expect(sent(fetch, '/v1/Agents/License/GetLicenseFromLicenseServer')).to.deep.equal({ OwnerName: 'SUPEROFFICE' });
    const rows = [...dialog(el).querySelectorAll('[part=changes] tbody tr')].map((row) => text(row));
    expect(rows).to.deep.equal(['Sales Premium 23 25 30']);
    expect(confirm(el).getAttribute('aria-disabled')).to.equal('false');
    confirm(el).click();
    await until(() => !dialog(el).open, 'activated');
    // The documented body: { NewLicense: ExtendedLicenseInfo }, that answer untouched (it is signed) ...
    expect(sent(fetch, '/v1/Agents/License/ActivateLicenseInfo')).to.deep.equal({ NewLicense: answer });
    // ... with every member the vendor's SOAP sample of the same request shows.
    const soap = await sample<{ NewLicense: Record<string, unknown> }>('activate-request.soap-converted.json');
    const body = sent(fetch, '/v1/Agents/License/ActivateLicenseInfo') as { NewLicense: Record<string, unknown> };
    expect(Object.keys(body.NewLicense)).to.have.members(Object.keys(soap.NewLicense));
    expect(text(shadow(el).querySelector('[part=message]'))).to.contain('New license activated').and.contain('Sales Premium (30)');
    // Every request asked for JSON, the writes too.
    expect(fetch.requests.map((r) => r.headers.get('Accept'))).to.deep.equal(fetch.requests.map(() => 'application/json'));
  });

  it('a database copy with no new license shows no pending change anywhere', async () => {
    const nothingNew = await sample('license-server.samples.json');
    const fetch = stubFetch({
      '/Cust1234/api/v1/License': json(databaseCopy()),
      '/Cust1234/api/v1/Agents/License/GetLicenseFromLicenseServer': json(nothingNew),
    });
    const el = await screenOn(fetch);
    await openActivation(el);
    expect(dialog(el).querySelector('[part=changes]'), 'no "new total 0"').to.equal(null);
    expect(text(dialog(el))).to.contain('The license server holds no license that can be activated.')
      .and.contain('No license changes are waiting on the license server.');
    expect(confirm(el).getAttribute('aria-disabled')).to.equal('true');
    dialog(el).querySelector<HTMLButtonElement>('[part=cancel-button]')!.click();
    // The detail of the same license: no "waiting on the license server" from the database's copy.
    const name = [...shadow(list(el)).querySelectorAll<HTMLButtonElement>('[part=license-name]')].find((b) => text(b) === 'Sales Premium')!;
    name.click();
    const detail = () => shadow(el).querySelector('license-detail');
    await until(() => !!detail()?.shadowRoot?.querySelector('[part=detail]'), 'detail');
    expect(detail()!.shadowRoot!.querySelector('[part=pending]')).to.equal(null);
    // The detail came from the list the screen read: GET v1/License went out once.
    expect(fetch.requests.filter((r) => new URL(r.url).pathname.endsWith('/v1/License'))).to.have.length(1);
  });

  it("a refusing answer shows the server's reason, the licenses concerned in red, and Activate disabled", async () => {
    const fetch = stubFetch({
      '/Cust1234/api/v1/License': json(databaseCopy()),
      '/Cust1234/api/v1/Agents/License/GetLicenseFromLicenseServer': json(
        serverAnswer({ CanBeActivated: false, Reason: 'The new license has fewer Sales Premium users than are assigned' }, 20),
      ),
    });
    const el = await screenOn(fetch);
    await openActivation(el);
    const verdict = dialog(el).querySelector('[part=verdict]');
    expect(text(verdict)).to.equal('⚠ The new license has fewer Sales Premium users than are assigned');
    expect(verdict?.getAttribute('role')).to.equal('alert');
    const row = dialog(el).querySelector('[part=changes] tbody tr')!;
    expect(row.className).to.equal('blocked');
    expect(text(row)).to.contain('Sales Premium').and.contain('New total 20 is below the 23 in use.');
    expect(confirm(el).getAttribute('aria-disabled')).to.equal('true');
    expect(fetch.requests.some((r) => r.url.includes('ActivateLicenseInfo')), 'nothing sent').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the generated GetLicenseFromLicenseServer sample (CanBeActivated false, no reason): refused, its module named', async () => {
    const fetch = stubFetch({
      '/Cust1234/api/v1/License': json(databaseCopy()),
      '/Cust1234/api/v1/Agents/License/GetLicenseFromLicenseServer': json(await sample('license-server.generated-objects.json')),
    });
    const el = await screenOn(fetch);
    await openActivation(el);
    // The sample holds a New license but a module nobody can read: it is not activated from here.
    expect(text(dialog(el).querySelector('[part=verdict]'))).to.equal(
      '⚠ Some licenses in the license server’s answer could not be read, so it is not activated from here.',
    );
    expect(noticeItems(dialog(el))[0]).to.match(/^Entry 1 \(Technical detail: (New|Current)\.ModuleName/);
    expect(confirm(el).getAttribute('aria-disabled')).to.equal('true');
  });
});

describe('activation: the edges', () => {
  const plan = (fields: Record<string, unknown> = {}) =>
    moduleLicense('ten-sales', { ModuleDescription: 'Sales Premium', LicenseType: 'UserLicense', ...fields });
  const offerWith = (modules: object[], fields: Record<string, unknown> = {}) =>
    extendedLicense(licenseInfo('SUPEROFFICE'), modules, { CanBeActivated: true, New: licenseInfo('SUPEROFFICE'), ...fields });
  const owner = async () => (await new VendorDataSource(CRM, { fetch: stubFetch({ '/Cust1234/api/v1/License': json(vendorLicenses()) }) }).getLicenses()).owners[0]!;

  it('unlimited today but counted in the new license: judged by the new count, shown as it will be', async () => {
    const answer = offerWith([
      extendedModule(plan({ Unrestricted: true }), { ...counts(20, 0, 0), NumberOfLicensesNewTotal: 5 }, plan({ Unrestricted: false, NumberOfLicenses: 5 })),
    ]);
    const source = new VendorDataSource(CRM, { fetch: stubFetch({ '/Cust1234/api/v1/Agents/License/GetLicenseFromLicenseServer': json(answer) }) });
    const [change] = (await source.checkActivation(await owner())).changes;
    expect(change).to.include({ newTotal: 5, unrestricted: false, blocked: true });
  });

  it('an answer with an unreadable module is not activated: nothing nobody saw is applied', async () => {
    const answer = offerWith([extendedModule(plan(), { ...counts(1, 1, 2), NumberOfLicensesNewTotal: 3 }), extendedModule({ ModuleName: null })]);
    const fetch = stubFetch({ '/Cust1234/api/v1/Agents/License/GetLicenseFromLicenseServer': json(answer) });
    const source = new VendorDataSource(CRM, { fetch });
    const check = await source.checkActivation(await owner());
    expect(check.canActivate).to.equal(false);
    expect(check.rejected).to.have.length(1);
    const error = await source.activate('SUPEROFFICE').catch((e: Error) => e);
    expect(error).to.include({ kind: 'conflict' });
    expect(fetch.requests.some((r) => r.url.includes('ActivateLicenseInfo'))).to.equal(false);
  });

  it('hidden modules are left out of the changes, as the vendor screen leaves them out', async () => {
    const answer = offerWith([extendedModule(plan({ IsHidden: true }), { ...counts(9, 0, 9), NumberOfLicensesNewTotal: 1 })]);
    const source = new VendorDataSource(CRM, { fetch: stubFetch({ '/Cust1234/api/v1/Agents/License/GetLicenseFromLicenseServer': json(answer) }) });
    const check = await source.checkActivation(await owner());
    expect(check.changes).to.deep.equal([]);
    expect(check.canActivate).to.equal(true);
  });

  it('after a failed activation the dialog asks the server again, and a second click sends that newer answer', async () => {
    const first = offerWith([extendedModule(plan(), { ...counts(1, 1, 2), NumberOfLicensesNewTotal: 3 })], { Reason: 'first' });
    const second = offerWith([extendedModule(plan(), { ...counts(1, 1, 2), NumberOfLicensesNewTotal: 4 })], { Reason: 'second' });
    const fetch = stubFetch({
      '/Cust1234/api/v1/License': json(vendorLicenses()),
      '/Cust1234/api/v1/Agents/License/GetLicenseFromLicenseServer': [json(first), json(second)],
      '/Cust1234/api/v1/Agents/License/ActivateLicenseInfo': [json({ Succeeded: false, Reason: 'Signature mismatch' }), json({ Succeeded: true })],
      '/Cust1234/api/v1/License/SUPEROFFICE': json(extendedLicense(licenseInfo('SUPEROFFICE'), [])),
    });
    const el = await screenOn(fetch);
    await openActivation(el);
    confirm(el).click();
    await until(() => text(dialog(el).querySelector('[part=verdict]')) === 'second', 'checked again');
    expect(text(dialog(el))).to.contain('Signature mismatch');
    expect([...dialog(el).querySelectorAll('[part=changes] tbody tr')].map((row) => text(row))).to.deep.equal(['Sales Premium 1 2 4']);
    confirm(el).click();
    await until(() => !dialog(el).open, 'activated');
    const bodies = fetch.requests.filter((r) => r.url.includes('ActivateLicenseInfo')).map((r) => JSON.parse(String(r.body)));
    expect(bodies).to.deep.equal([{ NewLicense: first }, { NewLicense: second }]);
  });

  it('a time zone the browser does not know falls back to its own, with a warning, instead of failing every load', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const source = new VendorDataSource(CRM, { fetch: stubFetch({ '/Cust1234/api/v1/License': json(vendorLicenses()) }), timeZone: 'Europe/Olso' });
      expect((await source.getLicenses()).owners).to.have.length(2);
    } finally {
      console.warn = warn;
    }
    expect(String(warnings[0])).to.contain('Europe/Olso');
  });
});

describe('requests as the vendor API expects them', () => {
  it('the endpoint works with or without /api (and /api/v1), and every request asks for JSON', async () => {
    for (const endpoint of [CRM, `${CRM}/`, API, `${API}/`, `${API}/v1`]) {
      const fetch = stubFetch({ '/Cust1234/api/v1/License': json(vendorLicenses()) });
      const source = new VendorDataSource(endpoint, { fetch });
      expect(source.endpoint, endpoint).to.equal(API);
      await source.getLicenses();
      expect(fetch.requests[0]!.url, endpoint).to.equal(`${API}/v1/License`);
      expect(fetch.requests[0]!.headers.get('Accept')).to.equal('application/json');
    }
  });

  it('sends the X-XSRF-TOKEN for cookie sign-in, read anew for every request', async () => {
    let token = 'first';
    const fetch = stubFetch({
      '/Cust1234/api/v1/License': json(vendorLicenses()),
      '/Cust1234/api/v1/Agents/License/AddLicenseFromFile': json(vendorLicenses()[1]),
    });
    const source = new VendorDataSource(CRM, { fetch, credentials: 'include', xsrfToken: () => token });
    await source.getLicenses();
    token = 'renewed';
    await source.uploadLicenseFile(new Blob(['<License/>']));
    expect(fetch.requests.map((r) => r.headers.get('X-XSRF-TOKEN'))).to.deep.equal(['first', 'renewed']);
    expect(fetch.requests[1]!.headers.get('Accept')).to.equal('application/json');
    const plain = stubFetch({ '/Cust1234/api/v1/License': json(vendorLicenses()) });
    await new VendorDataSource(CRM, { fetch: plain, xsrfToken: 'fixed' }).getLicenses();
    expect(plain.requests[0]!.headers.get('X-XSRF-TOKEN')).to.equal('fixed');
  });

  it('one malformed module among 20 leaves 19 rows and a notice naming it', async () => {
    const modules = Array.from({ length: 20 }, (_, i) =>
      extendedModule(moduleLicense(`MODULE${i}`, { ModuleDescription: `Module ${i}` }), counts(1, 1, 2)),
    );
    (modules[12]!.Current as Record<string, unknown>).NumberOfLicenses = 'two';
    const el = await screenOn(stubFetch({ '/Cust1234/api/v1/License': json([extendedLicense(licenseInfo('SUPEROFFICE'), modules)]) }));
    await until(() => !!shadow(list(el)).querySelector('[part=license-name]'), 'rows');
    expect(shadow(list(el)).querySelectorAll('[part=license-name]')).to.have.length(19);
    expect(noticeItems(shadow(list(el)))).to.deep.equal([
      'Module 12 (Technical detail: Current.NumberOfLicenses: Invalid type: Expected number but received "two")',
    ]);
  });

  it('a user plan (ExtraFlags 1) lists the modules of its ExtraInfo in the detail', async () => {
    const plan = moduleLicense('ten-sales', { ModuleDescription: 'Sales Premium', ExtraFlags: 1, ExtraInfo: 'web,sale, diary' });
    const web = moduleLicense('web', { ModuleDescription: 'Web client' });
    const owners = [extendedLicense(licenseInfo('SUPEROFFICE'), [extendedModule(plan, counts(1, 1, 2)), extendedModule(web)])];
    const el = await screenOn(stubFetch({ '/Cust1234/api/v1/License': json(owners) }));
    await until(() => !!shadow(list(el)).querySelector('[part=license-name]'), 'rows');
    const groups = [...shadow(list(el)).querySelectorAll('[part=group-header]')].map((header) => text(header));
    expect(groups[0]).to.equal('User plans');
    shadow(list(el)).querySelector<HTMLButtonElement>('[part=license-name]')!.click();
    const detail = () => shadow(el).querySelector('license-detail')?.shadowRoot;
    await until(() => !!detail()?.querySelector('[part=includes]'), 'plan modules');
    // Names where the screen knows the module, else as the vendor gives them.
    expect([...detail()!.querySelectorAll('[part=includes] li')].map((li) => text(li))).to.deep.equal(['Web client', 'sale', 'diary']);
  });
});

describe('system events: every page of the archive', () => {
  const row = (id: number, fields: Record<string, unknown> = {}) => ({
    PrimaryKey: id,
    EntityName: 'systemevent',
    eventkey: 'FreetextRebuild',
    eventname: `Event ${id}`,
    status: 'Finished',
    eventmess: '',
    registered: '2026-11-23T08:00:00',
    eta: '2026-11-23T10:00:00',
    scope: 2,
    type: 'Free-text search',
    ...fields,
  });
  const page = (from: number, count: number, nextLink?: string) => ({
    'odata.metadata': `${API}/v1/archive$metadata`,
    ...(nextLink === undefined ? {} : { 'odata.nextLink': nextLink }),
    value: Array.from({ length: count }, (_, i) => row(from + i)),
  });

  /** Answers archive pages by `$skip` (or by the page named in a next link); records every URL. */
  function archive(pages: Map<string, () => Response | Promise<Response>>) {
    const fetch = (async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      fetch.urls.push(url);
      const key = url.searchParams.get('page') ?? url.searchParams.get('$skip') ?? '0';
      return (pages.get(key) ?? (() => json(page(0, 0))))();
    }) as typeof globalThis.fetch & { urls: URL[] };
    fetch.urls = [];
    return fetch;
  }

  const table = async (fetch: typeof globalThis.fetch, lang = 'en') => {
    const el = await fixture<SystemEventsTable>(
      html`<system-events-table lang=${lang} source="superoffice" endpoint=${CRM} .fetch=${fetch}></system-events-table>`,
    );
    return el;
  };
  const shownRows = (el: Element) => shadow(el).querySelectorAll('tbody tr[aria-rowindex]').length;
  const count = (el: Element) => text(shadow(el).querySelector('.count'));

  it('follows odata.nextLink through 3 pages and shows all rows', async () => {
    const fetch = archive(
      new Map([
        ['0', () => json(page(1, 3, `${API}/v1/archive/SystemEvents?page=2`))],
        ['2', () => json(page(4, 3, `${API}/v1/archive/SystemEvents?page=3`))],
        ['3', () => json(page(7, 3))],
      ]),
    );
    const el = await table(fetch);
    await until(() => count(el) === 'Showing 9 of 9', 'all pages');
    expect(shownRows(el)).to.equal(9);
    expect(fetch.urls.map((url) => url.searchParams.get('page'))).to.deep.equal([null, '2', '3']);
    expect(fetch.urls[0]!.searchParams.get('$top')).to.equal('1000');
  });

  it('pages with $skip when the next link is not this archive (the docs print "sit"), showing rows as they arrive', async () => {
    const third = deferred();
    const fetch = archive(
      new Map<string, () => Response | Promise<Response>>([
        ['0', () => json(page(1, 1000, 'sit'))],
        ['1000', () => json(page(1001, 1000, 'ipsum'))],
        ['2000', third.reply],
      ]),
    );
    const el = await table(fetch);
    await until(() => count(el).startsWith('Showing 2,000 of 2,000'), 'first two pages shown before the last');
    expect(text(shadow(el).querySelector('.count'))).to.contain('Loading more events…');
    third.resolve(json(page(2001, 10)));
    await until(() => count(el) === 'Showing 2,010 of 2,010', 'all rows');
    expect(fetch.urls.map((url) => url.searchParams.get('$skip'))).to.deep.equal([null, '1000', '2000']);
    expect(fetch.urls.every((url) => url.pathname === '/Cust1234/api/v1/archive/SystemEvents'), 'never "sit"').to.equal(true);
  });

  it('a poll cut off after page 1 changed is not "unchanged" later: the next poll shows the new rows', async () => {
    const etagged = (body: unknown, etag: string) => json(body, { headers: { ETag: etag } });
    const notModified = () => new Response(null, { status: 304 });
    let version = 1;
    let failSecond = false;
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input));
      const second = url.searchParams.get('page') === '2';
      // Only page 1 changes; page 2 stays as it was (and answers 304 once it has been read).
      const etag = second ? '"p2"' : `"v${version}"`;
      if (second && failSecond) return new Response('down', { status: 503 });
      if (new Headers(init?.headers).get('If-None-Match') === etag) return notModified();
      const from = second ? 100 : version * 10;
      return etagged(page(from, 2, second ? undefined : `${API}/v1/archive/SystemEvents?page=2`), etag).clone();
    }) as typeof globalThis.fetch;
    const source = new VendorDataSource(CRM, { fetch });
    const first = await source.getEvents();
    version = 2;
    failSecond = true;
    await source.getEvents().catch(() => undefined);
    failSecond = false;
    version = 2;
    const third = await source.getEvents();
    expect(third.notModified).to.equal(false);
    expect(third.data).to.not.equal(first.data);
    const fourth = await source.getEvents();
    expect(fourth.notModified, 'now every page is as last read').to.equal(true);
    expect(fourth.data).to.equal(third.data);
  });

  it('stops when a server ignores $skip and answers the same rows again', async () => {
    const fetch = archive(new Map([['0', () => json(page(1, 1000))], ['1000', () => json(page(1, 1000))]]));
    const el = await table(fetch);
    await until(() => count(el) === 'Showing 1,000 of 1,000', 'one page');
    expect(fetch.urls).to.have.length(2);
  });

  it('the documented OData sample (a person archive, nextLink "sit") is read as one page', async () => {
    const fetch = archive(new Map([['0', async () => json(await sample('archive-odata.json'))]]));
    const source = new VendorDataSource(CRM, { fetch });
    const { data } = await source.getEvents();
    expect(data.events.map((event) => event.id)).to.deep.equal(['5329', '1840']);
    expect(fetch.urls).to.have.length(1);
  });

  it("shows the archive's type in the Type column, the scope beside it, and dates in their documented zones", async () => {
    const fetch = archive(new Map([['0', () => json(page(1, 1))]]));
    const el = await fixture<SystemEventsTable>(
      html`<system-events-table lang="en" source="superoffice" endpoint=${CRM} .fetch=${fetch} selected="1"></system-events-table>`,
    );
    await until(() => shownRows(el) === 1, 'row');
    const cells = [...shadow(el).querySelectorAll('tbody tr[aria-rowindex] td')].map((cell) => text(cell));
    expect(cells[6]).to.equal('Free-text search');
    const pane = shadow(el).querySelector('[part=description]') as Element;
    const facts = Object.fromEntries([...pane.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts).to.include({ Type: 'Free-text search', 'Applies to': 'Database' });
    // registered is UTC in the database; the data source reads eta in the CRM's base time zone.
    const oslo = new VendorDataSource(CRM, { fetch: archive(new Map([['0', () => json(page(1, 1))]])), timeZone: 'Europe/Oslo' });
    const [event] = (await oslo.getEvents()).data.events;
    expect(event).to.include({ activated: '2026-11-23T08:00:00.000Z', finished: '2026-11-23T09:00:00.000Z' });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LicenseScreen } from '../src/elements/license-screen/license-screen.js';
import type { LicenseDataSource } from '../src/data/data-source.js';
import type { LicensesResponse } from '../src/data/schema.js';
import { json, normalLicenses, problem, readText, stubFetch, until, visibleText } from './helpers.js';
import { licenses as demoLicenses } from '../demo/endpoint/fixtures.js';
import {
  changeRows, chooseFile, confirm, deepActive, dialog, ENDPOINT, list, openActivation, part, renderScreen, rowText, shadow,
  unavailable, vendorRoutes,
} from './license-screen-fixtures.js';

describe('license actions', () => {
  it('links to the owner’s shop only for a web address, and offers activation only when allowed', async () => {
    const fetch = stubFetch({ '/licenses': json(demoLicenses('third-party')) });
    const el = await fixture<LicenseScreen>(
      html`<license-screen lang="en" endpoint=${ENDPOINT} .fetch=${fetch}></license-screen>`,
    );
    await until(() => !!part(el, 'purchase-link'), 'actions');
    const link = part<HTMLAnchorElement>(el, 'purchase-link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://shop.example/buy');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(link.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Purchase new licenses (opens in a new window)');
    expect(part(el, 'activate-button')?.textContent?.trim()).to.equal('Activate new license');
    expect(part(el, 'file-button')?.textContent?.trim()).to.equal('Load license from file');
    el.tab = 'ACME';
    await el.updateComplete;
    expect(part(el, 'purchase-link')).to.equal(null);
    expect(part(el, 'activate-button')).to.equal(null);
    await expect(el).to.be.accessible();

    // A data source of the host's own may pass anything: only http(s) becomes a link.
    const data = normalLicenses() as LicensesResponse;
    data.owners[0]!.shopUrl = 'javascript:alert(1)';
    const source = { endpoint: 'custom', getLicenses: async () => data } as unknown as LicenseDataSource;
    const custom = await fixture<LicenseScreen>(html`<license-screen lang="en" .dataSource=${source}></license-screen>`);
    await until(() => !!part(custom, 'actions'), 'custom actions');
    expect(part(custom, 'purchase-link')).to.equal(null);
  });

  it('opens nothing, and throws nothing, when the screen is removed right after Activate was clicked', async () => {
    const { el } = await renderScreen(vendorRoutes());
    const failures: unknown[] = [];
    const failed = (event: PromiseRejectionEvent) => failures.push(event.reason);
    window.addEventListener('unhandledrejection', failed);
    try {
      const parent = el.parentElement!;
      (part<HTMLButtonElement>(el, 'activate-button') as HTMLButtonElement).click();
      el.remove();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(failures).to.deep.equal([]);
      parent.append(el);
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLDialogElement>('dialog.activation')?.open ?? false).to.equal(false);
    } finally {
      window.removeEventListener('unhandledrejection', failed);
    }
  });

  it('activates: lists only the changed licenses with old and new totals, then says what changed', async () => {
    const activated = normalLicenses().owners[0]!;
    activated.modules = activated.modules.map((m) => (m.id === 'ten-sales' ? { ...m, total: 30, free: 7 } : m));
    const { el, fetch } = await renderScreen({
      ...vendorRoutes(),
      '/licenses/SUPEROFFICE/activate': json({ owner: activated, changed: ['ten-sales'] }),
    });
    const invoker = await openActivation(el);
    expect(dialog(el).contains(deepActive())).to.equal(true);
    expect(dialog(el).querySelector('h2')?.textContent).to.equal('Activate new license');
    expect(changeRows(el)).to.deep.equal([['Sales-Premium', '23', '25', '30']]);
    expect(unavailable(confirm(el))).to.equal(false);
    await expect(el).to.be.accessible();

    confirm(el).click();
    await until(() => !dialog(el).open, 'dialog closed');
    const post = fetch.requests.find((r) => r.method === 'POST');
    expect(post?.url).to.equal(`${ENDPOINT}/licenses/SUPEROFFICE/activate`);
    // Focus goes to what changed, not back to the button (see license-screen-design.test.ts).
    expect(deepActive() === part(el, 'message'), 'focus on the outcome').to.equal(true);
    expect(invoker.isConnected).to.equal(true);
    await el.updateComplete;
    expect(visibleText(part(el, 'message') as HTMLElement)).to.equal('New license activated Changed: Sales-Premium (30).');
    await until(() => rowText(el, 'Sales-Premium')?.endsWith('30') ?? false, 'list updated');
    expect(fetch.requests.filter((r) => r.url.endsWith('/licenses'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('blocks activation up front, naming the license in red and in words, when a new total is below the number in use', async () => {
    const { el, fetch } = await renderScreen(vendorRoutes({ 'ten-sales': { newTotal: 20, added: -5 }, pocket: { newTotal: 12, added: 2 } }));
    await openActivation(el);
    expect(changeRows(el)).to.deep.equal([
      ['Sales-Premium ⚠ New total 20 is below the 23 in use.', '23', '25', '20'],
      ['Pocket CRM', '4', '10', '12'],
    ]);
    const blocked = dialog(el).querySelector('tr.blocked th') as HTMLElement;
    const danger = getComputedStyle(blocked.querySelector('.problem') as Element).color;
    expect(getComputedStyle(blocked).color).to.equal(danger);
    expect(getComputedStyle(dialog(el).querySelector('td') as Element).color).not.to.equal(danger);
    // Not colour alone: the name is described by its reason.
    const name = blocked.querySelector('.name') as HTMLElement;
    const described = shadow(el).getElementById(name.getAttribute('aria-describedby') ?? '');
    expect(readText(described)).to.equal('⚠ New total 20 is below the 23 in use.');
    // Activate is unavailable before anyone clicks, and says why, next to it and from it.
    expect(unavailable(confirm(el))).to.equal(true);
    const reason = shadow(el).getElementById(confirm(el).getAttribute('aria-describedby') ?? '');
    expect(readText(reason)).to.equal('⚠ Activate is not available: the new total of Sales-Premium is below the number in use.');
    confirm(el).click();
    await el.updateComplete;
    expect(fetch.requests.some((r) => r.method === 'POST')).to.equal(false);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el).open, 'closed');
    expect(fetch.requests.some((r) => r.method === 'POST')).to.equal(false);
  });

  it('says when nothing is waiting on the license server', async () => {
    const { el } = await renderScreen(vendorRoutes({ 'ten-sales': null }));
    await openActivation(el);
    expect(visibleText(dialog(el))).to.contain('No license changes are waiting on the license server.');
    await expect(el).to.be.accessible();
  });

  it('reports a server error and lets the person try again or cancel', async () => {
    const { el } = await renderScreen({
      ...vendorRoutes(),
      '/licenses/SUPEROFFICE/activate': problem(500, 'The license server is down.'),
    });
    const invoker = await openActivation(el);
    confirm(el).click();
    await until(() => !!dialog(el).querySelector('[role=alert]'), 'error shown');
    expect(visibleText(dialog(el).querySelector('[role=alert]') as HTMLElement)).to.contain(
      'The license service has a problem',
    );
    expect(unavailable(confirm(el))).to.equal(false);
    expect(part(el, 'message')?.textContent?.trim()).to.equal('');
    await expect(el).to.be.accessible();
    (dialog(el).querySelector('[part=cancel-button]') as HTMLButtonElement).click();
    await until(() => !dialog(el).open, 'closed');
    expect(deepActive()).to.equal(invoker);
  });

  it('loads a license file: posts the raw file as it is', async () => {
    const { el, fetch } = await renderScreen({
      ...vendorRoutes(),
      '/licenses/file': json({ owner: normalLicenses().owners[0], changed: [] }),
    });
    chooseFile(el, 'LICENSE v1');
    await until(() => visibleText(part(el, 'message') as HTMLElement).includes('License file loaded'), 'loaded');
    const post = fetch.requests.find((r) => r.method === 'POST');
    expect(post?.url).to.equal(`${ENDPOINT}/licenses/file`);
    expect(post?.headers.get('Content-Type')).to.equal('application/octet-stream');
    expect(await (post?.body as Blob).text()).to.equal('LICENSE v1');
    await expect(el).to.be.accessible();
  });

  it('leaves the licenses untouched and says why when a file is refused', async () => {
    // A scenario of its own (served as the normal one): the demo keeps what a loaded file changes.
    const el = await fixture<LicenseScreen>(html`<license-screen lang="en" endpoint="/demo-api/test-file-refused"></license-screen>`);
    await until(() => !!list(el) && rowText(el, 'Sales-Premium') !== undefined, 'licenses shown');
    const before = visibleText(list(el));
    chooseFile(el, 'not what the vendor sends');
    await until(() => !!shadow(el).querySelector('[part=error]'), 'refusal shown');
    const alert = shadow(el).querySelector('[part=error]') as HTMLElement;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.querySelector('strong')?.textContent).to.equal('The license file was refused');
    expect(alert.querySelector('p')?.textContent).to.equal('The file is not a license file from the vendor.');
    expect(visibleText(list(el))).to.equal(before);
    await expect(el).to.be.accessible();
    // The next file's outcome replaces the refusal.
    chooseFile(el, 'LICENSE');
    await until(() => visibleText(part(el, 'message') as HTMLElement).includes('License file loaded'), 'loaded');
    expect(shadow(el).querySelector('[part=error]')).to.equal(null);
  });
});

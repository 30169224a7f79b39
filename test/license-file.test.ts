/**
 * Load license from file: the element compares the answer with what it shows. A file that changes nothing
 * says so and leaves the screen as it is; one that changes totals shows them and names what changed,
 * whatever the server's own `changed` list claims.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LicenseScreen } from '../src/elements/license-screen/license-screen.js';
import { json, normalLicenses, until, visibleText } from './helpers.js';
import { chooseFile, list, openActivation, confirm, dialog, part, renderScreen, rowText, vendorRoutes } from './license-screen-fixtures.js';

const message = (el: LicenseScreen) => visibleText(part(el, 'message') as HTMLElement);
const loaded = (el: LicenseScreen) => until(() => message(el).startsWith('License file loaded'), 'file loaded');

describe('load license from file', () => {
  it('a file that changes nothing says so and leaves the screen as it is', async () => {
    // The server even claims a change: the totals it sends are the ones shown, so nothing changes.
    const same = normalLicenses().owners[0]!;
    same.modules = same.modules.map((m) => (m.id === 'ten-sales' ? { ...m, inUse: 24, free: 1 } : m));
    const { el } = await renderScreen({ ...vendorRoutes(), '/licenses/file': json({ owner: same, changed: ['ten-sales'] }) });
    const before = visibleText(list(el));
    chooseFile(el, 'LICENSE');
    await loaded(el);
    expect(message(el)).to.equal('License file loaded The license file changes nothing.');
    expect(visibleText(list(el))).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('a file that changes the serial number or a hidden license is applied, not called a file that changes nothing', async () => {
    const renewed = normalLicenses().owners[0]!;
    renewed.serialNumber = '2020000099';
    const { el } = await renderScreen({ ...vendorRoutes(), '/licenses/file': json({ owner: renewed, changed: [] }) });
    chooseFile(el, 'LICENSE');
    await loaded(el);
    expect(message(el)).to.not.contain('changes nothing');
    await until(() => visibleText(list(el)).includes('2020000099'), 'the new serial number shown');
  });

  it('a file that changes totals shows the new totals and names what changed', async () => {
    const changed = normalLicenses().owners[0]!;
    changed.modules = changed.modules.map((m) => (m.id === 'ten-sales' ? { ...m, total: 30, free: 7, pending: null } : m));
    // The server's list says nothing changed: the comparison with the screen is what is told.
    const { el } = await renderScreen({ ...vendorRoutes(), '/licenses/file': json({ owner: changed, changed: [] }) });
    expect(rowText(el, 'Sales-Premium')).to.match(/25$/);
    chooseFile(el, 'LICENSE');
    await loaded(el);
    expect(message(el)).to.equal('License file loaded Changed: Sales-Premium (30).');
    await until(() => rowText(el, 'Sales-Premium')?.endsWith('30') ?? false, 'new total shown');
    await expect(el).to.be.accessible();
  });

  it('on the demo endpoint, a file after an activation changes nothing and keeps the activated totals', async () => {
    // A scenario name of its own (served as the normal one): the demo keeps what activations change.
    const endpoint = `/demo-api/test-file-after-activation-${Math.random().toString(36).slice(2)}`;
    const el = await fixture<LicenseScreen>(html`<license-screen lang="en" endpoint=${endpoint}></license-screen>`);
    await until(() => !!list(el) && rowText(el, 'Sales-Premium') !== undefined, 'licenses shown');
    expect(rowText(el, 'Sales-Premium')).to.match(/25$/);
    await openActivation(el);
    confirm(el).click();
    await until(() => !dialog(el).open, 'activated');
    await until(() => rowText(el, 'Sales-Premium')?.endsWith('30') ?? false, 'activated total shown');
    chooseFile(el, 'LICENSE');
    await loaded(el);
    expect(message(el)).to.equal('License file loaded The license file changes nothing.');
    expect(rowText(el, 'Sales-Premium')).to.match(/30$/);
    // Read again, the endpoint answers the activated totals too.
    await el.refresh();
    await until(() => !!list(el) && rowText(el, 'Sales-Premium') !== undefined, 'licenses read again');
    expect(rowText(el, 'Sales-Premium')).to.match(/30$/);
  });
});

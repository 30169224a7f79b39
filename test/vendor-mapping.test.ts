import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import {
  isVendorDate,
  pendingChange,
  toEventsPage,
  VendorArchiveSchema,
  toLicenseModule,
  toSystemEvent,
  vendorDate,
} from '../src/data/vendor/index.js';

const module = (ModuleName: string, fields: Record<string, unknown> = {}) =>
  toLicenseModule({ Current: { ModuleName, ...fields }, NumberOfLicensesTotal: 1 })!;

describe('vendor mapping', () => {
  it('reads vendor dates, and "never" in all its spellings', () => {
    expect(vendorDate('2027-06-30T09:40:59.9300647+02:00')).to.equal('2027-06-30T09:40:59.930+02:00');
    expect(vendorDate('2027-06-30')).to.equal('2027-06-30');
    expect(vendorDate(1_800_000_000)).to.equal('2027-01-15T08:00:00.000Z');
    for (const never of ['0001-01-01T00:00:00', '0001-01-01T00:00:00+01:00', '0', 0, '', null, undefined]) {
      expect(vendorDate(never), String(never)).to.equal(null);
    }
  });

  it('reads only dates that exist: no day is made up from what Date.parse would guess', () => {
    expect(vendorDate('2028-02-29T12:00:00', { timeZone: 'UTC' })).to.equal('2028-02-29T12:00:00.000Z');
    expect(vendorDate('2026-11-23t09:30:00+0200')).to.equal('2026-11-23T09:30:00+02:00');
    for (const bad of ['2026-02-30T00:00:00', '2026-02-29', '2026-11-23T24:00:00', 'x 2026', '2026-02-30T00:00:00Z', 'Nov 23 2026']) {
      expect(isVendorDate(bad), bad).to.equal(false);
      expect(vendorDate(bad), bad).to.equal(null);
    }
    // Unix seconds beyond what a date holds are no date (they used to throw a RangeError).
    for (const bad of [Infinity, NaN, 1e13]) {
      expect(isVendorDate(bad), String(bad)).to.equal(false);
      expect(vendorDate(bad), String(bad)).to.equal(null);
    }
    const archive = v.parse(VendorArchiveSchema, {
      value: [
        { PrimaryKey: 1, eventname: 'Good', registered: '2026-11-23T08:00:00' },
        { PrimaryKey: 2, eventname: 'Impossible', registered: '2026-11-23T08:00:00', eta: '2026-02-30T00:00:00' },
        { PrimaryKey: 3, eventname: 'Encoded', registered: '[DT:02/30/2026 08:00:00]' },
      ],
    });
    const page = toEventsPage(archive, { timeZone: 'UTC' });
    expect(page.events.map((event) => event.name)).to.deep.equal(['Good']);
    expect(page.rejectedEvents.map(({ label, field }) => [label, field])).to.deep.equal([['Impossible', 'eta'], ['Encoded', 'registered']]);
  });

  it('groups by the user-plan flag first, then by known names in any spelling', () => {
    expect(module('custom-plan', { ExtraFlags: 1 }).group).to.equal('userPlan');
    // The documented rule is the value 1; other flag values say nothing about plans.
    expect(module('custom-module', { ExtraFlags: 3 }).group).to.equal('other');
    expect(module('ten-service', { ExtraFlags: 0 }).group).to.equal('userPlan');
    expect(module('x', { ModuleDescription: 'SERVICE ESSENTIAL' }).group).to.equal('userPlan');
    expect(module('x', { ModuleDescription: 'Customer Center' }).group).to.equal('system');
    expect(module('Online Web Services').group).to.equal('system');
    expect(module('x', { ModuleDescription: 'reporter studio' }).group).to.equal('site');
    expect(module('x', { ModuleDescription: 'Pocket CRM', LicenseType: 'UserLicense' }).group).to.equal('legacyUser');
    expect(module('x', { LicenseType: 'UserLicense' }).group).to.equal('other');
    expect(module('x', { LicenseType: 'sitelicense' }).licenseType).to.equal('site');
  });

  it('derives free from total and in use when the vendor leaves it out', () => {
    const mapped = toLicenseModule({ Current: { ModuleName: 'x', NumberOfLicenses: 10 }, NumberOfLicensesInUse: 4 })!;
    expect(mapped).to.include({ total: 10, inUse: 4, free: 6, hidden: false, sortOrder: 0, version: null });
    expect(toLicenseModule({ Current: null, New: null })).to.equal(undefined);
  });

  it('reports a pending change from the new total, from added, or from the New license', () => {
    expect(pendingChange({ NumberOfLicensesTotal: 5, NumberOfLicensesNewTotal: 3 })).to.deep.equal({ newTotal: 3, added: -2 });
    expect(pendingChange({ NumberOfLicensesTotal: 5, NumberOfLicensesAdded: 2 })).to.deep.equal({ newTotal: 7, added: 2 });
    const current = { ModuleName: 'x', NumberOfLicenses: 5 };
    expect(pendingChange({ Current: current, NumberOfLicensesTotal: 5, New: { ModuleName: 'x', NumberOfLicenses: 8 } })).to.deep.equal({
      newTotal: 8,
      added: 3,
    });
    // A module only the license server has is new: from nothing to its total.
    expect(pendingChange({ New: { ModuleName: 'x', NumberOfLicenses: 8 } })).to.deep.equal({ newTotal: 8, added: 8 });
    // Unrestricted now, or from now on, is a change even when the count stays.
    const unlimited = { ModuleName: 'x', NumberOfLicenses: 5, Unrestricted: true };
    expect(pendingChange({ Current: current, New: unlimited, NumberOfLicensesTotal: 5, NumberOfLicensesNewTotal: 5 })).to.deep.equal({
      newTotal: 5,
      added: 0,
    });
    expect(pendingChange({ NumberOfLicensesTotal: 5, NumberOfLicensesNewTotal: 5, NumberOfLicensesAdded: 0 })).to.equal(null);
  });

  it('reads system events whatever spelling the archive uses for the activating user', () => {
    const event = toSystemEvent({
      SystemEvent_id: 9,
      eventkey: 'NoTravel',
      registered_associate_id_assocName: 'EVA',
      registered_associate_id_fullName: 'Eva Holm',
      scope: 9,
      registered: '[DT:01/01/0001 00:00:00]',
    });
    expect(event).to.include({ id: '9', name: 'NoTravel', status: '', scope: 'system', activated: null });
    expect(event!.activatedBy).to.deep.equal({ id: 'EVA', name: 'Eva Holm', portraitUrl: null });
    expect(toSystemEvent({ PrimaryKey: 1, registered_associate_id: 12 })!.activatedBy).to.deep.equal({
      id: '12',
      name: '12',
      portraitUrl: null,
    });
  });
});

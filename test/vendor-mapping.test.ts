import { expect } from '@open-wc/testing';
import {
  pendingChange,
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

/**
 * Builders for the vendor's REST payloads, with every field its reference documents, as its API writes
 * them; the documentation's own samples are in test/fixtures/vendor/.
 */
/** A ModuleLicense with every field the vendor documents, as its API writes them. */
export const moduleLicense = (ModuleName: string, fields: Record<string, unknown> = {}) => ({
  OwnerName: 'SUPEROFFICE',
  ModuleName,
  ModuleDescription: ModuleName,
  ModuleTooltip: '',
  ModuleVersion: '11.11',
  LicenseType: 'SiteLicense',
  Unrestricted: false,
  AllowedUserType: 'InternalAssociate',
  NumberOfLicenses: 1,
  ExtraFlags: 0,
  ExtraInfo: '',
  SortOrder: 1,
  IsHidden: false,
  PrerequisiteModuleName: '',
  Signature: 'c2lnbmVk',
  ...fields,
});

export const counts = (inUse: number, free: number, total: number) => ({
  NumberOfLicensesInUse: inUse,
  NumberOfLicensesFree: free,
  NumberOfLicensesTotal: total,
  NumberOfLicensesAdded: 0,
  NumberOfLicensesNewTotal: total,
  NumberOfLicensesNewFree: free,
});

export const extendedModule = (current: object | null, numbers = counts(0, 1, 1), New: object | null = null) => ({
  New,
  Current: current,
  ...numbers,
});

export const licenseInfo = (OwnerName: string, fields: Record<string, unknown> = {}) => ({
  CompanyName: 'Nordlys Consulting AS',
  SerialNr: '1010000014',
  OwnerName,
  OwnerDescription: '',
  NextCheckDate: '2026-12-01T00:00:00',
  MaintenanceDate: '2027-05-30T00:00:00',
  AdminWarningDate: '2027-05-30T00:00:00',
  ExpiryDate: '2027-06-30T09:40:59.9300647+02:00',
  GraceDate: '0001-01-01T00:00:00',
  ExtraFlags: 0,
  ExtraInfo: '',
  LicenseUrl: 'https://shop.example/buy',
  LicenseVersion: '11.11',
  DeploymentType: 1,
  ProductType: 'Online',
  ProductDescription: 'CRM Online',
  // The vendor's samples really do hold empty objects here; the adapter must not trip over them.
  ModuleLicenses: [{}, {}],
  PublicKey: {},
  Signature: 'c2lnbmVk',
  ...fields,
});

export const extendedLicense = (current: object | null, modules: object[], fields: Record<string, unknown> = {}) => ({
  Reason: '',
  CanBeActivated: false,
  New: null,
  Current: current,
  ExtendedModuleLicenses: modules,
  AccumulatedNextCheckDate: '2026-12-01T03:24:52.0526089+02:00',
  ...fields,
});

/** A third-party owner listed before the vendor's own, with the odd values the real API produces. */
export function vendorLicenses() {
  return [
    extendedLicense(licenseInfo('AcmeSync', { OwnerDescription: 'Acme Sync', ExpiryDate: '0' }), [
      extendedModule(moduleLicense('acme-sync', { OwnerName: 'AcmeSync', LicenseType: 'UserLicense' }), counts(3, 7, 10)),
    ]),
    extendedLicense(licenseInfo('SuperOffice', { OwnerDescription: 'SuperOffice' }), [
      extendedModule(
        moduleLicense('ten-sales', {
          ModuleDescription: 'Sales Premium',
          ModuleTooltip: 'User Plan: Can edit Companies, Diary, Sales',
          LicenseType: 'UserLicense',
          ExtraFlags: 1,
          PrerequisiteModuleName: 'web',
          SortOrder: 73,
        }),
        counts(23, 2, 25),
      ),
      extendedModule(moduleLicense('expander-services', { ModuleDescription: 'Developer Tools' })),
      extendedModule(moduleLicense('system', { ModuleDescription: 'System', Unrestricted: true }), counts(0, 0, 0)),
      extendedModule(moduleLicense('satellite', { LicenseType: 'SatelliteLicense', ModuleDescription: 'Satellite' }), counts(2, 3, 5)),
      extendedModule(moduleLicense('win-client', { LicenseType: 'UserLicense', ModuleDescription: 'Windows app' }), counts(4, 1, 5)),
      extendedModule(moduleLicense('stakeholder', { IsHidden: true })),
      extendedModule(moduleLicense('quantum-sync', { LicenseType: 'PerTenantLicense', ModuleDescription: 'Quantum Sync' })),
      extendedModule(moduleLicense('unnamed', { LicenseType: null, ModuleDescription: null })),
      extendedModule(
        moduleLicense('marketing-user', { LicenseType: 'UserLicense', ModuleDescription: 'Marketing user' }),
        { ...counts(8, -3, 5), NumberOfLicensesNewTotal: 9, NumberOfLicensesAdded: 4 },
      ),
      extendedModule(null, counts(0, 0, 0), moduleLicense('reporter', { ModuleDescription: 'Reporter Studio', NumberOfLicenses: 3 })),
    ]),
  ];
}

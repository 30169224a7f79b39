/**
 * Pure functions from the vendor's payloads (`vendor-schema.ts`) to our model (`schema.ts`). Nothing here
 * fetches; everything is total: odd vendor values become the closest honest value in our model, never an
 * exception.
 */
import { VENDOR_OWNER_ID } from '../schema.js';
import { blocksActivation, isWebUrl } from '../license-rules.js';
import type {
  EventScope,
  EventsResponse,
  LicenseDetail,
  LicenseGroup,
  LicenseModule,
  LicenseOwner,
  LicensesResponse,
  LicenseType,
  Person,
  SystemEvent,
} from '../schema.js';
import type {
  VendorArchive,
  VendorArchiveRow,
  VendorExtendedLicenseInfo,
  VendorExtendedModuleLicense,
  VendorModuleLicense,
} from './vendor-schema.js';


const httpUrl = (value: string | null | undefined) => (isWebUrl(value) ? value : null);
const count = (value: number | null | undefined) => Math.max(0, Math.round(value ?? 0));

/**
 * The module names of the domain's groups, plus the vendor's own module names where they can be inferred
 * (its plan modules `ten-sales` / `ten-service`; `expander-services` matches "Expander Services" once
 * normalized). Matching is a convenience for grouping, never required: an unknown module still shows,
 * under "Other licenses".
 */
const KNOWN_MODULES: [LicenseGroup, string][] = [
  [
    'system',
    'System|SuperOffice Server|Online Web Services|Area Management|Sales Intelligence|Exchange Synchronizer|' +
      'SuperOffice Expander Services|Expander Services|Customer Centre|Customer Center|Sales Quote Management',
  ],
  [
    'userPlan',
    'Sales-Essentials|Sales-Premium|Service-Essentials|Service-Premium|Marketing-Essentials|Marketing-Premium|' +
      'ten-sales|ten-service',
  ],
  ['site', 'Satellite|Reporter Studio|Audience'],
  [
    'legacyUser',
    'Standard CRM user|Marketing user|Sales user|Service user|Complete CRM user|Windows app|Remote Travel|' +
      'Pocket CRM|Outlook Synchronizer|Sale Quote Access',
  ],
];

/** Case, spaces, hyphens and a plural "s" vary between the vendor's names and the help pages' names. */
const nameKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/s$/, '');

const GROUP_BY_NAME = new Map(
  KNOWN_MODULES.flatMap(([group, names]) => names.split('|').map((name) => [nameKey(name), group] as const)),
);

const LICENSE_TYPES = new Map<string, LicenseType>([
  ['sitelicense', 'site'],
  ['satellitelicense', 'satellite'],
  ['userlicense', 'user'],
]);

/** Unknown (or a newer vendor value) shows as a site license; its group says `other`. */
const licenseTypeOf = (type: string | null | undefined) => LICENSE_TYPES.get((type ?? '').toLowerCase()) ?? 'site';

function groupOf(module: VendorModuleLicense): LicenseGroup {
  // The vendor marks user plans with bit 1 of ExtraFlags; names come second because plans get renamed.
  if ((module.ExtraFlags ?? 0) & 1) return 'userPlan';
  const known =
    GROUP_BY_NAME.get(nameKey(module.ModuleName)) ?? GROUP_BY_NAME.get(nameKey(module.ModuleDescription ?? ''));
  if (known) return known;
  // A satellite license counts satellite databases, which the domain lists under site licenses.
  return licenseTypeOf(module.LicenseType) === 'satellite' ? 'site' : 'other';
}

const MIN_DATE = /^0001-01-01/;

/**
 * A vendor date as ISO text, or null for "never": missing, `0`, `"0"` or the .NET min date. Numbers are
 * Unix seconds (how the database stores dates). .NET writes seven fraction digits; they are cut to three
 * so every Date parser reads them.
 */
export function vendorDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === 0 || value === '0' || value === '') return null;
  if (typeof value === 'number') return new Date(value * 1000).toISOString();
  if (MIN_DATE.test(value)) return null;
  const iso = value.replace(/(\.\d{3})\d+/, '$1');
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

const ownerIdOf = (ownerName: string) =>
  ownerName.toUpperCase() === VENDOR_OWNER_ID ? VENDOR_OWNER_ID : ownerName;

export function toLicenseModule(extended: VendorExtendedModuleLicense): LicenseModule | undefined {
  // Current is what is in force; a module only the license server knows so far has just New.
  const module = extended.Current ?? extended.New;
  if (!module) return undefined;
  const total = count(extended.NumberOfLicensesTotal ?? module.NumberOfLicenses);
  const inUse = count(extended.NumberOfLicensesInUse);
  return {
    id: module.ModuleName,
    name: module.ModuleDescription || module.ModuleName,
    // The vendor has one explanatory text; the list's description column would otherwise stay empty.
    description: module.ModuleTooltip || null,
    tooltip: module.ModuleTooltip || null,
    group: groupOf(module),
    licenseType: licenseTypeOf(module.LicenseType),
    unrestricted: module.Unrestricted ?? false,
    total,
    inUse,
    free: count(extended.NumberOfLicensesFree ?? total - inUse),
    hidden: module.IsHidden ?? false,
    prerequisite: module.PrerequisiteModuleName || null,
    sortOrder: module.SortOrder ?? 0,
    version: module.ModuleVersion || null,
    // The vendor sends the waiting change with every module: the activation dialog needs no more requests.
    pending: pendingChange(extended),
  };
}

/** What the license server holds that is not activated yet, or null when the totals agree. */
export function pendingChange(extended: VendorExtendedModuleLicense): LicenseDetail['pending'] {
  const total = extended.NumberOfLicensesTotal ?? extended.Current?.NumberOfLicenses ?? 0;
  const added = extended.NumberOfLicensesAdded;
  const newTotal = extended.NumberOfLicensesNewTotal ?? (added ? total + added : extended.New?.NumberOfLicenses);
  if (newTotal === null || newTotal === undefined || newTotal === total) return null;
  return { newTotal: count(newTotal), added: added ?? newTotal - total };
}

export function toLicenseOwner(info: VendorExtendedLicenseInfo): LicenseOwner | undefined {
  const license = info.Current ?? info.New;
  if (!license) return undefined;
  return {
    id: ownerIdOf(license.OwnerName),
    name: license.OwnerDescription || license.OwnerName,
    companyName: license.CompanyName ?? '',
    serialNumber: license.SerialNr ?? '',
    expiryDate: vendorDate(license.ExpiryDate),
    graceDate: vendorDate(license.GraceDate),
    nextCheckDate: vendorDate(license.NextCheckDate ?? info.AccumulatedNextCheckDate),
    shopUrl: httpUrl(license.LicenseUrl),
    canActivate: info.CanBeActivated ?? false,
    modules: (info.ExtendedModuleLicenses ?? []).flatMap((extended) => toLicenseModule(extended) ?? []),
  };
}

/** The vendor's owner first (its tab leads), third-party owners after it in the vendor's order. */
export function toLicensesResponse(infos: readonly VendorExtendedLicenseInfo[]): LicensesResponse {
  const owners = infos.flatMap((info) => toLicenseOwner(info) ?? []);
  const isVendor = (owner: LicenseOwner) => owner.id === VENDOR_OWNER_ID;
  return { owners: [...owners.filter(isVendor), ...owners.filter((owner) => !isVendor(owner))] };
}

export function toLicenseDetail(
  infos: readonly VendorExtendedLicenseInfo[],
  ownerId: string,
  moduleId: string,
): LicenseDetail | undefined {
  for (const info of infos) {
    const license = info.Current ?? info.New;
    if (!license || ownerIdOf(license.OwnerName) !== ownerId) continue;
    for (const extended of info.ExtendedModuleLicenses ?? []) {
      const module = toLicenseModule(extended);
      if (module?.id !== moduleId) continue;
      // Assignments and history live behind other vendor calls; the detail view shows them as empty.
      return { ...module, ownerId, assignedTo: [], pending: pendingChange(extended), history: [] };
    }
  }
  return undefined;
}

/** Module ids with a change waiting on the license server (the "changed" list of an activation). */
export const changedModules = (info: VendorExtendedLicenseInfo) =>
  (info.ExtendedModuleLicenses ?? []).flatMap((extended) =>
    pendingChange(extended) ? (toLicenseModule(extended)?.id ?? []) : [],
  );

/** Module ids whose new total is below the number in use: activating them would over-assign. */
export const modulesBelowInUse = (info: VendorExtendedLicenseInfo) =>
  (info.ExtendedModuleLicenses ?? []).flatMap((extended) => {
    const module = toLicenseModule(extended);
    return module?.pending && blocksActivation(module, module.pending.newTotal) ? module.id : [];
  });

// ---- System events (archive provider "SystemEvents") ----

/** The columns asked for; `registered_associate_id/…` are the "Activated by" user's fields. */
export const SYSTEM_EVENT_COLUMNS = [
  'SystemEvent_id',
  'eventkey',
  'eventname',
  'status',
  'eventmess',
  'registered',
  'eta',
  'scope',
  'type',
  'extrainfo',
  'registered_associate_id/associateDbId',
  'registered_associate_id/assocName',
  'registered_associate_id/fullName',
  'registered_associate_id/portraitThumbnail',
];

const SCOPES: readonly EventScope[] = ['system', 'database', 'group', 'user'];
const STATUSES = ['pending', 'running', 'finished', 'failed', 'cancelled'];
const ENCODED = /^\[(\w+):(.*)\]$/s;
/** Archive dates: `[DT:11/23/2026 08:00:00]` (month first) or `[D:23.11.2026]` (day first). */
const ENCODED_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const pad = (part: string) => part.padStart(2, '0');

/** A cell value with the archive's type encoding (`[I:12]`, `[DT:…]`) undone; strings are never encoded. */
function decode(raw: unknown): string | number | null {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return null;
  const [, marker, inner] = ENCODED.exec(raw) ?? [];
  if (marker === undefined || inner === undefined) return raw;
  if (marker === 'I' || marker === 'F' || marker === 'M') return Number(inner);
  if (marker !== 'D' && marker !== 'DT') return inner;
  const parts = ENCODED_DATE.exec(inner) ?? [];
  const [, a = '', separator, b = '', year, hours = '0', minutes = '00', seconds = '0'] = parts;
  if (!year) return inner;
  const [month, day] = separator === '/' ? [a, b] : [b, a];
  return `${year}-${pad(month)}-${pad(day)}T${pad(hours)}:${minutes}:${pad(seconds)}`;
}

/** A column of a slim row (plain property) or of a full row (`ColumnData[name].DisplayValue`). */
function cell(row: VendorArchiveRow, name: string): string | number | null {
  const column = row.ColumnData?.[name];
  return column ? decode(column.DisplayValue) : decode(row[name]);
}

const text = (value: string | number | null) => (value === null ? '' : String(value).trim());

/** The "Activated by" user's field under any of the spellings the archive uses (`$jsonSafe` swaps / for _). */
const activator = (row: VendorArchiveRow, field: string) =>
  cell(row, `registered_associate_id/${field}`) ?? cell(row, `registered_associate_id_${field}`) ?? cell(row, field);

function activatedBy(row: VendorArchiveRow): Person | null {
  const associateId = text(activator(row, 'associateDbId') ?? cell(row, 'registered_associate_id'));
  const userId = text(activator(row, 'assocName'));
  // Associate 0 is the system itself: the contract says null, "started by the system".
  if (!userId && (associateId === '' || associateId === '0')) return null;
  const id = userId || associateId;
  return {
    id,
    name: text(activator(row, 'fullName')) || id,
    portraitUrl: httpUrl(text(activator(row, 'portraitThumbnail'))),
  };
}

export function toSystemEvent(row: VendorArchiveRow): SystemEvent {
  const key = text(cell(row, 'eventkey'));
  const status = text(cell(row, 'status'));
  const date = (name: string) => {
    const value = cell(row, name);
    return typeof value === 'number' ? vendorDate(value) : vendorDate(text(value));
  };
  return {
    id: text(row.PrimaryKey ?? cell(row, 'SystemEvent_id')),
    key,
    name: text(cell(row, 'eventname')) || key,
    // The contract's statuses are lower case; anything else is shown as the vendor gives it.
    status: STATUSES.includes(status.toLowerCase()) ? status.toLowerCase() : status,
    message: text(cell(row, 'eventmess')) || null,
    description: null,
    activated: date('registered'),
    activatedBy: activatedBy(row),
    finished: date('eta'),
    scope: SCOPES[Number(cell(row, 'scope')) - 1] ?? 'system',
  };
}

export const toEventsResponse = (archive: VendorArchive): EventsResponse => ({
  events: archive.value.map(toSystemEvent),
});

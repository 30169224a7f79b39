/**
 * Pure functions from the vendor's payloads (`vendor-schema.ts`) to our model (`schema.ts`). Nothing here
 * fetches; everything is total: odd vendor values become the closest honest value in our model, never an
 * exception.
 */
import { VENDOR_OWNER_ID } from '../schema.js';
import { blocksActivation } from '../license-rules.js';
import { firstById, inListOrder, withRejected } from '../rows.js';
import { isIsoDateTime, normalizeIsoDate, wallTimeParts } from '../iso-date.js';
import type { ActivationChange, ActivationCheck } from '../data-source.js';
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
  RejectedRow,
  SystemEvent,
} from '../schema.js';
import type {
  VendorArchive,
  VendorArchiveRow,
  VendorExtendedLicenseInfo,
  VendorExtendedModuleLicense,
  VendorLicenses,
  VendorModuleLicense,
} from './vendor-schema.js';

/** URLs stay as the vendor gave them: the elements decide where they are used (`url-policy.ts`). */
const urlText = (value: string | null | undefined) => value || null;
const count = (value: number | null | undefined) => Math.max(0, Math.round(value ?? 0));

/** How to read the vendor's dates; see `vendorDate`. */
export interface VendorDateOptions {
  /** IANA zone of dates the vendor sends without an offset (the CRM's base time zone). */
  timeZone?: string;
}

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

/** "Value=1 means this a 'user plan'" (the vendor's NSModuleLicense reference, GetExtraFlags). */
export const isUserPlan = (module: Pick<VendorModuleLicense, 'ExtraFlags'>) => module.ExtraFlags === 1;

function groupOf(module: VendorModuleLicense): LicenseGroup {
  // The documented flag first; names come second because plans get renamed.
  if (isUserPlan(module)) return 'userPlan';
  const known =
    GROUP_BY_NAME.get(nameKey(module.ModuleName)) ?? GROUP_BY_NAME.get(nameKey(module.ModuleDescription ?? ''));
  if (known) return known;
  // A satellite license counts satellite databases, which the domain lists under site licenses.
  return licenseTypeOf(module.LicenseType) === 'satellite' ? 'site' : 'other';
}

/**
 * A user plan's `ExtraInfo`: "for rows with extraFlags=1 this field contains the list of modules that this
 * plan comprises" (NSModuleLicense, GetExtraInfo). The separator is not documented: commas, semicolons or
 * line breaks are read; for any other module the field is the owner's own and is not shown.
 */
export function planModules(module: VendorModuleLicense): string[] | undefined {
  if (!isUserPlan(module) || !module.ExtraInfo?.trim()) return undefined;
  return module.ExtraInfo.split(/[,;\n]/).map((name) => name.trim()).filter(Boolean);
}

const MIN_DATE = /^0001-01-01/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
/** The largest Unix time in seconds a JavaScript date holds (8.64e15 ms). */
const MAX_UNIX_SECONDS = 8.64e12;

/** One formatter per zone: building one costs far more than using it, and an archive has 100 000 dates. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();
const zoneFormat = (timeZone: string) => {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
};

/** `timeZone` when the browser knows it, else the browser's own zone (with a warning for the host). */
export function knownTimeZone(timeZone: string): string {
  try {
    zoneFormat(timeZone);
    return timeZone;
  } catch {
    console.warn(`license-widgets: unknown time zone "${timeZone}"; dates are read in the browser's own zone`);
    return localTimeZone();
  }
}

/** Milliseconds that `timeZone` is ahead of UTC at `instant`. */
function zoneOffset(instant: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const parts = zoneFormat(timeZone).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * A wall-clock time in `timeZone` as the UTC instant it names (a time in a DST gap lands an hour off), or
 * null when the text names no real day and time (`2026-02-30T00:00:00`, `24:00`).
 */
function fromWallTime(text: string, timeZone: string): string | null {
  const parts = wallTimeParts(text);
  if (!parts) return null;
  // A calendar day (an expiry date) names no moment: it stays a day.
  if (!parts.time) return text;
  const { hours, minutes, seconds, milliseconds } = parts.time;
  const date = new Date(0);
  // setUTCFullYear: Date.UTC would read the years 0–99 as 1900–1999.
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  date.setUTCHours(hours, minutes, seconds, milliseconds);
  const wall = date.getTime();
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant).toISOString();
}

/** Offset text as RFC 3339 writes it: `+0200` becomes `+02:00`, `t`/`z` upper case; null when not a date. */
function withOffset(text: string): string | null {
  const iso = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return isIsoDateTime(iso) ? normalizeIsoDate(iso) : null;
}

/**
 * Whether the vendor sent something `vendorDate` reads: ISO text with an offset, a day or a wall-clock
 * time that exist on the calendar, "never" (`0`, `"0"`, the min date, empty), or Unix seconds.
 * `Date.parse` is not asked: it would turn "2026-02-30" into 2 March and "x 2026" into 1 January.
 */
export function isVendorDate(value: string | number): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= MAX_UNIX_SECONDS;
  const text = value.trim();
  if (text === '' || text === '0' || MIN_DATE.test(text)) return true;
  return HAS_OFFSET.test(text) ? withOffset(text) !== null : wallTimeParts(text) !== null;
}

/** The browser's own zone: the CRM's base time zone is assumed to be its users' unless the host says. */
export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A vendor date as ISO text with an explicit offset, or null for "never": missing, `0`, `"0"` or the .NET
 * min date. Numbers are Unix seconds. .NET writes seven fraction digits; they are cut to three. Text that
 * is no date (`isVendorDate` is false) is null too: the schema and `toEventsPage` refuse such a row first.
 *
 * A date without an offset is a wall-clock time in the CRM's base time zone (the vendor's SO-TimeZone
 * page: "if you don't specify anything, then the base time zone is assumed"), except the columns the
 * database keeps as UtcDateTime (an event's `registered`), which are UTC. Either way it is converted
 * here, on purpose, so that nothing later reads it as browser-local by accident.
 */
export function vendorDate(
  value: string | number | null | undefined,
  { timeZone = localTimeZone(), utc = false }: VendorDateOptions & { utc?: boolean } = {},
): string | null {
  if (value === null || value === undefined || value === 0 || value === '0' || value === '') return null;
  if (typeof value === 'number') return isVendorDate(value) ? new Date(value * 1000).toISOString() : null;
  if (MIN_DATE.test(value)) return null;
  const iso = value.trim().replace(/(\.\d{3})\d+/, '$1');
  return HAS_OFFSET.test(iso) ? withOffset(iso) : fromWallTime(iso, utc ? 'UTC' : timeZone);
}

const ownerIdOf = (ownerName: string) =>
  ownerName.toUpperCase() === VENDOR_OWNER_ID ? VENDOR_OWNER_ID : ownerName;

const NO_LICENSE = 'holds neither a Current nor a New license';

export function toLicenseModule(extended: VendorExtendedModuleLicense): LicenseModule | undefined {
  // Current is what is in force; a module only the license server knows so far has just New.
  const module = extended.Current ?? extended.New;
  if (!module) return undefined;
  const total = count(extended.NumberOfLicensesTotal ?? module.NumberOfLicenses);
  const inUse = count(extended.NumberOfLicensesInUse);
  const includes = planModules(module);
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
    ...(includes ? { includes } : {}),
    // `pending` is left out on purpose: the database's copy cannot say what the license server holds,
    // so the activation dialog asks the license server itself (`checkActivation`).
  };
}

/**
 * The change one module of a license server's answer brings, or null when there is none. The server's
 * counts decide (`NumberOfLicensesNewTotal` against `NumberOfLicensesTotal`; the vendor documents both as
 * always present), then the `New` part's own count; a module with only a `New` part is new (current total 0).
 * Only ever applied to `GetLicenseFromLicenseServer`'s answer: the database's copy says nothing about it.
 */
export function pendingChange(extended: VendorExtendedModuleLicense): { newTotal: number; added: number } | null {
  const { Current: current, New: next } = extended;
  const isNew = !current && !!next;
  const total = isNew ? 0 : (extended.NumberOfLicensesTotal ?? current?.NumberOfLicenses ?? 0);
  const added = extended.NumberOfLicensesAdded;
  const newTotal =
    extended.NumberOfLicensesNewTotal ?? next?.NumberOfLicenses ?? (added !== null && added !== undefined ? total + added : null);
  if (newTotal === null) return null;
  const unrestrictedChanged = !!current && !!next && (next.Unrestricted ?? false) !== (current.Unrestricted ?? false);
  if (!isNew && newTotal === total && !unrestrictedChanged) return null;
  return { newTotal: count(newTotal), added: newTotal - total };
}

/** A module row the mapping cannot use (no license in it at all), named like the schema's rejections. */
const unusable = (index: number, label: string | null): RejectedRow => ({ index, label, field: '(row)', problem: NO_LICENSE });

/** Every module of an owner: the usable ones, and the rows (from the schema or the mapping) left out. */
function modulesOf(info: VendorExtendedLicenseInfo) {
  const modules: LicenseModule[] = [];
  const positions: number[] = [];
  const rejected: RejectedRow[] = [...(info.ExtendedModuleLicenses?.rejected ?? [])];
  const list = info.ExtendedModuleLicenses;
  list?.valid.forEach((extended, i) => {
    const module = toLicenseModule(extended);
    const index = list.positions[i] ?? i;
    if (module) {
      modules.push(module);
      positions.push(index);
    } else rejected.push(unusable(index, null));
  });
  const { kept, repeated } = firstById(modules, positions, (module) => module.name);
  return { modules: kept, rejected: inListOrder([...rejected, ...repeated]) };
}

export function toLicenseOwner(info: VendorExtendedLicenseInfo, dates: VendorDateOptions = {}): LicenseOwner | undefined {
  const license = info.Current ?? info.New;
  if (!license) return undefined;
  const { modules, rejected } = modulesOf(info);
  return {
    id: ownerIdOf(license.OwnerName),
    name: license.OwnerDescription || license.OwnerName,
    companyName: license.CompanyName ?? '',
    serialNumber: license.SerialNr ?? '',
    expiryDate: vendorDate(license.ExpiryDate, dates),
    graceDate: vendorDate(license.GraceDate, dates),
    nextCheckDate: vendorDate(license.NextCheckDate ?? info.AccumulatedNextCheckDate, dates),
    shopUrl: urlText(license.LicenseUrl),
    // The database's copy cannot tell whether the license server holds something new: the action is
    // always offered, and the dialog shows the server's own verdict.
    canActivate: true,
    modules,
    ...withRejected('rejectedModules', rejected),
  };
}

/** The vendor's owner first (its tab leads), third-party owners after it in the vendor's order. */
export function toLicensesResponse(infos: VendorLicenses, dates: VendorDateOptions = {}): LicensesResponse {
  const read: LicenseOwner[] = [];
  const positions: number[] = [];
  const rejected: RejectedRow[] = [...infos.rejected];
  infos.valid.forEach((info, i) => {
    const owner = toLicenseOwner(info, dates);
    const index = infos.positions[i] ?? i;
    if (owner) {
      read.push(owner);
      positions.push(index);
    } else rejected.push(unusable(index, null));
  });
  const { kept: owners, repeated } = firstById(read, positions, (owner) => owner.name);
  const isVendor = (owner: LicenseOwner) => owner.id === VENDOR_OWNER_ID;
  return {
    owners: [...owners.filter(isVendor), ...owners.filter((owner) => !isVendor(owner))],
    ...withRejected('rejectedOwners', inListOrder([...rejected, ...repeated])),
  };
}

/** The detail of one module, from a list already mapped: the vendor has no more to say about it here. */
export function detailFromList(licenses: LicensesResponse, ownerId: string, moduleId: string): LicenseDetail | undefined {
  const module = licenses.owners.find((owner) => owner.id === ownerId)?.modules.find((m) => m.id === moduleId);
  // Assignments and history live behind other vendor calls; the detail view shows them as empty.
  return module && { ...module, ownerId, assignedTo: [], pending: null, history: [] };
}

/** What a license server's answer would change: only the modules that change, and its verdict. */
export function toActivationCheck(offer: VendorExtendedLicenseInfo, current: LicenseOwner | undefined): ActivationCheck {
  const changes: ActivationChange[] = [];
  for (const extended of offer.ExtendedModuleLicenses?.valid ?? []) {
    const change = pendingChange(extended);
    const module = change && toLicenseModule(extended);
    // Hidden modules are not shown in the vendor's screen, and not here.
    if (!change || !module || module.hidden) continue;
    // A module the server adds is shown with what is in use today, from the screen's own list if known.
    const known = current?.modules.find((m) => m.id === module.id);
    const now = extended.Current ? module : { ...module, total: 0, free: 0, inUse: known?.inUse ?? module.inUse };
    // Unlimited now but counted in the new license (or the other way round) is judged by the new license.
    const unrestricted = extended.New?.Unrestricted ?? now.unrestricted;
    const blocked = blocksActivation({ unrestricted, inUse: now.inUse }, change.newTotal);
    changes.push({ module: now, newTotal: change.newTotal, unrestricted, blocked });
  }
  const rejected = offer.ExtendedModuleLicenses?.rejected ?? [];
  return {
    // A missing verdict is not a refusal; no new license at all is, and nor is one that cannot all be
    // read: activating it would apply changes nobody was shown.
    canActivate: offer.CanBeActivated !== false && !!offer.New && rejected.length === 0,
    reason: offer.Reason?.trim() || null,
    changes,
    ...withRejected('rejected', rejected),
  };
}

/** Module ids with a change waiting on the license server (the "changed" list of an activation). */
export const changedModules = (info: VendorExtendedLicenseInfo) =>
  (info.ExtendedModuleLicenses?.valid ?? []).flatMap((extended) =>
    pendingChange(extended) ? (toLicenseModule(extended)?.id ?? []) : [],
  );

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
    portraitUrl: urlText(text(activator(row, 'portraitThumbnail'))),
  };
}

/** The archive's date columns: a row whose date cannot be read is left out and named, never shown undated. */
const EVENT_DATES = ['registered', 'eta'] as const;
const dateCell = (row: VendorArchiveRow, name: string) => {
  const value = cell(row, name);
  return typeof value === 'number' ? value : text(value);
};

/** An archive row as a SystemEvent, or undefined when it has no id to be known by. */
export function toSystemEvent(row: VendorArchiveRow, dates: VendorDateOptions = {}): SystemEvent | undefined {
  const id = text(row.PrimaryKey ?? cell(row, 'SystemEvent_id'));
  if (!id) return undefined;
  const key = text(cell(row, 'eventkey'));
  const status = text(cell(row, 'status'));
  // `registered` is a UtcDateTime column; `eta` a DateTime in the CRM's base time zone (systemevent table).
  const date = (name: string, utc: boolean) => vendorDate(dateCell(row, name), { ...dates, utc });
  return {
    id,
    key,
    name: text(cell(row, 'eventname')) || key,
    // The contract's statuses are lower case; anything else is shown as the vendor gives it.
    status: STATUSES.includes(status.toLowerCase()) ? status.toLowerCase() : status,
    message: text(cell(row, 'eventmess')) || null,
    description: null,
    activated: date('registered', true),
    activatedBy: activatedBy(row),
    finished: date('eta', false),
    scope: SCOPES[Number(cell(row, 'scope')) - 1] ?? 'system',
    type: text(cell(row, 'type')) || null,
  };
}

export interface EventsPage {
  events: SystemEvent[];
  rejectedEvents: RejectedRow[];
}

/** One page of the archive: its events, and the rows left out (by the schema or for having no id). */
export function toEventsPage(archive: VendorArchive, dates: VendorDateOptions = {}): EventsPage {
  const events: SystemEvent[] = [];
  const rejected: RejectedRow[] = [...archive.value.rejected];
  archive.value.valid.forEach((row, i) => {
    const index = archive.value.positions[i] ?? i;
    const label = text(cell(row, 'eventname')) || null;
    const badDate = EVENT_DATES.find((name) => !isVendorDate(dateCell(row, name)));
    const event = badDate ? undefined : toSystemEvent(row, dates);
    if (event) events.push(event);
    else if (badDate) rejected.push({ index, label, field: badDate, problem: 'must be a date, 0 or the min date' });
    else rejected.push({ index, label, field: 'SystemEvent_id', problem: 'is missing' });
  });
  return { events, rejectedEvents: inListOrder(rejected) };
}

export const toEventsResponse = (archive: VendorArchive, dates: VendorDateOptions = {}): EventsResponse => {
  const { events, rejectedEvents } = toEventsPage(archive, dates);
  return { events, ...withRejected('rejectedEvents', rejectedEvents) };
};

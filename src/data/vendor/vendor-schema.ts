/**
 * The vendor's own REST payloads as valibot schemas, in the vendor's PascalCase field names.
 *
 * Lenient where the real API is: almost every field may be missing or `null`, `LicenseType` is any string
 * (new vendor versions add values), and dates may be missing, `0`, or the .NET min date
 * `0001-01-01T00:00:00`. Strict where a wrong value would mislead: a count that is not a number or a date
 * that cannot be read is a contract error naming the field (e.g. `0.ExtendedModuleLicenses.2.NumberOfLicensesTotal`).
 *
 * Only the fields the mapping reads are checked. The documented rest (`MaintenanceDate`, `AdminWarningDate`,
 * `ProductType`, `DeploymentType`, `LicenseVersion`, `ModuleLicenses`, `Signature`, `AllowedUserType`, …) is
 * dropped unchecked: the vendor's own samples fill `ModuleLicenses` with empty objects, and a field we never
 * show must not break the screen.
 *
 * Vendor reference: `GET /api/v1/License` (ExtendedLicenseInfo[]), `POST /api/v1/Agents/License/*`,
 * `GET /api/v1/archive/SystemEvents` (archive provider "SystemEvents", OData answer).
 */
import * as v from 'valibot';
import { rows } from '../rows.js';
import { isVendorDate } from './vendor-mapping.js';

const Text = v.nullish(v.string());
const Flag = v.nullish(v.boolean());
/** Counts are checked for being numbers only; the mapping clamps negatives (seen on over-assigned sites). */
const Int = v.nullish(v.number());

export { isVendorDate };

/** A vendor date: ISO text or a wall-clock time on a real calendar day, the min date, `"0"` / `0` (= never), or Unix seconds. */
const VendorDate = v.nullish(
  v.pipe(v.union([v.string(), v.number()]), v.check(isVendorDate, 'must be a date, 0 or the min date')),
);

export const VendorModuleLicenseSchema = v.object({
  OwnerName: Text,
  ModuleName: v.string(),
  ModuleDescription: Text,
  ModuleTooltip: Text,
  ModuleVersion: Text,
  /** `Unknown` | `SiteLicense` | `SatelliteLicense` | `UserLicense`, or a value from a newer version. */
  LicenseType: Text,
  Unrestricted: Flag,
  NumberOfLicenses: Int,
  /** Bit 1 marks a user plan. */
  ExtraFlags: Int,
  ExtraInfo: Text,
  SortOrder: Int,
  IsHidden: Flag,
  PrerequisiteModuleName: Text,
});

export const VendorExtendedModuleLicenseSchema = v.object({
  New: v.nullish(VendorModuleLicenseSchema),
  Current: v.nullish(VendorModuleLicenseSchema),
  NumberOfLicensesInUse: Int,
  NumberOfLicensesFree: Int,
  NumberOfLicensesTotal: Int,
  NumberOfLicensesAdded: Int,
  NumberOfLicensesNewTotal: Int,
  NumberOfLicensesNewFree: Int,
});

export const VendorLicenseInfoSchema = v.object({
  CompanyName: Text,
  SerialNr: Text,
  OwnerName: v.string(),
  OwnerDescription: Text,
  NextCheckDate: VendorDate,
  ExpiryDate: VendorDate,
  GraceDate: VendorDate,
  ExtraFlags: Int,
  LicenseUrl: Text,
});

/** The name a row of the vendor's lists goes by, for the notice when it cannot be read. */
const pick = (raw: unknown, ...path: string[]): string | null => {
  let value: unknown = raw;
  for (const key of path) value = isRecord(value) ? value[key] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null;
};
const licenseLabel = (raw: unknown, field: 'OwnerDescription' | 'OwnerName' | 'ModuleDescription' | 'ModuleName') =>
  pick(raw, 'Current', field) ?? pick(raw, 'New', field);
const moduleLabel = (raw: unknown) => licenseLabel(raw, 'ModuleDescription') ?? licenseLabel(raw, 'ModuleName');
const ownerLabel = (raw: unknown) => licenseLabel(raw, 'OwnerDescription') ?? licenseLabel(raw, 'OwnerName');
const eventLabel = (raw: unknown) =>
  pick(raw, 'eventname') ?? pick(raw, 'ColumnData', 'eventname', 'DisplayValue') ?? pick(raw, 'PrimaryKey');

/**
 * One owner's licenses. Its modules are read row by row (`rows.ts`): a module the adapter cannot read is
 * named in a notice and the owner's other modules still show.
 */
export const VendorExtendedLicenseInfoSchema = v.object({
  Reason: Text,
  CanBeActivated: Flag,
  New: v.nullish(VendorLicenseInfoSchema),
  Current: v.nullish(VendorLicenseInfoSchema),
  ExtendedModuleLicenses: v.optional(v.nullable(rows(VendorExtendedModuleLicenseSchema, moduleLabel)), null),
  AccumulatedNextCheckDate: VendorDate,
});

/** `GET /api/v1/License`: one ExtendedLicenseInfo per owner, each read on its own. */
export const VendorLicensesSchema = rows(VendorExtendedLicenseInfoSchema, ownerLabel);

/** `LicenseResult` of the License agent's writes. */
export const VendorLicenseResultSchema = v.object({ Succeeded: Flag, Reason: Text });

/** One cell of an archive row in "full" mode (ArchiveListItem.ColumnData). */
const ArchiveColumnSchema = v.object({ DisplayValue: Text, TooltipHint: Text, LinkHint: Text });

/**
 * One archive row. The REST archive endpoint answers "slim" rows by default: the selected columns as plain
 * properties next to `PrimaryKey` / `EntityName`. The Archive agent (and `$mode=Full`) answers
 * ArchiveListItems whose values sit in `ColumnData[name].DisplayValue`, encoded (`[I:3]`, `[DT:…]`).
 * Both are accepted; slim cells are read leniently by the mapping.
 */
export const VendorArchiveRowSchema = v.looseObject({
  PrimaryKey: v.nullish(v.union([v.number(), v.string()])),
  EntityName: Text,
  ColumnData: v.nullish(v.record(v.string(), v.nullish(ArchiveColumnSchema))),
});

/** OData `{ value: rows }`; a bare row array or an ArchiveListResult `{ Rows }` is accepted as the same. */
export const VendorArchiveSchema = v.pipe(
  v.unknown(),
  v.transform((body) =>
    Array.isArray(body) ? { value: body } : isRecord(body) && Array.isArray(body.Rows) ? { value: body.Rows } : body,
  ),
  v.object({
    value: rows(VendorArchiveRowSchema, eventLabel),
    /** The next page of a paged answer (OData). */
    'odata.nextLink': v.optional(v.nullable(v.string()), null),
  }),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export type VendorModuleLicense = v.InferOutput<typeof VendorModuleLicenseSchema>;
export type VendorExtendedModuleLicense = v.InferOutput<typeof VendorExtendedModuleLicenseSchema>;
export type VendorLicenseInfo = v.InferOutput<typeof VendorLicenseInfoSchema>;
export type VendorExtendedLicenseInfo = v.InferOutput<typeof VendorExtendedLicenseInfoSchema>;
export type VendorLicenses = v.InferOutput<typeof VendorLicensesSchema>;
export type VendorArchiveRow = v.InferOutput<typeof VendorArchiveRowSchema>;
export type VendorArchive = v.InferOutput<typeof VendorArchiveSchema>;

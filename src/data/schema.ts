/**
 * The endpoint contract (v1) as valibot schemas: the one source of truth for the TypeScript types, the
 * runtime validation of every response, and the published JSON Schema (`schema/contract.schema.json`).
 *
 * `v.object` drops unknown keys, which is what the contract asks for: extra fields are ignored so that a
 * newer server keeps working with older elements.
 */
import * as v from 'valibot';
import { isWebUrl } from './license-rules.js';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Text = v.string();
const NullableText = v.nullable(v.string());
/** ISO 8601 date or date-time; checked for parseability so the UI never formats "Invalid Date". */
const IsoDate = v.pipe(
  v.string(),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date'),
);
const NullableDate = v.nullable(IsoDate);
const HttpUrl = v.pipe(
  v.string(),
  v.check((value: string) => isWebUrl(value), 'must be an http(s) URL'),
);

/** The owner id of the CRM vendor itself; every other owner is a third-party add-on with its own tab. */
export const VENDOR_OWNER_ID = 'SUPEROFFICE';

export const LicenseGroupSchema = v.picklist(['system', 'userPlan', 'site', 'legacyUser', 'other']);
export const LicenseTypeSchema = v.picklist(['site', 'satellite', 'user']);

export const LicenseModuleSchema = v.object({
  id: Text,
  name: Text,
  description: v.optional(NullableText, null),
  tooltip: v.optional(NullableText, null),
  group: LicenseGroupSchema,
  licenseType: LicenseTypeSchema,
  unrestricted: v.boolean(),
  total: Count,
  inUse: Count,
  free: Count,
  hidden: v.optional(v.boolean(), false),
  prerequisite: v.optional(NullableText, null),
  sortOrder: v.optional(v.number(), 0),
  version: v.optional(NullableText, null),
  /**
   * A change waiting on the license server (activation would set `newTotal`). Optional in `/licenses` so
   * the activation dialog needs no request per module; absent means "not told", `null` "nothing waiting".
   */
  pending: v.optional(v.nullable(v.object({ newTotal: Count, added: v.number() }))),
});

export const LicenseOwnerSchema = v.object({
  id: Text,
  name: Text,
  companyName: Text,
  serialNumber: Text,
  expiryDate: NullableDate,
  graceDate: v.optional(NullableDate, null),
  nextCheckDate: v.optional(NullableDate, null),
  shopUrl: v.optional(v.nullable(HttpUrl), null),
  canActivate: v.optional(v.boolean(), false),
  modules: v.array(LicenseModuleSchema),
});

export const LicensesResponseSchema = v.object({ owners: v.array(LicenseOwnerSchema) });

export const PersonSchema = v.object({
  id: Text,
  name: Text,
  portraitUrl: v.optional(NullableText, null),
});

export const LicenseDetailSchema = v.object({
  ...LicenseModuleSchema.entries,
  ownerId: Text,
  assignedTo: v.optional(v.array(PersonSchema), []),
  pending: v.optional(v.nullable(v.object({ newTotal: Count, added: v.number() })), null),
  history: v.optional(
    v.array(v.object({ date: IsoDate, total: Count, note: v.optional(NullableText, null) })),
    [],
  ),
});

export const ActivationResultSchema = v.object({
  owner: LicenseOwnerSchema,
  changed: v.array(Text),
});

export const DatabaseRoleSchema = v.picklist(['central', 'satellite', 'travel']);

export const RestrictionSchema = v.object({
  id: Text,
  label: Text,
  active: Count,
  maximum: Count,
});

export const StatusSchema = v.object({
  database: v.object({
    owner: Text,
    serialNumber: Text,
    subscription: Text,
    type: Text,
    role: DatabaseRoleSchema,
    nextExpiryDate: NullableDate,
    loggedInUser: v.nullable(v.object({ id: Text, name: Text })),
  }),
  plan: v.optional(
    v.nullable(v.object({ name: Text, restrictions: v.array(RestrictionSchema) })),
    null,
  ),
  userCount: Count,
});

export const ConsumptionMonthSchema = v.object({
  month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-11')),
  used: v.pipe(v.number(), v.minValue(0)),
  threshold: v.pipe(v.number(), v.minValue(0)),
});

export const ConsumptionSchema = v.object({
  userCount: Count,
  services: v.array(
    v.object({
      id: Text,
      name: v.optional(NullableText, null),
      unit: v.picklist(['GB', 'count']),
      months: v.array(ConsumptionMonthSchema),
    }),
  ),
});

export const EventScopeSchema = v.picklist(['system', 'database', 'group', 'user']);

export const SystemEventSchema = v.object({
  id: Text,
  key: Text,
  name: Text,
  /** `pending` | `running` | `finished` | `failed` | `cancelled`; other values are shown as given. */
  status: Text,
  message: v.optional(NullableText, null),
  description: v.optional(NullableText, null),
  activated: NullableDate,
  activatedBy: v.nullable(PersonSchema),
  finished: NullableDate,
  scope: EventScopeSchema,
});

export const EventsResponseSchema = v.object({ events: v.array(SystemEventSchema) });

export const NewSystemEventSchema = v.object({
  key: v.picklist(['NoLogin', 'NoFreetext', 'NoTravel', 'MessageOfTheDay']),
  finished: NullableDate,
  description: Text,
});

/** RFC 9457 problem details; every member is optional by the RFC. */
export const ProblemDetailsSchema = v.looseObject({
  type: v.optional(v.string()),
  title: v.optional(v.string()),
  status: v.optional(v.number()),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  /** Our extension for 409 on activation: the modules whose new total is below the number in use. */
  modules: v.optional(v.array(v.string())),
});

export type LicenseGroup = v.InferOutput<typeof LicenseGroupSchema>;
export type LicenseType = v.InferOutput<typeof LicenseTypeSchema>;
export type LicenseModule = v.InferOutput<typeof LicenseModuleSchema>;
export type LicenseOwner = v.InferOutput<typeof LicenseOwnerSchema>;
export type LicensesResponse = v.InferOutput<typeof LicensesResponseSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type LicenseDetail = v.InferOutput<typeof LicenseDetailSchema>;
export type ActivationResult = v.InferOutput<typeof ActivationResultSchema>;
export type DatabaseRole = v.InferOutput<typeof DatabaseRoleSchema>;
export type Restriction = v.InferOutput<typeof RestrictionSchema>;
export type Status = v.InferOutput<typeof StatusSchema>;
export type ConsumptionMonth = v.InferOutput<typeof ConsumptionMonthSchema>;
export type Consumption = v.InferOutput<typeof ConsumptionSchema>;
export type MeteredService = Consumption['services'][number];
export type EventScope = v.InferOutput<typeof EventScopeSchema>;
export type SystemEvent = v.InferOutput<typeof SystemEventSchema>;
export type EventsResponse = v.InferOutput<typeof EventsResponseSchema>;
export type NewSystemEvent = v.InferOutput<typeof NewSystemEventSchema>;
export type ProblemDetails = v.InferOutput<typeof ProblemDetailsSchema>;

/** Every resource of the contract by name, for the JSON Schema export and the docs. */
export const contractSchemas = {
  LicensesResponse: LicensesResponseSchema,
  LicenseDetail: LicenseDetailSchema,
  ActivationResult: ActivationResultSchema,
  Status: StatusSchema,
  Consumption: ConsumptionSchema,
  EventsResponse: EventsResponseSchema,
  SystemEvent: SystemEventSchema,
  NewSystemEvent: NewSystemEventSchema,
  ProblemDetails: ProblemDetailsSchema,
} as const;

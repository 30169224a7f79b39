/**
 * The endpoint contract (v1) as valibot schemas: the one source of truth for the TypeScript types, the
 * runtime validation of every response, and the published JSON Schema (`schema/contract.schema.json`).
 *
 * `v.object` drops unknown keys, which is what the contract asks for: extra fields are ignored so that a
 * newer server keeps working with older elements.
 */
import * as v from 'valibot';
import { isIsoDate, normalizeIsoDate } from './iso-date.js';
import { firstById, inListOrder, rows, withRejected, type RejectedRow, type Rows } from './rows.js';

export type { RejectedRow } from './rows.js';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A change of a count: may be negative, never a fraction (and so never `1e400`, read as Infinity). */
const CountChange = v.pipe(v.number(), v.integer());
/** A measured amount (GB may be a fraction): finite and not below zero. */
const Amount = v.pipe(v.number(), v.finite(), v.minValue(0));
const Text = v.string();
const NullableText = v.nullable(v.string());
/**
 * A calendar day or a date-time with an offset, read strictly (`iso-date.ts`): a date that is not one
 * spoils its row rather than being shown as some other day. `T` and `Z` come out upper case.
 */
const IsoDate = v.pipe(
  v.string(),
  v.check(isIsoDate, 'must be an ISO 8601 date (2027-06-30) or date-time with offset (2026-11-23T09:30:00Z)'),
  v.transform(normalizeIsoDate),
);
const NullableDate = v.nullable(IsoDate);

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
  sortOrder: v.optional(v.pipe(v.number(), v.finite()), 0),
  version: v.optional(NullableText, null),
  /** For a user plan: the licenses it comprises, as the server names them. Absent when not told. */
  includes: v.optional(v.array(Text)),
  /**
   * A change waiting on the license server (activation would set `newTotal`). Optional in `/licenses` so
   * the activation dialog needs no request per module; absent means "not told", `null` "nothing waiting".
   */
  pending: v.optional(v.nullable(v.object({ newTotal: Count, added: CountChange }))),
});

const LicenseOwnerFieldsSchema = v.object({
  id: Text,
  name: Text,
  companyName: Text,
  serialNumber: Text,
  expiryDate: NullableDate,
  graceDate: v.optional(NullableDate, null),
  nextCheckDate: v.optional(NullableDate, null),
  /** Any text: whether it becomes a link is decided where it is shown, by the one rule for URLs from data. */
  shopUrl: v.optional(NullableText, null),
  canActivate: v.optional(v.boolean(), false),
  modules: rows(LicenseModuleSchema),
});

/**
 * Each list below is read row by row (`rows.ts`): a module, owner, event, restriction, service or month
 * that cannot be read is left out and named in `rejected…`, next to the list, instead of failing the
 * whole answer. The `rejected…` fields are the client's own; servers never send them.
 */
export const LicenseOwnerSchema = v.pipe(
  LicenseOwnerFieldsSchema,
  v.transform(({ modules, ...owner }): LicenseOwner => {
    const { kept, rejected } = unique(modules);
    return { ...owner, modules: kept, ...withRejected('rejectedModules', rejected) };
  }),
);

export const LicensesResponseSchema = v.pipe(
  v.object({ owners: rows(LicenseOwnerSchema) }),
  v.transform(({ owners }): LicensesResponse => {
    const { kept, rejected } = unique(owners);
    return { owners: kept, ...withRejected('rejectedOwners', rejected) };
  }),
);

export const PersonSchema = v.object({
  id: Text,
  name: Text,
  portraitUrl: v.optional(NullableText, null),
});

const HistoryEntrySchema = v.object({ date: IsoDate, total: Count, note: v.optional(NullableText, null) });

const LicenseDetailFieldsSchema = v.object({
  ...LicenseModuleSchema.entries,
  ownerId: Text,
  assignedTo: v.optional(rows(PersonSchema), []),
  pending: v.optional(v.nullable(v.object({ newTotal: Count, added: CountChange })), null),
  history: v.optional(
    rows(HistoryEntrySchema, (raw) => (isRecord(raw) && typeof raw.date === 'string' ? raw.date : null)),
    [],
  ),
});

/** A person or history entry that cannot be read is left out and named, like any other row. */
export const LicenseDetailSchema = v.pipe(
  LicenseDetailFieldsSchema,
  v.transform(({ assignedTo, history, ...detail }): LicenseDetail => ({
    ...detail,
    assignedTo: assignedTo.valid,
    history: history.valid,
    ...withRejected('rejectedAssignees', assignedTo.rejected),
    ...withRejected('rejectedHistory', history.rejected),
  })),
);

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

const PlanSchema = v.pipe(
  v.object({ name: Text, restrictions: rows(RestrictionSchema) }),
  v.transform(({ name, restrictions }): Plan => ({
    name,
    restrictions: restrictions.valid,
    ...withRejected('rejectedRestrictions', restrictions.rejected),
  })),
);

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
  plan: v.optional(v.nullable(PlanSchema), null),
  userCount: Count,
});

export const ConsumptionMonthSchema = v.object({
  month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-11')),
  used: Amount,
  threshold: Amount,
});

export const MeteredServiceSchema = v.pipe(
  v.object({
    id: Text,
    name: v.optional(NullableText, null),
    unit: v.picklist(['GB', 'count']),
    months: rows(ConsumptionMonthSchema, (raw) => (isRecord(raw) && typeof raw.month === 'string' ? raw.month : null)),
  }),
  v.transform(({ months, ...service }): MeteredService => ({
    ...service,
    months: months.valid,
    ...withRejected('rejectedMonths', months.rejected),
  })),
);

export const ConsumptionSchema = v.pipe(
  v.object({ userCount: Count, services: rows(MeteredServiceSchema) }),
  v.transform(({ userCount, services }): Consumption => ({
    userCount,
    services: services.valid,
    ...withRejected('rejectedServices', services.rejected),
  })),
);

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
  /** The kind of event as the server names it (the Type column); absent: the column shows the scope. */
  type: v.optional(NullableText),
});

export const EventsResponseSchema = v.pipe(
  v.object({ events: rows(SystemEventSchema) }),
  v.transform(({ events }): EventsResponse => {
    const { kept, rejected } = unique(events);
    return { events: kept, ...withRejected('rejectedEvents', rejected) };
  }),
);

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
export type LicenseOwner = Omit<v.InferOutput<typeof LicenseOwnerFieldsSchema>, 'modules'> & {
  modules: LicenseModule[];
  /** Modules that could not be read; the list names them in a notice. */
  rejectedModules?: RejectedRow[];
};
export interface LicensesResponse {
  owners: LicenseOwner[];
  rejectedOwners?: RejectedRow[];
}
export type Person = v.InferOutput<typeof PersonSchema>;
export type LicenseDetail = Omit<v.InferOutput<typeof LicenseDetailFieldsSchema>, 'assignedTo' | 'history'> & {
  assignedTo: Person[];
  history: v.InferOutput<typeof HistoryEntrySchema>[];
  /** People and history entries that could not be read; the detail names them in a notice. */
  rejectedAssignees?: RejectedRow[];
  rejectedHistory?: RejectedRow[];
};
export type ActivationResult = v.InferOutput<typeof ActivationResultSchema>;
export type DatabaseRole = v.InferOutput<typeof DatabaseRoleSchema>;
export type Restriction = v.InferOutput<typeof RestrictionSchema>;
export interface Plan {
  name: string;
  restrictions: Restriction[];
  rejectedRestrictions?: RejectedRow[];
}
export type Status = v.InferOutput<typeof StatusSchema>;
export type ConsumptionMonth = v.InferOutput<typeof ConsumptionMonthSchema>;
export interface MeteredService {
  id: string;
  name: string | null;
  unit: 'GB' | 'count';
  months: ConsumptionMonth[];
  rejectedMonths?: RejectedRow[];
}
export interface Consumption {
  userCount: number;
  services: MeteredService[];
  rejectedServices?: RejectedRow[];
}
export type EventScope = v.InferOutput<typeof EventScopeSchema>;
export type SystemEvent = v.InferOutput<typeof SystemEventSchema>;
export interface EventsResponse {
  events: SystemEvent[];
  /** Events that could not be read; the table names them in a notice. */
  rejectedEvents?: RejectedRow[];
  /** True when the source stopped reading at its cap: there are more events than `events` holds. */
  truncated?: boolean;
}
export type NewSystemEvent = v.InferOutput<typeof NewSystemEventSchema>;
export type ProblemDetails = v.InferOutput<typeof ProblemDetailsSchema>;

/** A list's valid rows without repeated ids, and every row left out (unreadable or repeated). */
function unique<T extends { id: string; name?: string | null }>(list: Rows<T>) {
  const { kept, repeated } = firstById(list.valid, list.positions, (item) => item.name || item.id);
  return { kept, rejected: repeated.length ? inListOrder([...list.rejected, ...repeated]) : list.rejected };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

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

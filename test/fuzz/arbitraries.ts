/**
 * fast-check arbitraries for every resource of the contract: valid documents that cover the field space
 * (unicode and hostile text, nulls, optional fields left out, unknown extra fields, long lists), and
 * mutations that break one thing in one.
 *
 * A case is the JSON text the endpoint sends: a mutation can put a number there that JSON.stringify
 * cannot write (`1e400`), so every case goes through the client's own `JSON.parse`.
 */
import fc from 'fast-check';
import type { ResourceName } from './oracle.js';

type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------- values

const HOSTILE = [
  '',
  ' ',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"\'`${x}{{x}}',
  '\u202Egnp.exe',
  '\u2066isolated\u2069',
  '\u0000\u0001\u001f',
  '\ud83d\ude00 \u0915\u094d\u0937 \u05e9\u05dc\u05d5\u05dd',
  '\ud800',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'x'.repeat(1000),
];

/** Any text: printable, full unicode (lone surrogates included), and strings chosen to cause trouble. */
export const text = fc.oneof(
  { arbitrary: fc.string({ maxLength: 24 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 16 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '\u200b', '\u202e', '\n', '\t'), maxLength: 6 }), weight: 1 },
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 },
);
/** Text that names a row: never blank, so the element has something to show for it. */
const label = fc.oneof(fc.stringMatching(/^[A-Za-z][\w .-]{0,20}$/), text.filter((s) => s.trim().length > 0));
const nullableText = fc.option(text, { nil: null });

const count = fc.oneof(fc.nat({ max: 1000 }), fc.nat(), fc.constantFrom(0, Number.MAX_SAFE_INTEGER, 1e21));
const countChange = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer(), fc.constantFrom(-1e21, 1e21));
const amount = fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }));
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
/** A calendar day that exists, from 0000 to 9999. */
const day = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const offset = fc.oneof(
  fc.constantFrom('Z', 'z', '+00:00', '-00:00'),
  fc.tuple(fc.constantFrom('+', '-'), two(23), two(59)).map(([sign, h, m]) => `${sign}${h}:${m}`),
);
const fraction = fc.oneof(fc.constant(''), fc.stringMatching(/^\.\d{1,9}$/));
const dateTime = fc
  .tuple(day, fc.constantFrom('T', 't'), two(23), two(59), two(59), fraction, offset)
  .map(([d, t, h, m, s, f, o]) => `${d}${t}${h}:${m}:${s}${f}${o}`);
/** What the contract calls a date: a calendar day, or a date-time with an offset. */
export const isoDate = fc.oneof(day, dateTime);
const nullableDate = fc.option(isoDate, { nil: null });

/** Dates that are not: impossible days, text `Date.parse` takes, times without offset, leap seconds. */
export const badDate = fc.oneof(
  fc.constantFrom(
    '2026-02-30',
    '2026-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    'x 2026',
    '0',
    '1e400',
    '',
    'Nov 23 2026',
    '2026-11-23T09:30:00',
    '2026-11-23 09:30:00Z',
    '2026-11-23T09:30Z',
    '2026-11-23T24:00:00Z',
    '2026-11-23T09:60:00Z',
    '2016-12-31T23:59:60Z',
    '2026-11-23T09:30:00+24:00',
    '2026-11-23T09:30:00+0100',
    '+002026-11-23',
    '2026-11-23T09:30:00Z ',
    '\u0662\u0660\u0662\u0666-11-23',
  ),
  fc.tuple(day, fc.constantFrom(' ', 'T', '')).map(([d, sep]) => `${d}${sep}`),
);

/** Fields no server of this contract sends today: ignored, whatever they hold. */
const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'rejectedOwners', 'rejectedModules', 'rejectedEvents', 'x-new'),
  fc.string({ maxLength: 8 }).map((key) => `x-${key}`),
);
const extras = fc.oneof(
  { arbitrary: fc.constant({}), weight: 4 },
  { arbitrary: fc.dictionary(extraKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), weight: 1 },
);

/** A record with its required fields, some of its optional ones, and maybe unknown extra fields. */
function object(required: Record<string, fc.Arbitrary<unknown>>, optional: Record<string, fc.Arbitrary<unknown>> = {}) {
  return fc
    .tuple(fc.record(required), fc.record(optional, { requiredKeys: [] }), extras)
    .map(([base, more, extra]) => {
      const out: Json = {};
      // Extra keys first: a known key of the same name must win, as a server means it.
      for (const [key, value] of Object.entries(extra)) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      return Object.assign(out, base, more);
    });
}

/**
 * A list whose rows have distinct ids (repeated ids are a rule beyond JSON Schema). A `long` list is
 * now and then 60 to 150 rows; lists inside lists stay short, or a case would hold thousands.
 */
function list<T extends Json>(row: fc.Arbitrary<T>, { key = 'id', long = false } = {}) {
  const unique = (maxLength: number, minLength = 0) => fc.uniqueArray(row, { selector: (item) => item[key], minLength, maxLength });
  return long ? fc.oneof({ arbitrary: unique(6), weight: 60 }, { arbitrary: unique(150, 60), weight: 1 }) : unique(3);
}

// ------------------------------------------------------------------------------------------- resources

const group = fc.constantFrom('system', 'userPlan', 'site', 'legacyUser', 'other');
const licenseType = fc.constantFrom('site', 'satellite', 'user');
const pending = fc.option(object({ newTotal: count, added: countChange }), { nil: null });

const moduleFields = {
  required: { id: text, name: label, group, licenseType, unrestricted: fc.boolean(), total: count, inUse: count, free: count },
  optional: {
    description: nullableText,
    tooltip: nullableText,
    hidden: fc.boolean(),
    prerequisite: nullableText,
    sortOrder: anyFinite,
    version: nullableText,
    includes: fc.array(text, { maxLength: 4 }),
    pending,
  },
};
export const licenseModule = object(moduleFields.required, moduleFields.optional);

export const licenseOwner = object(
  {
    id: label,
    name: label,
    companyName: text,
    serialNumber: text,
    expiryDate: nullableDate,
    modules: list(licenseModule, { long: true }),
  },
  { graceDate: nullableDate, nextCheckDate: nullableDate, shopUrl: nullableText, canActivate: fc.boolean() },
);

const person = object({ id: label, name: label }, { portraitUrl: nullableText });

export const arbitraries: Record<ResourceName, fc.Arbitrary<Json>> = {
  LicensesResponse: object({ owners: list(licenseOwner) }),
  LicenseDetail: object(
    { ...moduleFields.required, ownerId: label },
    {
      ...moduleFields.optional,
      assignedTo: fc.array(person, { maxLength: 5 }),
      history: fc.array(object({ date: isoDate, total: count }, { note: nullableText }), { maxLength: 5 }),
    },
  ),
  ActivationResult: object({ owner: licenseOwner, changed: fc.array(text, { maxLength: 5 }) }),
  Status: object(
    {
      database: object({
        owner: text,
        serialNumber: text,
        subscription: text,
        type: text,
        role: fc.constantFrom('central', 'satellite', 'travel'),
        nextExpiryDate: nullableDate,
        loggedInUser: fc.option(object({ id: label, name: label }), { nil: null }),
      }),
      userCount: count,
    },
    { plan: fc.option(object({ name: label, restrictions: list(object({ id: label, label, active: count, maximum: count }), { long: true }) }), { nil: null }) },
  ),
  Consumption: object({
    userCount: count,
    services: list(
      object(
        {
          id: label,
          unit: fc.constantFrom('GB', 'count'),
          months: list(
            object({
              month: fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(
                ([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`,
              ),
              used: amount,
              threshold: amount,
            }),
            { key: 'month' },
          ),
        },
        { name: nullableText },
      ),
    ),
  }),
  EventsResponse: fc.constant(null).chain(() => object({ events: list(systemEvent(), { long: true }) })),
  SystemEvent: fc.constant(null).chain(() => systemEvent()),
  NewSystemEvent: object({
    key: fc.constantFrom('NoLogin', 'NoFreetext', 'NoTravel', 'MessageOfTheDay'),
    finished: nullableDate,
    description: text,
  }),
};

function systemEvent() {
  return object(
    {
      id: text,
      key: text,
      name: label,
      status: fc.oneof(fc.constantFrom('pending', 'running', 'finished', 'failed', 'cancelled'), text),
      activated: nullableDate,
      activatedBy: fc.option(person, { nil: null }),
      finished: nullableDate,
      scope: fc.constantFrom('system', 'database', 'group', 'user'),
    },
    { message: nullableText, description: nullableText, type: nullableText },
  );
}

// ------------------------------------------------------------------------------------------- mutations

/** Stands for the literal `1e400` until the case is written as JSON text. */
const HUGE = '\u0000huge\u0000';
export const toJsonText = (value: unknown) => JSON.stringify(value).replaceAll(JSON.stringify(HUGE), '1e400');

type Mutation =
  | { kind: 'replace'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'frame'; value: unknown };

const wrongValue = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1.5, '', 'x', [], {}, '25', HUGE, -0),
  badDate,
  fc.jsonValue({ maxDepth: 1 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: wrongValue.map((value) => ({ kind: 'replace' as const, value })), weight: 6 },
  { arbitrary: fc.constant({ kind: 'delete' as const }), weight: 2 },
  { arbitrary: fc.constantFrom<unknown>([], 'owners', null, 42, [{}]).map((value) => ({ kind: 'frame' as const, value })), weight: 1 },
);

/** Every place in a document a mutation can hit: its objects' fields and its arrays' items. */
function places(value: unknown, out: { parent: Json | unknown[]; key: string | number }[] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push({ parent: value, key: i }), places(item, out)));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) out.push({ parent: value as Json, key }), places(item, out);
  }
  return out;
}

export interface Case {
  /** The JSON text the endpoint answers. */
  text: string;
  /** What was done to a valid document, for the failure message. */
  mutation?: string;
}

export const validCase = (name: ResourceName): fc.Arbitrary<Case> => arbitraries[name].map((value) => ({ text: toJsonText(value) }));

/** A valid document with one thing broken; the oracle, not the arbitrary, decides whether it still is valid. */
export const mutatedCase = (name: ResourceName): fc.Arbitrary<Case> =>
  fc.tuple(arbitraries[name], fc.nat(), mutation).map(([value, pick, change]) => {
    const document = structuredClone(value);
    if (change.kind === 'frame') return { text: toJsonText(change.value), mutation: `frame ${toJsonText(change.value)}` };
    const all = places(document);
    const place = all[pick % Math.max(all.length, 1)];
    if (!place) return { text: toJsonText(change.kind === 'replace' ? change.value : null), mutation: 'root replaced' };
    const { parent, key } = place;
    if (change.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
    } else {
      (parent as Json)[key as string] = change.value;
    }
    return { text: toJsonText(document), mutation: `${change.kind} ${String(key)}${change.kind === 'replace' ? ` = ${toJsonText(change.value)}` : ''}` };
  });

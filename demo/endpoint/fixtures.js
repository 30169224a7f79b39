// @ts-check
/**
 * The demo endpoint's data: one function per resource that builds the payload for a scenario. Dates are
 * relative to today so "expiring soon" stays expiring soon whenever the demo runs.
 */

const DAY = 86_400_000;
/** @param {number} days */
export const dayFromNow = (days) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
/** @param {number} minutes */
const instantFromNow = (minutes) => new Date(Date.now() + minutes * 60_000).toISOString();

/**
 * @typedef {{ id: string, name: string, group: string, licenseType: string, unrestricted: boolean,
 *   total: number, inUse: number, free: number, description: string | null, tooltip: string | null,
 *   hidden: boolean, prerequisite: string | null, sortOrder: number, version: string | null,
 *   pending: { newTotal: number, added: number } | null }} Module
 * @typedef {{ id: string, name: string, companyName: string, serialNumber: string, expiryDate: string | null,
 *   graceDate: string | null, nextCheckDate: string | null, shopUrl: string | null, canActivate: boolean,
 *   modules: Module[] }} Owner
 */

/**
 * @param {string} id @param {string} name @param {string} group @param {string} licenseType
 * @param {number} total @param {number} inUse @param {Partial<Module>} [extra] @returns {Module}
 */
function module(id, name, group, licenseType, total, inUse, extra = {}) {
  return {
    id, name, group, licenseType, unrestricted: false, total, inUse, free: Math.max(0, total - inUse),
    description: null, tooltip: null, hidden: false, prerequisite: null, sortOrder: 0, version: '10.5',
    pending: null, ...extra,
  };
}

const vendorModules = () => [
  module('system', 'System', 'system', 'site', 1, 1, { description: 'Which systems you have access to.', unrestricted: true, sortOrder: 1 }),
  module('server', 'SuperOffice Server', 'system', 'site', 1, 1, { description: 'Required to use SuperOffice CRM.', sortOrder: 2 }),
  module('web', 'Online Web Services', 'system', 'site', 1, 1, { description: 'Required for access from a web client.', sortOrder: 3 }),
  module('area', 'Area Management', 'system', 'site', 1, 0, { description: 'Allows areas to be defined in Settings and maintenance.', sortOrder: 4 }),
  module('saint', 'Sales Intelligence', 'system', 'site', 1, 1, { description: 'Enables SAINT status monitoring.', sortOrder: 5 }),
  module('exchange', 'Exchange Synchronizer', 'system', 'site', 1, 0, { description: 'Allows use of SuperOffice Synchronizer.', sortOrder: 6 }),
  module('expander', 'SuperOffice Expander Services', 'system', 'site', 1, 1, { description: 'Functions for anonymous and external users.', sortOrder: 7 }),
  module('cust', 'Customer Centre', 'system', 'site', 1, 1, { description: 'Gives access to Customer Centre.', sortOrder: 8 }),
  module('quote', 'Sales Quote Management', 'system', 'site', 1, 1, { description: 'Gives access to quotes.', sortOrder: 9 }),
  module('sales-essentials', 'Sales-Essentials', 'userPlan', 'user', 10, 7, { sortOrder: 10, prerequisite: 'web' }),
  module('ten-sales', 'Sales-Premium', 'userPlan', 'user', 25, 23, { sortOrder: 11, prerequisite: 'web', tooltip: 'Full sales functionality per user.', pending: { newTotal: 30, added: 5 } }),
  module('service-essentials', 'Service-Essentials', 'userPlan', 'user', 5, 5, { sortOrder: 12 }),
  module('service-premium', 'Service-Premium', 'userPlan', 'user', 8, 3, { sortOrder: 13 }),
  module('marketing-essentials', 'Marketing-Essentials', 'userPlan', 'user', 4, 1, { sortOrder: 14 }),
  module('marketing-premium', 'Marketing-Premium', 'userPlan', 'user', 2, 2, { sortOrder: 15 }),
  module('satellite', 'Satellite', 'site', 'satellite', 3, 1, { description: 'Number of satellite databases.', sortOrder: 20 }),
  module('reporter', 'Reporter Studio', 'site', 'site', 2, 1, { description: 'Maximum number of sites using Reporter Studio.', sortOrder: 21 }),
  module('audience', 'Audience', 'site', 'site', 1, 1, { description: 'Maximum number of sites using Audience.', sortOrder: 22 }),
  module('std-user', 'Standard CRM user', 'legacyUser', 'user', 20, 12, { sortOrder: 30 }),
  module('travel', 'Remote Travel', 'legacyUser', 'user', 5, 2, { sortOrder: 31 }),
  module('pocket', 'Pocket CRM', 'legacyUser', 'user', 10, 4, { sortOrder: 32 }),
  module('outlook', 'Outlook Synchronizer', 'legacyUser', 'user', 0, 0, { unrestricted: true, sortOrder: 33 }),
  module('internal-flag', 'Internal flag', 'other', 'site', 1, 1, { hidden: true }),
];

/** @param {Partial<Owner>} [extra] @returns {Owner} */
const vendorOwner = (extra = {}) => ({
  id: 'SUPEROFFICE', name: 'SuperOffice', companyName: 'Nordlys Consulting AS', serialNumber: '1010000014',
  expiryDate: null, graceDate: null, nextCheckDate: dayFromNow(6), shopUrl: 'https://shop.example/buy',
  canActivate: true, modules: vendorModules(), ...extra,
});

/** @returns {Owner[]} */
const partnerOwners = () => [
  {
    id: 'ACME', name: 'Acme Quotes', companyName: 'Nordlys Consulting AS', serialNumber: 'AC-2231',
    expiryDate: dayFromNow(200), graceDate: null, nextCheckDate: null, shopUrl: null, canActivate: false,
    modules: [
      module('acme-quote', 'Acme Quote Designer', 'other', 'user', 15, 9, { description: 'Designs quote templates.' }),
      module('acme-sync', 'Acme ERP Sync', 'system', 'site', 1, 1, { unrestricted: true }),
    ],
  },
  {
    id: 'FJORD', name: 'Fjord Analytics', companyName: 'Nordlys Consulting AS', serialNumber: 'FJ-0042',
    expiryDate: dayFromNow(20), graceDate: null, nextCheckDate: null, shopUrl: 'https://fjord.example/shop',
    canActivate: false,
    modules: [module('fjord-dash', 'Fjord Dashboards', 'other', 'user', 5, 5)],
  },
];

/** @param {string} scenario @returns {{ owners: Owner[] }} */
export function licenses(scenario) {
  switch (scenario) {
    case 'empty':
      return { owners: [] };
    case 'expired':
      return { owners: [vendorOwner({ expiryDate: dayFromNow(-3), graceDate: dayFromNow(11) })] };
    case 'expiring':
      return { owners: [vendorOwner({ expiryDate: dayFromNow(12) })] };
    case 'over-assigned': {
      const owner = vendorOwner();
      owner.modules = owner.modules.map((m) =>
        m.id === 'ten-sales'
          ? { ...m, total: 20, inUse: 23, free: 0, pending: { newTotal: 24, added: 4 } }
          // A cut below the number in use waits on the license server: the activation dialog shows it red,
          // with Activate unavailable, as the vendor's screen does.
          : m.id === 'std-user' ? { ...m, total: 10, inUse: 12, free: 0, pending: { newTotal: 11, added: 1 } } : m,
      );
      return { owners: [owner] };
    }
    case 'third-party':
      return { owners: [vendorOwner(), ...partnerOwners()] };
    case 'wrong-shape': {
      // A count sent as a string: that one module is named in a notice, the others are still listed.
      const owner = vendorOwner();
      Object.assign(owner.modules[10] ?? {}, { total: '25' });
      return { owners: [owner] };
    }
    default:
      return { owners: [vendorOwner({ expiryDate: dayFromNow(210) })] };
  }
}

/**
 * @param {string | { owners: Owner[] }} scenario a scenario, or the licenses as they stand now
 * @param {string} ownerId @param {string} moduleId
 */
export function licenseDetail(scenario, ownerId, moduleId) {
  const owner = (typeof scenario === 'string' ? licenses(scenario) : scenario).owners.find((o) => o.id === ownerId);
  const found = owner?.modules.find((m) => m.id === moduleId);
  if (!found) return undefined;
  const people = ['Jan Berg', 'Kari Nordmann', 'Lise Dahl', 'Ola Hansen'];
  return {
    ...found,
    ownerId,
    assignedTo: found.licenseType === 'user'
      ? people.slice(0, Math.min(found.inUse, people.length)).map((name, i) => ({
          id: name.split(' ')[0].toUpperCase(), name, portraitUrl: i === 0 ? '/demo/portraits/jan.svg' : null,
        }))
      : [],
    history: [
      { date: dayFromNow(-400), total: Math.max(0, found.total - 5), note: 'First purchase' },
      { date: dayFromNow(-60), total: found.total, note: null },
    ],
  };
}

/** @param {string} scenario */
export function status(scenario) {
  const role = scenario === 'satellite' ? 'satellite' : scenario === 'travel' ? 'travel' : 'central';
  const expiry = scenario === 'expired' ? dayFromNow(-3) : scenario === 'expiring' ? dayFromNow(12) : dayFromNow(210);
  const active = scenario === 'plan-85' ? 86 : scenario === 'plan-100' ? 100 : 50;
  return {
    database: {
      owner: 'Nordlys Consulting AS', serialNumber: '1010000014', subscription: 'CRM Online', type: 'Production',
      role, nextExpiryDate: expiry, loggedInUser: { id: 'JAN', name: 'Jan Berg' },
    },
    plan: scenario === 'no-plan' ? null : {
      name: 'Core Suite',
      restrictions: [
        { id: 'projects', label: 'Active projects', active, maximum: 100 },
        { id: 'selections', label: 'Dynamic selections', active: 3, maximum: 20 },
      ],
    },
    userCount: 42,
  };
}

/** The `count` calendar months (UTC) up to the one `now` falls in, oldest first. @param {number} count @param {Date} now */
function lastMonths(count, now) {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/**
 * The metered services of the last `months` months. The running month is the month so far: a count has
 * reached the share of its month's pace that the days elapsed (today included) make, so on the 1st it is
 * one day's worth, not a whole month's. Storage is a level and is the same all month.
 * @param {string} _scenario @param {number} months @param {Date} [now]
 */
export function consumption(_scenario, months, now = new Date()) {
  const keys = lastMonths(months, now);
  const days = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
  const elapsed = now.getUTCDate() / days;
  /** @param {(i: number) => number} used @param {number} threshold @param {boolean} [level] */
  const series = (used, threshold, level = false) => keys.map((month, i) => ({
    month, used: level || i < keys.length - 1 ? used(i) : Math.round(used(i) * elapsed), threshold,
  }));
  return {
    userCount: 42,
    services: [
      { id: 'storage', unit: 'GB', months: series((i) => Math.round((30 + i * 2.1) * 10) / 10, 50, true) },
      { id: 'mailings', unit: 'count', months: series((i) => 8000 + ((i * 1733) % 5000), 12000) },
      { id: 'customerCentreLogins', unit: 'count', months: series((i) => 300 + i * 20, 1000) },
      { id: 'chatSessions', unit: 'count', months: series((i) => 150 + ((i * 37) % 90), 400) },
      { id: 'formSubmissions', unit: 'count', months: series((i) => 80 + i * 5, 500) },
      { id: 'smsSent', name: 'SMS sent', unit: 'count', months: series((i) => 50 + i, 200) },
    ],
  };
}

const EVENT_KEYS = [
  ['FreetextRebuild', 'Free-text index rebuild'], ['UDefRebuild', 'User-defined fields rebuild'],
  ['PrototypeRebuild', 'Prototype rebuild'], ['ROURebuild', 'ROU rebuild'], ['Import', 'Contact import'],
];
const STATUSES = ['running', 'pending', 'finished', 'failed', 'cancelled'];
const SCOPES = ['system', 'database', 'group', 'user'];

/** @param {number} count */
export function events(count) {
  return Array.from({ length: count }, (_, i) => {
    const [key, name] = EVENT_KEYS[i % EVENT_KEYS.length];
    return {
      id: String(i + 1), key, name: `${name} #${i + 1}`, status: STATUSES[i % STATUSES.length],
      message: `Processed ${(i * 977) % 40000} of 40 000 items`,
      description: `${name}. Started by the system to keep the database consistent. Item ${i + 1}.`,
      activated: instantFromNow(-(i * 7) - 30),
      activatedBy: i % 3 === 0 ? null : { id: i % 2 ? 'JAN' : 'KARI', name: i % 2 ? 'Jan Berg' : 'Kari Nordmann', portraitUrl: i % 2 ? '/demo/portraits/jan.svg' : null },
      finished: i % 4 === 0 ? null : instantFromNow(20 + i),
      scope: SCOPES[i % SCOPES.length],
    };
  });
}

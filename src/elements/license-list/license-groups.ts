/** How the license list is divided: the five groups of the domain, in their order, and their names. */
import { msg } from '../../i18n/msg.js';
import { VENDOR_OWNER_ID, type LicenseGroup, type LicenseModule, type LicenseOwner } from '../../data/schema.js';

export { VENDOR_OWNER_ID };

export const GROUP_ORDER: readonly LicenseGroup[] = ['system', 'userPlan', 'site', 'legacyUser', 'other'];

export function groupLabel(group: LicenseGroup): string {
  switch (group) {
    case 'system':
      return msg('System licenses', { desc: 'Heading of a group in the license list: licenses for the whole installation, not per user.' });
    case 'userPlan':
      return msg('User plans', { desc: 'Heading of a group in the license list: per-user subscription plans (Sales-Premium, …).' });
    case 'site':
      return msg('Site licenses', { desc: 'Heading of a group in the license list: licenses counted per site (database or satellite).' });
    case 'legacyUser':
      return msg('User licenses (Windows, legacy)');
    case 'other':
      return msg('Other licenses', { desc: 'Heading of a group in the license list: licenses of no known group.' });
  }
}

export interface LicenseSection {
  group: LicenseGroup;
  modules: LicenseModule[];
}

/** Visible modules by group in the domain's order, each group by `sortOrder` then name; empty groups left out. */
export function groupModules(modules: readonly LicenseModule[]): LicenseSection[] {
  const visible = modules.filter((module) => !module.hidden);
  return GROUP_ORDER.map((group) => ({
    group,
    modules: visible
      .filter((module) => module.group === group)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name)),
  })).filter((section) => section.modules.length > 0);
}



/** The owner named, else the vendor's, else the first. */
export function pickOwner(owners: readonly LicenseOwner[], wanted: string): LicenseOwner | undefined {
  if (wanted) return owners.find((owner) => owner.id === wanted);
  return owners.find((owner) => owner.id.toUpperCase() === VENDOR_OWNER_ID) ?? owners[0];
}

/**
 * What a new version of a license owner (an activation's or a license file's answer) changes against the
 * one on screen. The element judges by this comparison, not by the server's `changed` list alone, so that
 * what it says ("changes nothing", "Changed: …") always matches the numbers it shows.
 */
import type { LicenseModule, LicenseOwner } from './schema.js';

export interface OwnerChanges {
  /** Ids of the licenses whose total (or unlimited) differs, is new, or is gone; in the new owner's order. */
  modules: string[];
  /**
   * Something else a license file can change: the owner's facts (company name, serial number, expiry and
   * grace dates) or a license the list does not show (a hidden module's total).
   */
  other: boolean;
}

const shown = (owner: LicenseOwner) => owner.modules.filter((module) => !module.hidden);
const sameTotal = (a: LicenseModule, b: LicenseModule) =>
  a.unrestricted === b.unrestricted && (a.unrestricted || a.total === b.total);

export function ownerChanges(before: LicenseOwner, after: LicenseOwner): OwnerChanges {
  const old = new Map(shown(before).map((module) => [module.id, module]));
  const now = new Set(shown(after).map((module) => module.id));
  const modules = [
    ...shown(after).flatMap((module) => {
      const was = old.get(module.id);
      return was && sameTotal(was, module) ? [] : [module.id];
    }),
    ...[...old.keys()].filter((id) => !now.has(id)),
  ];
  const facts = (['companyName', 'serialNumber', 'expiryDate', 'graceDate'] as const).some((key) => before[key] !== after[key]);
  const hiddenBefore = new Map(before.modules.filter((module) => module.hidden).map((module) => [module.id, module]));
  const hidden = after.modules.filter((module) => module.hidden);
  const hiddenChanged =
    hidden.length !== hiddenBefore.size ||
    hidden.some((module) => {
      const was = hiddenBefore.get(module.id);
      return !was || !sameTotal(was, module);
    });
  return { modules, other: facts || hiddenChanged };
}

export const changesNothing = (changes: OwnerChanges) => changes.modules.length === 0 && !changes.other;

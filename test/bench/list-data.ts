/**
 * 500 licenses of one owner, made in memory for the license list benchmark: every group, descriptions
 * on all, counts that cover every state a row can show (room left, all in use, over-assigned, unlimited).
 */
import type { LicenseGroup, LicenseModule, LicenseOwner, LicensesResponse } from '../../src/data/schema.js';

const GROUPS: LicenseGroup[] = ['system', 'userPlan', 'site', 'legacyUser', 'other'];

export function sampleModules(count: number): LicenseModule[] {
  return Array.from({ length: count }, (_, i) => {
    const total = i % 11 === 0 ? 1 : 5 + ((i * 37) % 200);
    // Mostly some in use; every 7th all in use, every 13th over-assigned.
    const inUse = i % 13 === 0 ? total + 1 + (i % 4) : i % 7 === 0 ? total : (i * 17) % total;
    return {
      id: `module-${i}`,
      name: `License module ${i + 1}`,
      group: GROUPS[i % GROUPS.length] ?? 'other',
      licenseType: i % 2 ? 'user' : 'site',
      unrestricted: i % 29 === 0,
      total,
      inUse,
      free: Math.max(0, total - inUse),
      description: `What license module ${i + 1} gives access to, in a sentence.`,
      tooltip: null,
      hidden: false,
      prerequisite: null,
      sortOrder: i,
      version: '10.5',
      pending: null,
    } as LicenseModule;
  });
}

export function sampleOwner(count: number): LicenseOwner {
  return {
    id: 'SUPEROFFICE',
    name: 'SuperOffice',
    companyName: 'Nordlys Consulting AS',
    serialNumber: '1010000014',
    expiryDate: '2027-06-30',
    graceDate: null,
    nextCheckDate: null,
    shopUrl: null,
    canActivate: false,
    modules: sampleModules(count),
  } as LicenseOwner;
}

export const sampleLicenses = (count: number): LicensesResponse => ({ owners: [sampleOwner(count)] });

/** The moment expiry is judged by, fixed so every sample shows the same. */
export const BENCH_NOW = new Date('2026-12-01T12:00:00Z');

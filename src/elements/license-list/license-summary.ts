/**
 * The strip of figures above one owner's license list: how many user plans are in use of how many, how
 * many licenses are over-assigned, and how long the license is still valid.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { plural } from '../../i18n/plural.js';
import { daysUntil, formatDate, formatList, formatNumber } from '../../i18n/format.js';
import { expiryLevel } from '../../internal/expiry.js';
import type { LicenseModule, LicenseOwner } from '../../data/schema.js';
import { groupLabel, type LicenseSection } from './license-groups.js';
import { bar, licenseUsage, showsBar } from './license-usage.js';

export interface OwnerSummary {
  /** The user plans' counts added up; an owner without plans (an add-on) adds up its counted licenses. */
  seats?: { plans: boolean; inUse: number; total: number; free: number };
  overAssigned: LicenseModule[];
  /** Days from `now` to the expiry date (negative once expired); absent when the license does not expire. */
  expiry?: { date: string; days: number };
}

/** The figures of the licenses shown (hidden ones are not in the list, so not in its summary). */
export function summarize(owner: LicenseOwner, sections: readonly LicenseSection[], now: number): OwnerSummary {
  const shown = sections.flatMap((section) => section.modules);
  const plans = shown.filter((module) => module.group === 'userPlan' && !module.unrestricted);
  const counted = plans.length ? plans : shown.filter(showsBar);
  const add = (count: (module: LicenseModule) => number) => counted.reduce((sum, module) => sum + count(module), 0);
  return {
    seats: counted.length
      ? { plans: plans.length > 0, inUse: add((m) => m.inUse), total: add((m) => m.total), free: add((m) => m.free) }
      : undefined,
    overAssigned: shown.filter((module) => licenseUsage(module) === 'over'),
    expiry: owner.expiryDate ? { date: owner.expiryDate, days: daysUntil(owner.expiryDate, now) } : undefined,
  };
}

export function renderSummary({ seats, overAssigned, expiry }: OwnerSummary) {
  return html`<dl class="summary" part="summary">
    ${seats ? seatsTile(seats) : nothing} ${overTile(overAssigned)} ${expiry ? validityTile(expiry) : nothing}
  </dl>`;
}

function tile(kind: string, label: string, figure: unknown, sub?: unknown) {
  return html`<div class="tile ${kind}">
    <dt>${label}</dt>
    <dd class="figure">${figure}</dd>
    ${sub ? html`<dd class="sub">${sub}</dd>` : nothing}
  </div>`;
}

function seatsTile({ plans, inUse, total, free }: NonNullable<OwnerSummary['seats']>) {
  const usage = licenseUsage({ unrestricted: false, inUse, total });
  const label = plans ? groupLabel('userPlan') : msg('Licenses', { desc: 'Name of the screen and of its list of tabs.' });
  return tile(
    `seats ${usage}`,
    label,
    html`<span class="num">${inUseOf(inUse, total)}</span>${bar({ unrestricted: false, inUse, total })}`,
    html`<span class="num">${freeCount(free)}</span>`,
  );
}

function overTile(overAssigned: readonly LicenseModule[]) {
  const label = msg('Assignments', { desc: 'Label in the summary above the license list: whether more licenses are in use than licensed.' });
  const count = overAssigned.length;
  if (count === 0) {
    return tile('assignments calm', label, html`<span class="sign" aria-hidden="true">✓</span> ${msg('No license is over-assigned')}`);
  }
  const shown = formatNumber(count);
  return tile(
    'assignments over',
    label,
    html`<span aria-hidden="true">⚠</span> ${plural(count, {
      one: msg(str`${shown} license is over-assigned`, { id: 'over-assigned-count.one', desc: 'Summary above the license list; one license has more in use than licensed.' }),
      other: msg(str`${shown} licenses are over-assigned`, { id: 'over-assigned-count.other', desc: 'Summary above the license list; several licenses have more in use than licensed.' }),
    })}`,
    formatList(overAssigned.map((module) => module.name)),
  );
}

function validityTile({ date, days }: NonNullable<OwnerSummary['expiry']>) {
  const left = formatNumber(days);
  const figure =
    days < 0
      ? html`<span aria-hidden="true">⚠</span> ${msg('Expired', { desc: 'Summary above the license list: the license is past its expiry date.' })}`
      : days === 0
        ? msg('Expires today', { desc: 'Summary above the license list: today is the license’s last day.' })
        : plural(days, {
            one: msg(str`${left} day left`, { id: 'days-left.one', desc: 'Summary above the license list: one day until the license expires.' }),
            other: msg(str`${left} days left`, { id: 'days-left.other', desc: 'Summary above the license list: days until the license expires.' }),
          });
  return tile(
    `validity ${expiryLevel(days)}`,
    msg('Validity', { desc: 'Label in the summary above the license list: how long the license is still valid.' }),
    figure,
    formatDate(date),
  );
}

/** "12 of 20 in use": the summary's and the detail's figure. */
export const inUseOf = (inUse: number, total: number) =>
  msg(str`${formatNumber(inUse)} of ${formatNumber(total)} in use`, { desc: 'How many licenses are in use of how many there are.' });

/** "8 free" (Swedish "1 ledig", "8 lediga"). */
export const freeCount = (free: number) => {
  const count = formatNumber(free);
  return plural(free, {
    one: msg(str`${count} free`, { id: 'free-count.one', desc: 'One license not in use that can be assigned (not “free of charge”).' }),
    other: msg(str`${count} free`, { id: 'free-count.other', desc: 'Licenses not in use that can be assigned (not “free of charge”).' }),
  });
};

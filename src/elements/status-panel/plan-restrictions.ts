/**
 * The plan's restrictions: one row each with its count in words ("50 of 100"), the shared usage bar, and
 * from 85 % a flag that says, in words and with a named icon, that the limit is near or reached.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { Restriction } from '../../data/schema.js';
import { formatNumber } from '../../i18n/format.js';
import { usageBar } from '../../internal/usage-bar.js';

/** The product's rule: from 85 % of a restriction's maximum it warns, at 100 % the feature is blocked. */
const RESTRICTION_WARNING = 0.85;

export type RestrictionLevel = 'normal' | 'warning' | 'blocked';

export function restrictionLevel({ active, maximum }: Restriction): RestrictionLevel {
  if (active >= maximum) return 'blocked';
  return active >= maximum * RESTRICTION_WARNING ? 'warning' : 'normal';
}

export function renderRestrictions(restrictions: readonly Restriction[]) {
  if (!restrictions.length) return nothing;
  return html`<h4 class="label">${msg('Restrictions', { desc: 'Heading: limits of the plan, e.g. ’1 of 100 active projects’.' })}</h4>
    <ul class="restrictions">${restrictions.map(renderRestriction)}</ul>`;
}

function renderRestriction(restriction: Restriction) {
  const level = restrictionLevel(restriction);
  const { active, maximum } = restriction;
  const blocked = level === 'blocked';
  // The bar is red from 85 % (the product's rule), not only past the limit.
  return html`<li class=${level} part="restriction">
    <span class="name">${restriction.label}</span>
    <span class="count num">${msg(str`${formatNumber(active)} of ${formatNumber(maximum)}`)}</span>
    ${level === 'normal'
      ? nothing
      : html`<span class="flag"><span role="img" aria-label=${blocked ? msg('Blocked', { desc: 'Text alternative of an icon: the plan limit is reached and the feature is blocked.' }) : msg('Warning', { desc: 'Text alternative of an icon: the plan limit is nearly reached.' })}>${blocked ? '⊘' : '⚠'}</span>
        ${blocked ? msg('Limit reached: blocked') : msg('Close to the limit')}</span>`}
    ${usageBar(active, maximum, level === 'normal' ? 'ok' : 'over')}
  </li>`;
}

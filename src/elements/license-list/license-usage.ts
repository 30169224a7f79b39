/**
 * How much of one license is in use, as the list, its summary and the detail show it: a bar, and a note in
 * words when it is full or over-assigned (colour is never the only sign). Called from render().
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { formatNumber } from '../../i18n/format.js';
import { usageBar } from '../../internal/usage-bar.js';
import type { LicenseModule } from '../../data/schema.js';
import { isOverAssigned } from '../../data/license-rules.js';

/**
 * `full`: nothing left to assign (a zero total included); `over`: more in use than licensed. The Status
 * tab's 85 % warning line is for plan restrictions that block a feature; a license nearly in use is `ok`.
 */
export type LicenseUsage = 'unlimited' | 'ok' | 'full' | 'over';

type Counts = Pick<LicenseModule, 'unrestricted' | 'inUse' | 'total'>;

export function licenseUsage(module: Counts): LicenseUsage {
  if (module.unrestricted) return 'unlimited';
  if (isOverAssigned(module)) return 'over';
  return module.inUse === module.total ? 'full' : 'ok';
}

/**
 * System licenses are switches for the whole installation (on or off, or a count of one), not seats to
 * hand out: a bar and "All in use" on each would be noise. They still say when they are over-assigned.
 */
export const showsBar = (module: Counts & Pick<LicenseModule, 'group'>) =>
  !module.unrestricted && module.group !== 'system';

export function bar(module: Counts) {
  const usage = licenseUsage(module);
  return usageBar(module.inUse, module.total, usage === 'unlimited' ? 'ok' : usage);
}

export const unlimitedText = () => msg('Unlimited', { desc: 'Shown instead of a number: the license has no limit.' });

/** The count as a number, or "Unlimited" for a license without a limit. */
export const countText = (module: Counts, count: number) => (module.unrestricted ? unlimitedText() : formatNumber(count));

/** "3 more in use than licensed" (with ⚠), "All in use", or nothing. `full` is left out where the bar is. */
export function usageNote(module: Counts & Pick<LicenseModule, 'group'>) {
  const usage = licenseUsage(module);
  if (usage === 'over') {
    return html`<span class="problem" part="over-assigned"><span aria-hidden="true">⚠</span>
      ${msg(str`${formatNumber(module.inUse - module.total)} more in use than licensed`)}</span>`;
  }
  if (usage === 'full' && showsBar(module)) {
    return html`<span class="note full" part="all-in-use">${msg('All in use', { desc: 'Note beside a license: every license is assigned, none is free.' })}</span>`;
  }
  return nothing;
}

export const inUseLabel = () => msg('In use', { desc: 'Column or label: how many licenses are assigned to users now (a number follows).' });
export const freeLabel = () => msg('Free', { desc: 'Column or label: how many licenses are not in use and can be assigned (a number, not ’free of charge’).' });
export const totalLabel = () => msg('Total', { desc: 'Column or label: how many licenses there are in all (a number).' });

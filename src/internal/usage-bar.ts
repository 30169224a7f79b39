/** A bar of how much of something is used: the license list's counts, the plan's restrictions. */
import { html, svg } from 'lit';

/** `near` from 85 % (the product's warning line), `full` at the limit, `over` past it. */
export type UsageLevel = 'ok' | 'near' | 'full' | 'over';

export function usageLevel(used: number, total: number): UsageLevel {
  if (used > total) return 'over';
  if (total > 0 && used === total) return 'full';
  return total > 0 && used / total >= 0.85 ? 'near' : 'ok';
}

/**
 * Decorative (`aria-hidden`): the numbers beside it are what a screen reader reads. A zero total is full
 * from the start, and a bar past its limit stays at full width, in the danger colour.
 */
export function usageBar(used: number, total: number, level: UsageLevel = usageLevel(used, total)) {
  const filled = total > 0 ? Math.min(100, (Math.max(0, used) / total) * 100) : 100;
  return html`<svg class="usage-bar ${level}" part="usage-bar" aria-hidden="true" viewBox="0 0 100 4" preserveAspectRatio="none">
    ${svg`<rect class="track" width="100" height="4"></rect><rect class="fill" width=${filled} height="4"></rect>`}
  </svg>`;
}

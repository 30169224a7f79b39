/**
 * One row of the license list, as one flat template per shape of row (with or without a description, with
 * or without a usage bar): a nested template per cell or bar would cost a template instance each, and a
 * list of 500 licenses made thousands of them. Called from render().
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatNumber } from '../../i18n/format.js';
import type { LicenseModule } from '../../data/schema.js';
import { countText, licenseUsage, showsBar, usageNote } from './license-usage.js';

/** The column names each number cell carries for the stacked layout; looked up once per render, not per row. */
export interface RowLabels {
  inUse: string;
  free: string;
  total: string;
}

/** Share of the bar filled, in percent, as usage-bar.ts draws it: a zero total is full, past the limit stays full. */
const filled = (module: LicenseModule) => (module.total > 0 ? Math.min(100, (Math.max(0, module.inUse) / module.total) * 100) : 100);

/**
 * The row of one license. The name is a button whose value is the module's id: the table listens for its
 * clicks once, rather than a listener per row. The bar is usage-bar.ts's markup inline (the same classes,
 * part and shape), so it costs no template of its own.
 */
export function licenseRow(module: LicenseModule, labels: RowLabels) {
  const usage = licenseUsage(module);
  const rowClass = `license ${usage === 'over' ? 'over-assigned' : usage}`;
  const tooltip = ifDefined(module.tooltip ?? undefined);
  const used = formatNumber(module.inUse);
  const note = usage === 'ok' || usage === 'unlimited' ? nothing : usageNote(module);
  const free = countText(module, module.free);
  const total = countText(module, module.total);
  const { description } = module;
  if (showsBar(module)) {
    const level = usage === 'unlimited' ? 'ok' : usage;
    return description
      ? html`<tr class=${rowClass} role="row"><th scope="row" role="rowheader"><button type="button" class="name" part="license-name" title=${tooltip} value=${module.id}>${module.name}</button><span class="description" part="description">${description}</span></th><td class="num in-use" role="cell" data-label=${labels.inUse}><span class="usage"><svg class="usage-bar ${level}" part="usage-bar" aria-hidden="true" viewBox="0 0 100 4" preserveAspectRatio="none"><rect class="track" width="100" height="4"></rect><rect class="fill" width=${filled(module)} height="4"></rect></svg><span class="used">${used}</span></span>${note}</td><td class="num count" role="cell" data-label=${labels.free}>${free}</td><td class="num count" role="cell" data-label=${labels.total}>${total}</td></tr>`
      : html`<tr class=${rowClass} role="row"><th scope="row" role="rowheader"><button type="button" class="name" part="license-name" title=${tooltip} value=${module.id}>${module.name}</button></th><td class="num in-use" role="cell" data-label=${labels.inUse}><span class="usage"><svg class="usage-bar ${level}" part="usage-bar" aria-hidden="true" viewBox="0 0 100 4" preserveAspectRatio="none"><rect class="track" width="100" height="4"></rect><rect class="fill" width=${filled(module)} height="4"></rect></svg><span class="used">${used}</span></span>${note}</td><td class="num count" role="cell" data-label=${labels.free}>${free}</td><td class="num count" role="cell" data-label=${labels.total}>${total}</td></tr>`;
  }
  return description
    ? html`<tr class=${rowClass} role="row"><th scope="row" role="rowheader"><button type="button" class="name" part="license-name" title=${tooltip} value=${module.id}>${module.name}</button><span class="description" part="description">${description}</span></th><td class="num in-use" role="cell" data-label=${labels.inUse}><span class="usage"><span class="used">${used}</span></span>${note}</td><td class="num count" role="cell" data-label=${labels.free}>${free}</td><td class="num count" role="cell" data-label=${labels.total}>${total}</td></tr>`
    : html`<tr class=${rowClass} role="row"><th scope="row" role="rowheader"><button type="button" class="name" part="license-name" title=${tooltip} value=${module.id}>${module.name}</button></th><td class="num in-use" role="cell" data-label=${labels.inUse}><span class="usage"><span class="used">${used}</span></span>${note}</td><td class="num count" role="cell" data-label=${labels.free}>${free}</td><td class="num count" role="cell" data-label=${labels.total}>${total}</td></tr>`;
}

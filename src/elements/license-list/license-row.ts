/**
 * One row of the license list, as one flat template per shape of row (with or without a usage bar): a
 * nested template per cell or bar would cost a template instance each, and a list of 500 licenses made
 * thousands of them. The spaces between the cells keep the row's text readable as words (copying, a screen
 * reader's row text); tables lay no whitespace out between cells. Called from render().
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProperties } from './css-properties.js';
import { formatNumber } from '../../i18n/format.js';
import type { LicenseModule } from '../../data/schema.js';
import { countText, licenseUsage, showsBar, usageNote } from './license-usage.js';

/** Share of the bar filled, in percent, as usage-bar.ts draws it: a zero total is full, past the limit stays full. */
const filled = (module: LicenseModule) => (module.total > 0 ? Math.min(100, (Math.max(0, module.inUse) / module.total) * 100) : 100);

/** The fill as a custom property the bar's gradient reads (license-list.styles.ts), set through the CSSOM (see css-properties.ts). */
const fillOf = (module: LicenseModule) => cssProperties({ '--_filled': `${filled(module)}%` });

/**
 * The row of one license. The name is a button whose value is the module's id: the table listens for its
 * clicks once, rather than a listener per row. The bar is one element, the same size, colours, classes and
 * part as usage-bar.ts's SVG (which the summary and the detail use): three SVG nodes and a template of
 * their own per row were the largest part of the list's style, layout and paint work.
 */
export function licenseRow(module: LicenseModule) {
  const usage = licenseUsage(module);
  const rowClass = `license ${usage === 'over' ? 'over-assigned' : usage}`;
  const used = formatNumber(module.inUse);
  const note = usage === 'ok' || usage === 'unlimited' ? nothing : usageNote(module);
  const free = countText(module, module.free);
  const total = countText(module, module.total);
  // Only a row with a description pays a template for it.
  const description = module.description ? html`<span class="description" part="description">${module.description}</span>` : nothing;
  if (showsBar(module)) {
    const level = usage === 'unlimited' ? 'ok' : usage;
    const fill = fillOf(module);
    return html`<tr class=${rowClass} role="row"><th scope="row" role="rowheader"><button type="button" class="name" part="license-name" title=${ifDefined(module.tooltip ?? undefined)} value=${module.id}>${module.name}</button> ${description}</th> <td class="num in-use" role="cell"><span class="usage"><span class="usage-bar ${level}" part="usage-bar" aria-hidden="true" style=${fill}></span><span class="used">${used}</span></span> ${note}</td> <td class="num count" role="cell">${free}</td> <td class="num count" role="cell">${total}</td></tr>`;
  }
  return html`<tr class=${rowClass} role="row"><th scope="row" role="rowheader"><button type="button" class="name" part="license-name" title=${ifDefined(module.tooltip ?? undefined)} value=${module.id}>${module.name}</button> ${description}</th> <td class="num in-use" role="cell"><span class="usage"><span class="used">${used}</span></span> ${note}</td> <td class="num count" role="cell">${free}</td> <td class="num count" role="cell">${total}</td></tr>`;
}

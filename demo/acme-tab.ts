/**
 * An example partner add-on: Acme's own tab on the Licenses screen. A partner ships an element like this
 * in its own bundle; the context keys and the tab registry are found across bundles (`Symbol.for`), so
 * the partner's copy of the library talks to the host's `<license-screen>`.
 *
 * Two ways to put it on the screen:
 *
 * 1. In markup, by the host page (an id equal to a license owner's takes that owner's tab; `data-owner-only`
 *    leaves the tab out when the data has no such owner):
 *
 *      <license-screen endpoint="/api/license-widgets">
 *        <acme-license-tab slot="tab" data-tab="ACME" data-label="Acme Quotes" data-owner-only></acme-license-tab>
 *      </license-screen>
 *
 * 2. By a registry call from the add-on's own script, as at the end of this file. Every screen on the page
 *    gets the tab, also screens that were already showing; markup with the same id wins over it.
 */
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
// A partner imports these from the package: `license-widgets/data` and `license-widgets`.
import { licenseOwnerContext } from '../src/data/context.js';
import type { LicenseOwner } from '../src/data/schema.js';
import { registerLicenseTab } from '../src/elements/license-screen/tab-registry.js';
import '../src/elements/license-list/define.js';

export class AcmeLicenseTab extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .summary {
      display: flex;
      gap: 2em;
      padding: 0.8em 1em;
      margin-block-end: 1em;
      border-inline-start: 4px solid #8a3ffc;
      background: light-dark(#f6f2ff, #2a2340);
    }
    .figure {
      font-size: 1.4em;
      font-weight: 600;
    }
  `;

  /** The owner of the tab this element is shown in, from the enclosing `<license-screen>`. */
  @consume({ context: licenseOwnerContext, subscribe: true })
  @state()
  private owner?: LicenseOwner;

  override render() {
    const owner = this.owner;
    if (!owner) return html`<p>Acme: waiting for the license data.</p>`;
    const counted = owner.modules.filter((module) => !module.unrestricted && !module.hidden);
    const inUse = counted.reduce((sum, module) => sum + module.inUse, 0);
    const total = counted.reduce((sum, module) => sum + module.total, 0);
    return html`<section class="summary" aria-label="Acme summary">
        <div><div class="figure">${inUse} / ${total}</div>seats in use</div>
        <div><div class="figure">${owner.serialNumber}</div>Acme serial number</div>
        ${owner.expiryDate ? html`<div><div class="figure">${owner.expiryDate}</div>renewal due</div>` : nothing}
      </section>
      <license-list owner=${owner.id}></license-list>`;
  }
}

if (!customElements.get('acme-license-tab')) customElements.define('acme-license-tab', AcmeLicenseTab);

// The add-on takes its owner's tab on every Licenses screen of the page.
// `ownerOnly`: on a database without Acme's licenses the screen shows no Acme tab.
registerLicenseTab({ id: 'ACME', label: 'Acme Quotes', tagName: 'acme-license-tab', ownerOnly: true });

declare global {
  interface HTMLElementTagNameMap {
    'acme-license-tab': AcmeLicenseTab;
  }
}

/**
 * What every element of the library shares: where its data comes from (its own `endpoint`, or the
 * enclosing `<license-screen>` through context), host-supplied fetch options, and its language.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { dataSourceContext } from '../data/context.js';
import type { LicenseDataSource } from '../data/data-source.js';
import { leaseDataSource, type DataSourceLease } from '../data/source-registry.js';
import { LocaleController } from './locale-controller.js';
import { LIBRARY_VERSION } from './define.js';
import { renderIn } from '../i18n/msg.js';

export class LicenseElement extends LitElement {
  static libraryVersion = LIBRARY_VERSION;

  /** Base URL of the data endpoint. Inherited from an enclosing `<license-screen>` when empty. */
  @property({ reflect: true }) endpoint = '';

  /** Which back end `endpoint` points at: `contract` (ours, default) or `superoffice` (the vendor's API). */
  @property({ reflect: true }) source = 'contract';

  /** `include` sends cookies to an endpoint on another origin. */
  @property() credentials?: RequestCredentials;

  /** Milliseconds before a request is reported as timed out (default 15 000). */
  @property({ type: Number }) timeout?: number;

  /** A fetch of the host's own (adds auth headers, goes through a proxy). */
  @property({ attribute: false }) fetch?: typeof fetch;

  /** Extra headers for every request, e.g. `{ Authorization: 'Bearer …' }`. */
  @property({ attribute: false }) headers?: Record<string, string>;

  /** A ready-made data source; wins over `endpoint`. */
  @property({ attribute: false }) dataSource?: LicenseDataSource;

  @consume({ context: dataSourceContext, subscribe: true })
  @state()
  protected inheritedSource?: LicenseDataSource;

  protected readonly localeController = new LocaleController(this);

  private memo?: { inputs: unknown[]; source: LicenseDataSource };
  /** Held while the element is in the page, so the shared source is released when it leaves. */
  private lease?: DataSourceLease;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: the same source again (another element's, if one took its place meanwhile).
    if (this.memo && !this.lease) {
      const before = this.memo.source;
      this.memo.source = this.takeLease(before);
      if (this.memo.source !== before) this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lease?.release();
    this.lease = undefined;
  }

  /** Renders in the element's own language: `msg()` and the Intl formatters read it while it renders. */
  protected override update(changed: PropertyValues): void {
    this.inOwnLanguage(() => super.update(changed));
  }

  /** Runs `work` with `msg()` and the formatters in the element's language, as its render does (an export on click). */
  protected inOwnLanguage<T>(work: () => T): T {
    const { formatLocale, templates } = this.localeController;
    return renderIn(formatLocale, templates, work);
  }

  /**
   * Every element's content sits in one wrapper that carries the language it is shown in: a screen reader
   * or a hyphenation dictionary reads the content by it, whatever the host page's `lang` says (a Danish
   * page whose Danish module has not arrived yet shows English, marked `en`). `display: contents`, so the
   * wrapper adds no box. Subclasses render through `renderContent()`.
   */
  protected override render(): unknown {
    return html`<div class="content" lang=${this.localeController.formatLocale}>${this.renderContent()}</div>`;
  }

  protected renderContent(): unknown {
    return nothing;
  }

  /** The data source in force, or undefined when the element has nowhere to read from. */
  protected get activeSource(): LicenseDataSource | undefined {
    if (this.dataSource) return this.dataSource;
    if (this.endpoint) {
      // Same inputs, same source object: tasks keyed on it must not re-run on every render.
      const inputs = [this.source, this.endpoint, this.fetch, this.credentials, this.headers, this.timeout];
      if (!this.memo || inputs.some((input, i) => input !== this.memo?.inputs[i])) {
        this.lease?.release();
        this.lease = undefined;
        this.memo = { inputs, source: this.takeLease() };
      }
      return this.memo.source;
    }
    return this.inheritedSource;
  }

  /** Leases the source for the current inputs; outside the page (a server render) only for this use. */
  private takeLease(revive?: LicenseDataSource): LicenseDataSource {
    const options = { fetch: this.fetch, credentials: this.credentials, headers: this.headers, timeout: this.timeout };
    const lease = leaseDataSource(this.source, this.endpoint, options, revive);
    if (this.isConnected) this.lease = lease;
    else lease.release();
    return lease.source;
  }
}

/**
 * The gallery: one element in every scenario of the demo endpoint side by side, each cell named after its
 * scenario and on its own endpoint (`/demo-api/<scenario>`), so its states are seen at a glance.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { createStaged, endpointFor, stageStyles, type StageWidth } from './stage.js';

export class DemoGallery extends LitElement {
  static override styles = [
    stageStyles,
    css`
      /* A phone or tablet cell is as wide as its stage; a desktop cell takes its share of the row. */
      :host { display: block; --columns: repeat(auto-fill, minmax(min(100%, 34em), 1fr)); }
      :host([hidden]) { display: none; }
      :host([width='tablet']) { --columns: repeat(auto-fill, min(100%, 768px + 2 * var(--stage-padding, 1em) + 2px)); }
      :host([width='phone']) { --columns: repeat(auto-fill, min(100%, 390px + 2 * var(--stage-padding, 1em) + 2px)); }
      h2 { margin-block: 0 0.8em; }
      .grid {
        display: grid;
        grid-template-columns: var(--columns);
        gap: 1.5em;
        align-items: start;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      figure { margin: 0; min-inline-size: 0; }
      figcaption { font-weight: 600; margin-block-end: 0.4em; }
      figcaption code { font-weight: normal; font-size: 0.85em; opacity: 0.75; }
    `,
  ];

  /** The element shown in every cell; '' shows nothing. */
  @property() tag = '';
  /** Its attributes (name → value), as on the element's own example; each cell adds its endpoint. */
  @property({ attribute: false }) elementAttributes: Record<string, string> = {};
  /** Every scenario (id → label), in the order shown. */
  @property({ attribute: false }) scenarios: Record<string, string> = {};
  /** The width of each cell's stage. */
  @property({ reflect: true }) width: StageWidth = 'desktop';
  /** What the cells were made for: they are made again only when it changes. */
  private made = '';

  override updated() {
    if (!this.tag) {
      this.made = '';
      return;
    }
    const wanted = JSON.stringify([this.tag, this.elementAttributes, this.scenarios]);
    if (wanted === this.made) return;
    this.made = wanted;
    for (const stage of this.renderRoot.querySelectorAll<HTMLElement>('.stage')) {
      const scenario = stage.dataset.scenario ?? '';
      stage.replaceChildren(createStaged(this.tag, { ...this.elementAttributes, endpoint: endpointFor(scenario) }));
    }
  }

  override render() {
    if (!this.tag) return nothing;
    return html`<h2><code>&lt;${this.tag}&gt;</code> in every scenario</h2>
      <ul class="grid">
        ${Object.entries(this.scenarios).map(
          ([scenario, label]) => html`<li>
            <figure>
              <figcaption>${label} <code>${scenario}</code></figcaption>
              <div class="stage" data-scenario=${scenario} data-width=${this.width}></div>
            </figure>
          </li>`,
        )}
      </ul>`;
  }
}

if (!customElements.get('demo-gallery')) customElements.define('demo-gallery', DemoGallery);

declare global {
  interface HTMLElementTagNameMap {
    'demo-gallery': DemoGallery;
  }
}

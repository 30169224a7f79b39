/** A live editor for the documented CSS custom properties: changes apply to the whole page at once. */
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ManifestNamed } from './manifest.js';

export class DemoThemeEditor extends LitElement {
  static override styles = css`
    :host { display: block; }
    fieldset { display: grid; grid-template-columns: repeat(auto-fill, minmax(16em, 1fr)); gap: 0.5em 1em; }
    label { display: grid; gap: 0.2em; font-size: 0.85em; }
    input { font: inherit; }
  `;

  /** The custom properties of every element, each listed once. */
  @property({ attribute: false }) properties: ManifestNamed[] = [];
  /** Where the values are set; the document root by default so every element inherits them. */
  @property({ attribute: false }) target: HTMLElement = document.documentElement;

  private apply(name: string, value: string) {
    if (value.trim()) this.target.style.setProperty(name, value.trim());
    else this.target.style.removeProperty(name);
  }

  private reset() {
    for (const { name } of this.properties) this.target.style.removeProperty(name);
    this.renderRoot.querySelectorAll('input').forEach((input) => (input.value = ''));
  }

  override render() {
    return html`<fieldset>
      <legend>CSS custom properties (empty = the element's default)</legend>
      ${this.properties.map(
        ({ name, description }) => html`<label>
          <code>${name}</code>
          <input name=${name} placeholder=${description ?? ''} .value=${this.target.style.getPropertyValue(name)}
            @input=${(e: Event) => this.apply(name, (e.target as HTMLInputElement).value)} />
        </label>`,
      )}
      <button type="button" @click=${() => this.reset()}>Reset</button>
    </fieldset>`;
  }
}

if (!customElements.get('demo-theme-editor')) customElements.define('demo-theme-editor', DemoThemeEditor);

declare global {
  interface HTMLElementTagNameMap {
    'demo-theme-editor': DemoThemeEditor;
  }
}

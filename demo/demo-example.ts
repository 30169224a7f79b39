/**
 * One example on the demo page: an element on the demo endpoint, a control per attribute from the
 * manifest, the HTML a host would paste, the events it fired, and its parts and custom properties.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { choicesOf, kindOf, type ElementDoc, type ManifestAttribute } from './manifest.js';

/** Attributes the page sets for every example (the scenario's endpoint, the page's language). */
const PAGE_OWNED = new Set(['endpoint', 'lang']);

export class DemoExample extends LitElement {
  static override styles = css`
    :host { display: block; margin-block-end: 3em; }
    .controls { display: flex; flex-wrap: wrap; gap: 0.6em 1.2em; margin-block: 0.6em 1em; }
    label { display: inline-flex; gap: 0.4em; align-items: center; font-size: 0.9em; }
    .stage { border: 1px dashed #8886; padding: 1em; border-radius: 0.4em; }
    pre { background: #8881; padding: 0.8em; overflow-x: auto; font-size: 0.85em; white-space: pre-wrap; }
    details { margin-block-start: 0.6em; font-size: 0.9em; }
    code { font-size: 0.95em; }
    .log { font-family: monospace; font-size: 0.85em; max-block-size: 8em; overflow: auto; }
  `;

  @property({ attribute: false }) doc?: ElementDoc;
  @property() endpoint = '';
  /** Attribute values to start with (e.g. `{ owner: 'SUPEROFFICE', module: 'ten-sales' }`). */
  @property({ attribute: false }) initial: Record<string, string> = {};
  @state() private values: Record<string, string | boolean> = {};
  @state() private events: string[] = [];
  private live?: HTMLElement;

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('initial')) this.values = { ...this.initial };
  }

  private get editable(): ManifestAttribute[] {
    return (this.doc?.attributes ?? []).filter((attribute) => !PAGE_OWNED.has(attribute.name));
  }

  /** The HTML a host would paste for the current settings. */
  get snippet(): string {
    if (!this.doc) return '';
    const attributes = [`endpoint="${this.endpoint}"`];
    for (const [name, value] of Object.entries(this.values)) {
      if (value === true) attributes.push(name);
      else if (typeof value === 'string' && value !== '') attributes.push(`${name}="${value}"`);
    }
    return `<${this.doc.tagName} ${attributes.join(' ')}></${this.doc.tagName}>`;
  }

  private set(name: string, value: string | boolean) {
    this.values = { ...this.values, [name]: value };
  }

  override updated() {
    const doc = this.doc;
    const stage = this.renderRoot.querySelector('.stage');
    if (!doc || !stage) return;
    if (!this.live || this.live.localName !== doc.tagName) {
      this.live = document.createElement(doc.tagName);
      for (const event of doc.events) {
        this.live.addEventListener(event.name, (e) => {
          const detail = (e as CustomEvent).detail;
          this.events = [`${event.name} ${JSON.stringify(detail ?? null)}`, ...this.events].slice(0, 20);
        });
      }
      stage.replaceChildren(this.live);
    }
    const live = this.live;
    live.setAttribute('endpoint', this.endpoint);
    for (const attribute of this.editable) {
      const value = this.values[attribute.name];
      if (value === true) live.setAttribute(attribute.name, '');
      else if (typeof value === 'string' && value !== '') live.setAttribute(attribute.name, value);
      else live.removeAttribute(attribute.name);
    }
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    return html`<h2><code>&lt;${doc.tagName}&gt;</code></h2>
      ${doc.summary ? html`<p>${doc.summary}</p>` : nothing}
      <div class="controls" role="group" aria-label=${`${doc.tagName} attributes`}>
        ${this.editable.map((attribute) => this.renderControl(attribute))}
      </div>
      <div class="stage"></div>
      <pre aria-label="HTML to paste"><code>${this.snippet}</code></pre>
      <details>
        <summary>Events fired (${this.events.length})</summary>
        <div class="log" role="log">${this.events.map((line) => html`<div>${line}</div>`)}</div>
      </details>
      <details>
        <summary>Attributes, events, parts and custom properties</summary>
        ${this.renderList('Attributes', doc.attributes)} ${this.renderList('Events', doc.events)}
        ${this.renderList('Slots', doc.slots)}
        ${this.renderList('CSS parts', doc.cssParts)} ${this.renderList('CSS custom properties', doc.cssProperties)}
      </details>`;
  }

  private renderList(title: string, items: { name: string; description?: string }[]) {
    if (!items.length) return nothing;
    return html`<h3>${title}</h3>
      <ul>${items.map((item) => html`<li><code>${item.name}</code> ${item.description ?? ''}</li>`)}</ul>`;
  }

  private renderControl(attribute: ManifestAttribute) {
    const name = attribute.name;
    const value = this.values[name];
    const title = attribute.description ?? '';
    switch (kindOf(attribute)) {
      case 'boolean':
        return html`<label title=${title}><input type="checkbox" name=${name} .checked=${value === true}
          @change=${(e: Event) => this.set(name, (e.target as HTMLInputElement).checked)} />${name}</label>`;
      case 'choice':
        return html`<label title=${title}>${name}
          <select name=${name} @change=${(e: Event) => this.set(name, (e.target as HTMLSelectElement).value)}>
            ${choicesOf(attribute).map((choice) => html`<option ?selected=${value === choice}>${choice}</option>`)}
          </select></label>`;
      default:
        return html`<label title=${title}>${name}
          <input name=${name} type=${kindOf(attribute) === 'number' ? 'number' : 'text'} size="12" .value=${String(value ?? '')}
            @change=${(e: Event) => this.set(name, (e.target as HTMLInputElement).value)} /></label>`;
    }
  }
}

if (!customElements.get('demo-example')) customElements.define('demo-example', DemoExample);

declare global {
  interface HTMLElementTagNameMap {
    'demo-example': DemoExample;
  }
}

/**
 * One example on the demo page: an element on the demo endpoint, a control per attribute from the
 * manifest, the HTML a host would paste, the events it fired, and its parts and custom properties.
 *
 * The controls follow the element: they show the attributes the element has now, also those it changed
 * itself (the tab a person selected, the event they clicked). A control applies only the one attribute a
 * person changed in it; nothing else is ever written back, so the element keeps what the person did.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { choicesOf, kindOf, stringDefaultOf, type AttributeKind, type ElementDoc, type ManifestAttribute } from './manifest.js';
import { attributeValue, urlValue } from './url-state.js';
import { createStaged, stageStyles, type StageWidth } from './stage.js';

/** Attributes the page sets for every example (the scenario's endpoint, the page's language). */
const PAGE_OWNED = new Set(['endpoint', 'lang']);

const quoted = (value: string) => `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

export class DemoExample extends LitElement {
  static override styles = [
    stageStyles,
    css`
      :host { display: block; margin-block-end: 3em; }
      .controls { display: flex; flex-wrap: wrap; gap: 0.6em 1.2em; margin-block: 0.6em 1em; }
      label { display: inline-flex; flex-wrap: wrap; gap: 0.4em; align-items: center; font-size: 0.9em; }
      input:not([type='checkbox']) { max-inline-size: 100%; box-sizing: border-box; }
      pre { background: #8881; padding: 0.8em; overflow-x: auto; font-size: 0.85em; white-space: pre-wrap; overflow-wrap: anywhere; }
      details { margin-block-start: 0.6em; font-size: 0.9em; }
      code { font-size: 0.95em; overflow-wrap: anywhere; }
      .log { font-family: monospace; font-size: 0.85em; max-block-size: 8em; overflow: auto; overflow-wrap: anywhere; }
    `,
  ];

  @property({ attribute: false }) doc?: ElementDoc;
  @property() endpoint = '';
  /** Attributes to start with (e.g. `{ owner: 'SUPEROFFICE', module: 'ten-sales' }`; '' sets a boolean). */
  @property({ attribute: false }) initial: Record<string, string> = {};
  /** How the element differed from `initial`, as the URL wrote it (url-state.ts); used when it is made. */
  @property({ attribute: false }) restored: Record<string, string> = {};
  /** The stage's width. */
  @property({ reflect: true }) width: StageWidth = 'desktop';
  /** The live element's attributes (other than the page's own), read whenever they change. */
  @state() private values: Record<string, string> = {};
  @state() private events: string[] = [];
  private live?: HTMLElement;
  private readonly observer = new MutationObserver(() => this.follow());

  private get editable(): ManifestAttribute[] {
    return (this.doc?.attributes ?? []).filter((attribute) => !PAGE_OWNED.has(attribute.name));
  }

  /** The live element's attributes, other than the page's own (name → value). */
  get attributesOnElement(): Record<string, string> {
    return { ...this.values };
  }

  /**
   * An attribute's value where it makes a difference, else null: not there, an empty text, or the
   * documented default the element reflects (`source="contract"`) are all the element as it starts.
   */
  private meaningful(attribute: ManifestAttribute, value: string | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    if (kindOf(attribute) === 'boolean') return value;
    return value === '' || value === stringDefaultOf(attribute) ? null : value;
  }

  /** The attributes that differ from how the example started, as the URL writes them. */
  get changes(): Record<string, string> {
    const changes: Record<string, string> = {};
    for (const attribute of this.editable) {
      const kind = kindOf(attribute);
      const now = urlValue(kind, this.meaningful(attribute, this.values[attribute.name]));
      if (now !== urlValue(kind, this.meaningful(attribute, this.initial[attribute.name]))) changes[attribute.name] = now;
    }
    return changes;
  }

  /** The HTML a host would paste: the element's attributes as they are on it now (a default one left out). */
  get snippet(): string {
    if (!this.doc) return '';
    const attributes = [`endpoint=${quoted(this.endpoint)}`];
    for (const attribute of this.editable) {
      const value = this.meaningful(attribute, this.values[attribute.name]);
      if (value === null) continue;
      attributes.push(kindOf(attribute) === 'boolean' ? attribute.name : `${attribute.name}=${quoted(value)}`);
    }
    return `<${this.doc.tagName} ${attributes.join(' ')}></${this.doc.tagName}>`;
  }

  override willUpdate(changed: Map<string, unknown>) {
    const doc = this.doc;
    if (doc && this.live?.localName !== doc.tagName) this.create(doc);
    else if (changed.has('endpoint')) this.live?.setAttribute('endpoint', this.endpoint);
  }

  override updated() {
    const stage = this.renderRoot.querySelector('.stage');
    if (this.live && stage && stage.firstElementChild !== this.live) stage.replaceChildren(this.live);
  }

  /** The element, with the attributes it starts with and those the URL changed. */
  private create(doc: ElementDoc) {
    const attributes: Record<string, string> = { endpoint: this.endpoint };
    for (const attribute of this.editable) {
      const name = attribute.name;
      const wanted = name in this.restored ? attributeValue(kindOf(attribute), this.restored[name] ?? '') : this.initial[name];
      if (wanted !== null && wanted !== undefined) attributes[name] = wanted;
    }
    const element = createStaged(doc.tagName, attributes);
    for (const event of doc.events) {
      element.addEventListener(event.name, (e) => {
        const detail = (e as CustomEvent).detail;
        this.events = [`${event.name} ${JSON.stringify(detail ?? null)}`, ...this.events].slice(0, 20);
      });
    }
    this.observer.disconnect();
    this.observer.observe(element, { attributes: true });
    this.live = element;
    this.values = this.read(element);
  }

  private read(element: HTMLElement): Record<string, string> {
    const values: Record<string, string> = {};
    for (const { name } of this.editable) {
      const value = element.getAttribute(name);
      if (value !== null) values[name] = value;
    }
    return values;
  }

  /** The element changed an attribute (or a control did): the controls, the snippet and the URL follow. */
  private follow() {
    if (!this.live) return;
    const values = this.read(this.live);
    if (JSON.stringify(values) === JSON.stringify(this.values)) return;
    this.values = values;
    this.dispatchEvent(new Event('demo-attributes-change', { bubbles: true }));
  }

  /** What a person set in one control, applied to that one attribute (null: removed). */
  private apply(name: string, value: string | null) {
    if (value === null) this.live?.removeAttribute(name);
    else this.live?.setAttribute(name, value);
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    return html`<h2><code>&lt;${doc.tagName}&gt;</code></h2>
      ${doc.summary ? html`<p>${doc.summary}</p>` : nothing}
      <div class="controls" role="group" aria-label=${`${doc.tagName} attributes`}>
        ${this.editable.map((attribute) => this.renderControl(attribute, kindOf(attribute)))}
      </div>
      <div class="stage" data-width=${this.width}></div>
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

  private renderControl(attribute: ManifestAttribute, kind: AttributeKind) {
    const name = attribute.name;
    const value = this.values[name];
    const title = attribute.description ?? '';
    const changed = (e: Event) => this.apply(name, (e.target as HTMLInputElement | HTMLSelectElement).value || null);
    switch (kind) {
      case 'boolean':
        return html`<label title=${title}><input type="checkbox" name=${name} .checked=${live(value !== undefined)}
          @change=${(e: Event) => this.apply(name, (e.target as HTMLInputElement).checked ? '' : null)} />${name}</label>`;
      case 'choice':
        return html`<label title=${title}>${name}
          <select name=${name} @change=${changed}>
            <option value="" .selected=${live(value === undefined)}>(none)</option>
            ${choicesOf(attribute).map((choice) => html`<option .selected=${live(value === choice)}>${choice}</option>`)}
          </select></label>`;
      default:
        return html`<label title=${title}>${name}
          <input name=${name} type=${kind === 'number' ? 'number' : 'text'} size="12" .value=${live(value ?? '')}
            @change=${changed} /></label>`;
    }
  }
}

if (!customElements.get('demo-example')) customElements.define('demo-example', DemoExample);

declare global {
  interface HTMLElementTagNameMap {
    'demo-example': DemoExample;
  }
  interface HTMLElementEventMap {
    /** An example's element has other attributes now (a control, or the element itself, changed them). */
    'demo-attributes-change': Event;
  }
}

/**
 * The demo page's state in its address, so that a link shows what the sender saw:
 *
 *   ?scenario=expired&lang=de&theme=dark&view=gallery&element=status-panel&width=phone
 *     &license-screen.tab=status&system-events-table.selected=3&system-events-table.editable=false
 *
 * The page's settings by name (view and width only when not the default, element only in the gallery);
 * each example's attributes as `<tag>.<attribute>=<value>`, only those that differ from how the example
 * starts, whoever changed them (a control, or the element itself: the tab selected, the event selected).
 * A boolean attribute is `true` or `false`; any other is its value, empty for none.
 */
import type { AttributeKind } from './manifest.js';

export interface PageSettings {
  scenario: string;
  lang: string;
  theme: string;
  /** `examples`: each element alone; `gallery`: one element in every scenario. */
  view: string;
  /** The element the gallery shows. */
  element: string;
  /** The stage's width: `desktop`, `tablet` or `phone` (see stage.ts). */
  width: string;
}

/** Per example (by tag), its attributes as the URL writes them. */
export type ExampleAttributes = Record<string, Record<string, string>>;

export interface PageState {
  settings: PageSettings;
  attributes: ExampleAttributes;
}

export const DEFAULT_SETTINGS: Readonly<PageSettings> = {
  scenario: 'normal',
  lang: 'en',
  theme: 'light',
  view: 'examples',
  element: 'license-screen',
  width: 'desktop',
};

const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS) as (keyof PageSettings)[];
/** Always written, so a shared link says which data and language it shows. */
const ALWAYS_WRITTEN = new Set<keyof PageSettings>(['scenario', 'lang', 'theme']);

export function readState(search: string): PageState {
  const params = new URLSearchParams(search);
  const settings = { ...DEFAULT_SETTINGS };
  for (const name of SETTING_NAMES) settings[name] = params.get(name) || settings[name];
  const attributes: ExampleAttributes = {};
  for (const [key, value] of params) {
    const dot = key.indexOf('.');
    if (dot <= 0) continue;
    const tag = key.slice(0, dot);
    attributes[tag] = { ...attributes[tag], [key.slice(dot + 1)]: value };
  }
  return { settings, attributes };
}

/** The query string (with its `?`) for a state. */
export function writeState({ settings, attributes }: PageState): string {
  const params = new URLSearchParams();
  for (const name of SETTING_NAMES) {
    // The element choice means something only in the gallery, and there it is the point.
    const written = name === 'element' ? settings.view === 'gallery' : ALWAYS_WRITTEN.has(name) || settings[name] !== DEFAULT_SETTINGS[name];
    if (written) params.set(name, settings[name]);
  }
  for (const [tag, values] of Object.entries(attributes)) {
    for (const [name, value] of Object.entries(values)) params.set(`${tag}.${name}`, value);
  }
  return `?${params}`;
}

/** An attribute (null: not there) as the URL writes it. An empty text attribute is no attribute. */
export function urlValue(kind: AttributeKind, attribute: string | null): string {
  return kind === 'boolean' ? String(attribute !== null) : (attribute ?? '');
}

/** The attribute a URL value stands for; null: none. */
export function attributeValue(kind: AttributeKind, value: string): string | null {
  if (kind === 'boolean') return value === 'false' ? null : '';
  return value === '' ? null : value;
}

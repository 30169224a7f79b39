/**
 * The demo page: the whole screen and each element alone on the built-in demo endpoint, or one element in
 * every scenario (the gallery), with controls for scenario, language, theme, view and stage width (and a
 * live custom-property editor) and every element's attributes. The state is kept in the URL (url-state.ts)
 * so a designer can share what they see.
 */
import '../src/index.js';
import { SCENARIOS } from './endpoint/handler.js';
import { loadElementDocs, type ElementDoc, type ManifestNamed } from './manifest.js';
import { buildControls, readControls, showControlsFor } from './page-controls.js';
import { endpointFor, isStageWidth } from './stage.js';
import { readState, writeState, type ExampleAttributes } from './url-state.js';
import type { DemoExample } from './demo-example.js';
import './demo-example.js';
import './gallery.js';
import './theme-editor.js';
import './acme-tab.js';

/** The order examples appear in, and the attribute values each starts with. */
const EXAMPLES: [string, Record<string, string>][] = [
  ['license-screen', {}],
  ['license-list', {}],
  ['license-detail', { owner: 'SUPEROFFICE', module: 'ten-sales' }],
  ['status-panel', {}],
  // Editable from the start, so Add and Delete are there to try.
  ['system-events-table', { editable: '' }],
];

const restored = readState(location.search);
const form = document.querySelector<HTMLFormElement>('#controls');
const main = document.querySelector<HTMLElement>('#demo');
const examples = document.createElement('div');
examples.className = 'examples';
const gallery = document.createElement('demo-gallery');
gallery.scenarios = SCENARIOS;
main?.replaceChildren(examples, gallery);

const settings = () => (form ? readControls(form) : restored.settings);
const exampleElements = () => [...examples.querySelectorAll('demo-example')];

/** Until the examples are made, the attributes are the ones the URL brought. */
function attributesNow(): ExampleAttributes {
  const shown = exampleElements();
  if (!shown.length) return restored.attributes;
  const attributes: ExampleAttributes = {};
  for (const example of shown) {
    const changes = example.changes;
    if (Object.keys(changes).length) attributes[example.id] = changes;
  }
  return attributes;
}

function syncUrl() {
  history.replaceState(null, '', writeState({ settings: settings(), attributes: attributesNow() }));
}

function applyPageSettings() {
  const { lang, theme, scenario, view, element, width } = settings();
  const stageWidth = isStageWidth(width) ? width : 'desktop';
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = theme;
  const endpoint = endpointFor(scenario);
  for (const example of exampleElements()) {
    example.endpoint = endpoint;
    example.width = stageWidth;
  }
  const inGallery = view === 'gallery';
  if (form) showControlsFor(form, view);
  examples.hidden = inGallery;
  gallery.hidden = !inGallery;
  gallery.width = stageWidth;
  // The gallery shows the element as it is set up in its example.
  const source = exampleElements().find((example) => example.id === element);
  gallery.tag = inGallery && source ? element : '';
  gallery.elementAttributes = source?.attributesOnElement ?? {};
  syncUrl();
}

async function renderExamples(docs: ElementDoc[]) {
  const byTag = new Map(docs.map((doc) => [doc.tagName, doc]));
  const made = EXAMPLES.filter(([tag]) => byTag.has(tag)).map(([tag, initial]): DemoExample => {
    const example = document.createElement('demo-example');
    example.id = tag;
    example.doc = byTag.get(tag);
    example.initial = initial;
    example.restored = restored.attributes[tag] ?? {};
    example.endpoint = endpointFor(settings().scenario);
    return example;
  });
  examples.replaceChildren(...made);
  const seen = new Map<string, ManifestNamed>();
  for (const doc of docs) for (const property of doc.cssProperties) seen.set(property.name, property);
  const editor = document.querySelector('demo-theme-editor');
  if (editor) editor.properties = [...seen.values()];
  // Each example makes its element in its first update; the gallery copies the element's attributes.
  await Promise.all(made.map((example) => example.updateComplete));
  applyPageSettings();
}

if (form) {
  buildControls(form, { scenarios: SCENARIOS, elements: EXAMPLES.map(([tag]) => tag) }, restored.settings);
  form.addEventListener('change', applyPageSettings);
}
examples.addEventListener('demo-attributes-change', syncUrl);
applyPageSettings();
loadElementDocs().then(renderExamples, (error: Error) => {
  examples.textContent = error.message;
});

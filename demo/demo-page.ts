/**
 * The demo page: the whole screen and each element alone on the built-in demo endpoint, with controls for
 * scenario, language, theme (and a live custom-property editor) and every element's attributes. State is
 * kept in the URL (`?scenario=expired&lang=sv&theme=dark`) so a designer can share a state.
 */
import '../src/index.js';
import { SCENARIOS } from './endpoint/handler.js';
import { loadElementDocs, type ElementDoc, type ManifestNamed } from './manifest.js';
import './demo-example.js';
import './theme-editor.js';
import './acme-tab.js';

/** The order examples appear in, and the attribute values each starts with. */
const EXAMPLES: [string, Record<string, string>][] = [
  ['license-screen', {}],
  ['license-list', {}],
  ['license-detail', { owner: 'SUPEROFFICE', module: 'ten-sales' }],
  ['status-panel', {}],
  ['system-events-table', {}],
];

const params = new URLSearchParams(location.search);
const controls = document.querySelector<HTMLFormElement>('#controls');
const main = document.querySelector<HTMLElement>('#demo');
const field = (name: string) => controls?.elements.namedItem(name) as HTMLSelectElement | null;

const endpointFor = (scenario: string) => `/demo-api/${encodeURIComponent(scenario)}`;

function syncUrl() {
  const next = new URLSearchParams();
  for (const name of ['scenario', 'lang', 'theme']) next.set(name, field(name)?.value ?? '');
  history.replaceState(null, '', `?${next}`);
}

function applyPageSettings() {
  const lang = field('lang')?.value ?? 'en';
  const theme = field('theme')?.value ?? 'light';
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = theme;
  const endpoint = endpointFor(field('scenario')?.value ?? 'normal');
  document.querySelectorAll('demo-example').forEach((example) => (example.endpoint = endpoint));
  syncUrl();
}

function renderExamples(docs: ElementDoc[]) {
  if (!main) return;
  const byTag = new Map(docs.map((doc) => [doc.tagName, doc]));
  const endpoint = endpointFor(field('scenario')?.value ?? 'normal');
  main.replaceChildren(
    ...EXAMPLES.filter(([tag]) => byTag.has(tag)).map(([tag, initial]) => {
      const example = document.createElement('demo-example');
      example.id = tag;
      example.doc = byTag.get(tag);
      example.initial = initial;
      example.endpoint = endpoint;
      return example;
    }),
  );
  const seen = new Map<string, ManifestNamed>();
  for (const doc of docs) for (const property of doc.cssProperties) seen.set(property.name, property);
  const editor = document.querySelector('demo-theme-editor');
  if (editor) editor.properties = [...seen.values()];
}

const scenarioSelect = field('scenario');
if (scenarioSelect) {
  for (const [value, label] of Object.entries(SCENARIOS)) scenarioSelect.add(new Option(label, value));
}
for (const name of ['scenario', 'lang', 'theme']) {
  const select = field(name);
  const wanted = params.get(name);
  if (select && wanted) select.value = wanted;
}
controls?.addEventListener('change', applyPageSettings);
applyPageSettings();
loadElementDocs().then(renderExamples, (error: Error) => {
  if (main) main.textContent = error.message;
});

/** The demo page: every element on the built-in demo endpoint, with controls for scenario, language and theme. */
import '../src/index.js';
import { SCENARIOS } from './endpoint/handler.js';

const params = new URLSearchParams(location.search);
const scenarioSelect = document.querySelector<HTMLSelectElement>('#scenario');
const langSelect = document.querySelector<HTMLSelectElement>('#lang');
const themeSelect = document.querySelector<HTMLSelectElement>('#theme');
const main = document.querySelector<HTMLElement>('#demo');

function endpointFor(scenario: string) {
  return `/demo-api/${encodeURIComponent(scenario)}`;
}

function render() {
  if (!main || !scenarioSelect) return;
  const endpoint = endpointFor(scenarioSelect.value);
  const snippet = `<license-list endpoint="${endpoint}"></license-list>`;
  main.replaceChildren();
  const section = document.createElement('section');
  section.className = 'example';
  const heading = document.createElement('h2');
  heading.textContent = '<license-list>';
  const list = document.createElement('license-list');
  list.setAttribute('endpoint', endpoint);
  const code = document.createElement('pre');
  code.textContent = snippet;
  section.append(heading, list, code);
  main.append(section);
}

function syncUrl() {
  const next = new URLSearchParams();
  if (scenarioSelect) next.set('scenario', scenarioSelect.value);
  if (langSelect) next.set('lang', langSelect.value);
  if (themeSelect) next.set('theme', themeSelect.value);
  history.replaceState(null, '', `?${next}`);
}

if (scenarioSelect) {
  for (const [value, label] of Object.entries(SCENARIOS)) scenarioSelect.add(new Option(label, value));
  scenarioSelect.value = params.get('scenario') ?? 'normal';
  scenarioSelect.addEventListener('change', () => (render(), syncUrl()));
}
if (langSelect) {
  langSelect.value = params.get('lang') ?? 'en';
  document.documentElement.lang = langSelect.value;
  langSelect.addEventListener('change', () => {
    document.documentElement.lang = langSelect.value;
    syncUrl();
  });
}
if (themeSelect) {
  themeSelect.value = params.get('theme') ?? 'light';
  document.documentElement.dataset.theme = themeSelect.value;
  themeSelect.addEventListener('change', () => {
    document.documentElement.dataset.theme = themeSelect.value;
    syncUrl();
  });
}
render();

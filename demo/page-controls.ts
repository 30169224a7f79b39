/**
 * The demo page's own controls (scenario, language, theme, view, the gallery's element, stage width),
 * built here so the page and its tests share one source.
 */
import { STAGE_WIDTHS } from './stage.js';
import { DEFAULT_SETTINGS, type PageSettings } from './url-state.js';

const LANGUAGES = { en: 'English', sv: 'Svenska', nb: 'Norsk bokmål', da: 'Dansk', nl: 'Nederlands', de: 'Deutsch' };
const THEMES = { light: 'Light', dark: 'Dark' };
const VIEWS = { examples: 'Examples', gallery: 'Gallery (every scenario)' };

type Choices = Record<string, string>;

function select(form: HTMLFormElement, name: keyof PageSettings, label: string, choices: Choices, value: string) {
  const control = document.createElement('select');
  control.name = name;
  for (const [choice, text] of Object.entries(choices)) control.add(new Option(text, choice));
  // A value the page does not offer (an old or mistyped link) leaves the default chosen.
  control.value = Object.hasOwn(choices, value) ? value : DEFAULT_SETTINGS[name];
  const wrapper = document.createElement('label');
  wrapper.dataset.control = name;
  wrapper.append(`${label} `, control);
  form.append(wrapper);
}

/** Fills the form with the controls, each showing its setting. */
export function buildControls(
  form: HTMLFormElement,
  { scenarios, elements }: { scenarios: Choices; elements: readonly string[] },
  settings: PageSettings,
) {
  const tags = Object.fromEntries(elements.map((tag) => [tag, `<${tag}>`]));
  form.replaceChildren();
  select(form, 'view', 'View', VIEWS, settings.view);
  select(form, 'element', 'Element', tags, settings.element);
  select(form, 'scenario', 'Scenario', scenarios, settings.scenario);
  select(form, 'lang', 'Language', LANGUAGES, settings.lang);
  select(form, 'theme', 'Theme', THEMES, settings.theme);
  select(form, 'width', 'Width', STAGE_WIDTHS, settings.width);
}

/** The settings as the controls show them. */
export function readControls(form: HTMLFormElement): PageSettings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const name of Object.keys(settings) as (keyof PageSettings)[]) {
    const control = form.elements.namedItem(name);
    if (control instanceof HTMLSelectElement) settings[name] = control.value;
  }
  return settings;
}

/** Shows only the controls that mean something in the view: the element in the gallery, the scenario elsewhere. */
export function showControlsFor(form: HTMLFormElement, view: string) {
  const gallery = view === 'gallery';
  for (const label of form.querySelectorAll<HTMLElement>('label[data-control]')) {
    if (label.dataset.control === 'element') label.hidden = !gallery;
    if (label.dataset.control === 'scenario') label.hidden = gallery;
  }
}

/** The translated templates per language, loaded on first use and kept for every element of the page. */
import type { TemplateMap } from '@lit/localize';
import { SOURCE_LOCALE, type SupportedLocale, type TARGET_LOCALES } from './locales.js';

type TargetLocale = (typeof TARGET_LOCALES)[number];
type Loader = () => Promise<{ templates: TemplateMap }>;

// A fixed map rather than a template-string import() so bundlers and the test server resolve each file.
const loaders: Record<TargetLocale, Loader> = {
  sv: () => import('./generated/sv.js'),
  nb: () => import('./generated/nb.js'),
  da: () => import('./generated/da.js'),
  nl: () => import('./generated/nl.js'),
  de: () => import('./generated/de.js'),
};

const loaded = new Map<SupportedLocale, TemplateMap>();
const loading = new Map<SupportedLocale, Promise<TemplateMap>>();

/** How a locale module is fetched; only tests of load timing ever change it. */
type LoadWrapper = (locale: TargetLocale, load: Loader) => ReturnType<Loader>;
let wrapper: LoadWrapper | undefined;

/**
 * For tests of load timing: every locale module load goes through `wrap` (which may delay or fail it),
 * and the templates loaded so far are forgotten so that the next use loads again. No argument restores
 * the plain loads.
 */
export function wrapLocaleLoads(wrap?: LoadWrapper): void {
  wrapper = wrap;
  loaded.clear();
  loading.clear();
}

/** The templates of `locale` if they are here already; the source language needs none. */
export function loadedTemplates(locale: SupportedLocale): TemplateMap | undefined {
  return loaded.get(locale);
}

/** Loads `locale`'s templates once however many elements ask; a failed load may be tried again. */
export function loadTemplates(locale: SupportedLocale): Promise<TemplateMap | undefined> {
  if (locale === SOURCE_LOCALE) return Promise.resolve(undefined);
  let promise = loading.get(locale);
  if (!promise) {
    const load = loaders[locale];
    promise = (wrapper ? wrapper(locale, load) : load()).then(
      ({ templates }) => {
        loaded.set(locale, templates);
        return templates;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
}

/**
 * The @lit/localize set-up. @lit/localize can be configured only once per page, so importing this
 * library configures nothing: the first element to connect does it, unless the host already has (or
 * called `useHostLocalization()`), in which case the elements follow the host's locale.
 */
import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleModule } from '@lit/localize';
import { SOURCE_LOCALE, TARGET_LOCALES, type SupportedLocale, resolveLocale } from './locales.js';

type Loader = () => Promise<LocaleModule>;

// A fixed map rather than a template-string import() so bundlers and the test server resolve each file.
const loaders: Record<(typeof TARGET_LOCALES)[number], Loader> = {
  sv: () => import('./generated/sv.js'),
  nb: () => import('./generated/nb.js'),
  da: () => import('./generated/da.js'),
  nl: () => import('./generated/nl.js'),
  de: () => import('./generated/de.js'),
};

/** For hosts that run their own @lit/localize: merge these templates into your `loadLocale`. */
export function loadLicenseTemplates(locale: string): Promise<LocaleModule> | undefined {
  const resolved = resolveLocale(locale);
  return resolved === SOURCE_LOCALE ? undefined : loaders[resolved]();
}

type Mode = 'unset' | 'ours' | 'host';
let mode: Mode = 'unset';
let setActiveLocale: ((locale: string) => Promise<void>) | undefined;
let current: string = SOURCE_LOCALE;

if (typeof window !== 'undefined') {
  // Whoever configured @lit/localize, this event says which locale is live.
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if (event.detail.status === 'ready') current = event.detail.readyLocale;
  });
}

/** Tell the elements that the host configures @lit/localize; call before any element connects. */
export function useHostLocalization(): void {
  if (mode === 'unset') mode = 'host';
}

/** Configures @lit/localize with this library's locales, if nobody has. Safe to call repeatedly. */
export function ensureLocalization(): void {
  if (mode !== 'unset') return;
  try {
    const { setLocale } = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: TARGET_LOCALES,
      loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
    });
    setActiveLocale = setLocale;
    mode = 'ours';
  } catch {
    // The host configured @lit/localize before us: theirs wins, we follow its status events.
    mode = 'host';
  }
}

/** Asks for a locale; the elements re-render when it is ready. Ignored when the host owns localization. */
export async function requestLocale(tag: string | null | undefined): Promise<void> {
  ensureLocalization();
  const locale: SupportedLocale = resolveLocale(tag);
  if (mode !== 'ours' || !setActiveLocale || locale === current) return;
  try {
    await setActiveLocale(locale);
  } catch {
    // A locale module that fails to load leaves the previous language on screen, which is still usable.
  }
}

/** The locale the strings are currently shown in; Intl formatting follows it so both agree. */
export function activeLocale(): string {
  return current;
}

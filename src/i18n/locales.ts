/** The languages the elements speak, and how a language tag from the page maps onto them. */
export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['sv', 'nb', 'da', 'nl', 'de'] as const;
export const SUPPORTED_LOCALES = [SOURCE_LOCALE, ...TARGET_LOCALES] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Norwegian is published as `no`; Nynorsk readers get Bokmål rather than English. */
const ALIASES: Record<string, SupportedLocale> = { no: 'nb', nn: 'nb' };

/** `nb-NO` → `nb`, `no` → `nb`, `de-AT` → `de`, `fr` → `en`. */
export function resolveLocale(tag: string | null | undefined): SupportedLocale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary in ALIASES) return ALIASES[primary] as SupportedLocale;
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary)
    ? (primary as SupportedLocale)
    : SOURCE_LOCALE;
}

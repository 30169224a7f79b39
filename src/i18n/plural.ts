/**
 * Counts that meet nouns: the form is chosen by `Intl.PluralRules` of the language being rendered, and
 * each form is its own message (lit-localize has no ICU plural syntax), so translators see whole sentences.
 *
 * The six languages shipped today need `one` and `other` only. A language with more categories (Polish
 * `few` and `many`, Welsh `zero` and `two`) gets them by passing those forms too; a category without its
 * own form falls back to `other`, which every caller must give.
 */
import { renderingLocale } from './msg.js';

export type PluralForms<T> = Partial<Record<Intl.LDMLPluralRule, T>> & { other: T };

const rules = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) {
    found = new Intl.PluralRules(locale);
    rules.set(locale, found);
  }
  return found;
}

/** `plural(n, { one: msg(str`${n} user`), other: msg(str`${n} users`) })`. */
export function plural<T>(count: number, forms: PluralForms<T>, locale = renderingLocale()): T {
  return forms[rulesFor(locale).select(count)] ?? forms.other;
}

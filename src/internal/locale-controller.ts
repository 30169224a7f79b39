/**
 * An element's language: its own `lang` or the nearest ancestor's, across shadow roots and up to
 * `<html lang>` (all followed when they change), else the browser's. Each element renders in its own
 * language, so two elements with different `lang` values on one page each speak theirs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TemplateMap } from '@lit/localize';
import { resolveLocale, SOURCE_LOCALE, type SupportedLocale } from '../i18n/locales.js';
import { loadedTemplates, loadTemplates } from '../i18n/locale-templates.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A failed locale module load is tried once more before the element gives up on that language. */
const LOAD_ATTEMPTS = 2;

/**
 * While a language loads the element stays in the one it shows (no flash of English on a quick switch);
 * a module that takes longer than this leaves the source language on screen until it comes.
 */
export const LOAD_PATIENCE_MS = 3000;

const hosts = new Set<LocaleController>();
let langObserver: MutationObserver | undefined;
const watched = new WeakSet<Node>();

/**
 * Follows `lang` changes in the tree an element sits in: the document and every shadow root between it
 * and the document (a host app's own components), since a host may change `lang` on <html>, on a
 * container, or on the element itself. Only `lang` attribute changes are reported, so this costs nothing
 * otherwise; each tree is observed once for every element in it.
 */
function watchLang(host: HTMLElement) {
  const observer = (langObserver ??= new MutationObserver(() => hosts.forEach((controller) => controller.follow())));
  const watch = (target: Node) => {
    if (watched.has(target)) return;
    watched.add(target);
    observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
  };
  let root = host.getRootNode();
  while (root instanceof ShadowRoot) {
    watch(root);
    root = root.host.getRootNode();
  }
  if (root instanceof Document) watch(root.documentElement);
}

export class LocaleController implements ReactiveController {
  /** The language the element is shown in: the one asked for once its templates are loaded. */
  locale: SupportedLocale = SOURCE_LOCALE;
  /** `locale`'s translated templates; none for the source language. */
  templates: TemplateMap | undefined;
  /**
   * The tag dates, numbers and plurals follow, and the `lang` the element's content carries: the page's
   * full tag when its language is the one shown (`en-GB` gets day-month order and a 24-hour clock, `de-AT`
   * Austrian month names), else the shown language itself (a French page reads English text with English
   * dates, not a mix).
   */
  formatLocale: string = SOURCE_LOCALE;

  private readonly host: Host;
  /** The language tag last read from the page, and the locale it asked for. */
  private tag: string | undefined;
  private asked: SupportedLocale = SOURCE_LOCALE;
  /**
   * A server render is in the source language (the server has no page language and loads no locale
   * modules), and hydration must find exactly what the server rendered: the first update stays in it.
   */
  private hydrating: boolean;

  constructor(host: Host) {
    this.host = host;
    // A shadow root before the first render is the server's declarative one.
    this.hydrating = host.shadowRoot !== null;
    host.addController(this);
  }

  /**
   * The language tag this element should speak before mapping onto the supported locales: the nearest
   * `lang` on it or an ancestor, across shadow roots (an element inside `<license-screen lang="sv">`
   * speaks Swedish), else the browser's language.
   */
  get wanted(): string {
    let node: Element | null = this.host;
    while (node) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
    }
    return navigator.language;
  }

  hostConnected() {
    hosts.add(this);
    watchLang(this.host);
    if (!this.hydrating) {
      this.follow();
      return;
    }
    // Even when the first update fails, the element goes on to the page's language.
    void this.host.updateComplete.finally(() => {
      this.hydrating = false;
      this.follow();
    });
  }

  hostDisconnected() {
    hosts.delete(this);
  }

  /** Runs before every render: the element's own `lang` may change at any time, and reading it is cheap. */
  hostUpdate() {
    this.follow();
  }

  /** Switches to the wanted language, at once when its templates are here, else when they arrive. */
  follow() {
    if (this.hydrating) return;
    const tag = this.wanted;
    if (tag === this.tag) return;
    this.tag = tag;
    const locale = resolveLocale(tag);
    this.asked = locale;
    const templates = loadedTemplates(locale);
    if (locale === SOURCE_LOCALE || templates) {
      this.show(locale, templates);
      return;
    }
    void this.load(locale);
  }

  /**
   * Shows `locale` once its templates are here, if it is still the one asked for. A load that fails is
   * tried once more (a dropped connection); one that fails again leaves the source language on screen
   * rather than a language no longer asked for, and the element's next update or `lang` change tries again.
   * One that does not arrive within `LOAD_PATIENCE_MS` shows the source language until it does.
   */
  private async load(locale: SupportedLocale) {
    const patience = setTimeout(() => {
      if (this.asked === locale) this.show(SOURCE_LOCALE, undefined);
    }, LOAD_PATIENCE_MS);
    try {
      await this.attempt(locale);
    } finally {
      clearTimeout(patience);
    }
  }

  private async attempt(locale: SupportedLocale) {
    for (let attempt = 1; ; attempt++) {
      try {
        const templates = await loadTemplates(locale);
        // Asked again meanwhile: the last language asked for wins, however the loads finish.
        if (this.asked === locale) this.show(locale, templates);
        return;
      } catch {
        if (this.asked !== locale) return;
        if (attempt < LOAD_ATTEMPTS) continue;
        this.tag = undefined;
        this.show(SOURCE_LOCALE, undefined);
        return;
      }
    }
  }

  private show(locale: SupportedLocale, templates: TemplateMap | undefined) {
    const formatLocale = regionalTag(this.tag, locale);
    if (locale === this.locale && templates === this.templates && formatLocale === this.formatLocale) return;
    this.locale = locale;
    this.templates = templates;
    this.formatLocale = formatLocale;
    this.host.requestUpdate();
  }
}

/**
 * The page's tag, canonical (`de_at` → `de-AT`), when it names the language shown; the shown language
 * otherwise. `no`/`nn` pages are read in Bokmål and get `nb` with their region.
 */
function regionalTag(tag: string | undefined, shown: SupportedLocale): string {
  // `fr-CA` resolves to English too, but it does not name English: its formats would not match the words.
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (!tag || !language || resolveLocale(language) !== shown || (language !== shown && shown !== 'nb')) return shown;
  try {
    const canonical = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? shown;
    // A `no` or `nn` page reads Bokmål: the content says so, with the page's region kept (`nn-NO` → `nb-NO`).
    return language === shown ? canonical : canonical.replace(/^[a-z]+/, shown);
  } catch {
    // Not a well-formed tag (`lang="x--y"`): its language was still recognised, its region cannot be.
    return shown;
  }
}

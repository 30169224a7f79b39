/**
 * Keeps an element's language in step with the page: its own `lang` or the nearest ancestor's, up to
 * `<html lang>` (all watched for changes), else the browser's language. @lit/localize has one locale per
 * page, so elements asking for different languages end up in the one asked for last.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { requestLocale } from '../i18n/localization.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocaleController>();
let htmlObserver: MutationObserver | undefined;

function watchHtmlLang() {
  if (htmlObserver) return;
  htmlObserver = new MutationObserver(() => hosts.forEach((controller) => controller.apply()));
  // The whole light DOM: a host may change `lang` on <html>, on a container, or on the element itself.
  // Only `lang` attribute changes are reported, so this costs nothing otherwise.
  htmlObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export class LocaleController implements ReactiveController {
  private readonly host: Host;
  private applied: string | undefined;

  constructor(host: Host) {
    this.host = host;
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
    watchHtmlLang();
    this.apply();
  }

  hostDisconnected() {
    hosts.delete(this);
  }

  /** The element's own `lang` may change at any time; checking per update is one string compare. */
  hostUpdate() {
    if (this.wanted !== this.applied) this.apply();
  }

  apply() {
    this.applied = this.wanted;
    void requestLocale(this.applied);
  }
}

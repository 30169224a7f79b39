/**
 * Keeps an element's language in step with the page: its own `lang`, else `<html lang>` (watched for
 * changes), else the browser's language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { requestLocale } from '../i18n/localization.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocaleController>();
let htmlObserver: MutationObserver | undefined;

function watchHtmlLang() {
  if (htmlObserver) return;
  htmlObserver = new MutationObserver(() => hosts.forEach((controller) => controller.apply()));
  htmlObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

export class LocaleController implements ReactiveController {
  private readonly host: Host;
  private applied: string | undefined;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** The language tag this element should speak before mapping onto the supported locales. */
  get wanted(): string {
    return this.host.lang || document.documentElement.lang || navigator.language;
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

/**
 * The library's `msg()`: the same call as @lit/localize's, so `lit-localize extract` finds every message,
 * but looked up in the templates of the element being rendered instead of one page-wide locale.
 *
 * @lit/localize's own runtime can be configured once per page. This library never configures it, so a
 * host that uses @lit/localize keeps it whatever the order of imports, another copy of the library on the
 * page (the drop-in bundle beside the npm build) cannot switch this one's language, and two elements with
 * different `lang` values each speak their own.
 */
import type { MsgFn, TemplateMap } from '@lit/localize';
// The lookup @lit/localize's runtime mode itself uses (ids, `str` values, reordered expressions). A path
// inside the package: 0.12 has no `exports` map, and the dependency range keeps it to 0.12.x, whose
// generated templates this lookup must match anyway; every localization test goes through it.
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { SOURCE_LOCALE } from './locales.js';

export { str } from '@lit/localize';

interface Rendering {
  /** The tag dates, numbers and plurals follow (`en-GB`); the messages are its language's (`en`). */
  locale: string;
  templates: TemplateMap | undefined;
}

let rendering: Rendering = { locale: SOURCE_LOCALE, templates: undefined };

export const msg = ((template, options) => runtimeMsg(rendering.templates, template, options)) as MsgFn;

/**
 * Runs `render` with `msg()` in `templates` and the Intl formatters in `locale` (a full tag such as
 * `de-AT`: the templates are its language's). Lit renders an element synchronously
 * in `update()`, so the element's own language holds for exactly its render; nested calls restore.
 */
export function renderIn<T>(locale: string, templates: TemplateMap | undefined, render: () => T): T {
  const outer = rendering;
  rendering = { locale, templates };
  try {
    return render();
  } finally {
    rendering = outer;
  }
}

/** The language of the render in progress (the source language outside one). */
export function renderingLocale(): string {
  return rendering.locale;
}

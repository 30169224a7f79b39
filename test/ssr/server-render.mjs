// @ts-check
/**
 * Server rendering as a host's server does it: the built package (`dist/`, what npm ships) rendered to
 * declarative shadow DOM with @lit-labs/ssr in Node, served to the browser tests at
 * `/ssr/<tag>?<attribute>=<value>…`. No DOM is installed beyond the shim Lit's Node build brings, so an
 * element that touches `document`, `window` or `CSSStyleSheet` while constructing or rendering fails here.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

export const TAGS = ['license-screen', 'license-list', 'license-detail', 'status-panel', 'system-events-table'];
/** The elements' own attributes a test may set; nothing else reaches the markup. */
const ATTRIBUTES = ['endpoint', 'source', 'lang', 'owner', 'module', 'tab', 'selected'];

/** @type {Promise<unknown> | undefined} */
let loading;

/**
 * `<tag attr="value" …></tag>` rendered on the server, as an HTML string.
 * @param {string} tag
 * @param {Record<string, string>} attributes
 */
export async function renderOnServer(tag, attributes) {
  if (!TAGS.includes(tag)) throw new Error(`not an element of the library: ${tag}`);
  // Resolved from the working directory: the package's own build, imported as a host's server would.
  loading ??= import(new URL('dist/index.js', `file://${process.cwd()}/`).href);
  await loading;
  const names = Object.keys(attributes).filter((name) => ATTRIBUTES.includes(name));
  // The tag (checked above) and the attribute names are template text; the values are template values,
  // so Lit escapes them as it would in a host's own template.
  const strings =
    names.length === 0
      ? [`<${tag}></${tag}>`]
      : [`<${tag} ${names[0]}="`, ...names.slice(1).map((name) => `" ${name}="`), `"></${tag}>`];
  const template = /** @type {TemplateStringsArray} */ (/** @type {unknown} */ (Object.assign(strings, { raw: strings })));
  return collectResult(render(html(template, ...names.map((name) => attributes[name]))));
}

/** Koa middleware for web-test-runner. */
export function koaServerRender() {
  /** @param {any} context @param {() => Promise<void>} next */
  return async (context, next) => {
    const match = /^\/ssr\/([a-z-]+)$/.exec(context.path);
    if (!match) return next();
    try {
      context.body = await renderOnServer(match[1], Object.fromEntries(new URLSearchParams(context.querystring)));
      context.type = 'text/html';
    } catch (error) {
      context.status = 500;
      context.type = 'text/plain';
      // A test server on loopback: the stack is what the failing test needs to show.
      context.body = error instanceof Error ? `${error.stack}` : String(error);
    }
  };
}

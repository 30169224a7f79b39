/**
 * The one rule for every URL that comes from data (a portrait, an owner's shop link): the data is not
 * ours, so a URL from it is used only when it cannot run script, leak the page, or reach a place the
 * endpoint did not mean. Allowed:
 * - `https:` anywhere;
 * - `http:` only when the endpoint itself is plain `http:` (an intranet server with http portraits);
 * - a relative path that says it is one (`/x`, `./x`, `../x`), resolved against the endpoint and still on
 *   its origin.
 * Everything else is refused: `javascript:`, `data:`, `blob:`, protocol-relative `//other.example/x`, bare
 * words ("Kari", "portrait.png", which are names rather than addresses), credentials in the URL, control
 * characters and spaces (browsers strip some of them, which turns harmless-looking text into a scheme).
 */
const RELATIVE = /^(\/(?![/\\])|\.\.?\/)/;
const HIDDEN = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

/** The absolute URL to use for `value`, or null when it must not be used as a URL at all. */
export function dataUrl(value: string | null | undefined, endpoint: string): string | null {
  if (!value || HIDDEN.test(value)) return null;
  const base = safeBase(endpoint);
  if (!base) return null;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value)?.[0].toLowerCase();
  if (scheme === 'https:') return url.href;
  if (scheme === 'http:') return base.protocol === 'http:' ? url.href : null;
  if (scheme === undefined && RELATIVE.test(value) && url.origin === base.origin) return url.href;
  return null;
}

/** The endpoint as a URL to resolve against (a relative endpoint is on the page's origin). */
function safeBase(endpoint: string): URL | null {
  try {
    return new URL(endpoint || '.', globalThis.document?.baseURI);
  } catch {
    return null;
  }
}

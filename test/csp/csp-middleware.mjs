// @ts-check
/**
 * Serves the strict-CSP page (test/csp/page.html) with its policy as a response header, and the hostile
 * endpoint it reads (GET /csp-api/...). `?nocsp=1` serves the page without the policy: the test's proof
 * that the page notices an executed script when nothing stops it.
 */
import { answer, CSP_API } from './hostile-data.js';

export const CSP_PAGE = '/test/csp/page.html';

/**
 * As strict as the drop-in bundle works under: scripts only from this origin, no inline script, no eval;
 * Trusted Types required for every script sink, with the one policy Lit creates (`lit-html`). Styles come
 * from constructable stylesheets (adoptedStyleSheets), which need no 'unsafe-inline'. Images, fetches and
 * everything else only from this origin.
 */
export const CSP_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** @web/dev-server (koa) middleware. */
export function koaCspPage() {
  /** @param {import('koa').Context} ctx @param {() => Promise<unknown>} next */
  return async (ctx, next) => {
    if (ctx.method === 'GET' && ctx.path.startsWith(`${CSP_API}/`)) {
      const reply = answer(ctx.url);
      if (reply) {
        ctx.status = reply.status;
        ctx.set('Content-Type', reply.status === 200 ? 'application/json' : 'application/problem+json');
        ctx.set('Cache-Control', 'no-store');
        ctx.body = JSON.stringify(reply.data);
        return;
      }
    }
    await next();
    if (ctx.path === CSP_PAGE && ctx.query.nocsp !== '1') {
      ctx.set('Content-Security-Policy', CSP_POLICY);
      ctx.set('Cache-Control', 'no-store');
    }
  };
}

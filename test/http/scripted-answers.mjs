// @ts-check
/**
 * A real HTTP endpoint whose answers a test writes itself, for requests the browser's own fetch makes (in
 * the page or in a worker), where a stubbed fetch cannot stand in:
 * - `PUT /scripted/<key>` with a JSON list of `{ status, headers?, body?, delayMs? }` sets what
 *   `GET /scripted/<key>/events` answers next, one item per request (the last one repeats);
 * - `GET /scripted/<key>/seen` lists the requests so far: their headers, and whether the client went away
 *   before the answer was sent (an aborted fetch).
 */
export const SCRIPTED = '/scripted/';

/** @typedef {{ status: number, headers?: Record<string, string>, body?: string, delayMs?: number }} Scripted */
/** @typedef {{ headers: Record<string, string | string[] | undefined>, aborted: boolean }} Seen */

/** @param {AsyncIterable<Buffer | string>} stream */
async function readBody(stream) {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

/** @web/dev-server (koa) middleware. */
export function koaScriptedAnswers() {
  /** @type {Map<string, { answers: Scripted[], seen: Seen[] }>} */
  const scripts = new Map();
  /** @param {import('koa').Context} ctx @param {() => Promise<unknown>} next */
  return async (ctx, next) => {
    if (!ctx.path.startsWith(SCRIPTED)) return next();
    const [key = '', what] = ctx.path.slice(SCRIPTED.length).split('/');
    // Cross-origin requests (a redirect to the other name of this server) may read the answer.
    ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.method === 'PUT' && what === undefined) {
      scripts.set(key, { answers: JSON.parse(await readBody(ctx.req)), seen: [] });
      ctx.status = 204;
      return;
    }
    const script = scripts.get(key);
    if (!script) return next();
    if (ctx.method === 'GET' && what === 'seen') {
      ctx.body = JSON.stringify(script.seen);
      ctx.type = 'application/json';
      return;
    }
    if (ctx.method !== 'GET' || what !== 'events') return next();
    const seen = { headers: { ...ctx.headers }, aborted: false };
    script.seen.push(seen);
    ctx.res.on('close', () => {
      if (!ctx.res.writableEnded) seen.aborted = true;
    });
    const answer = (script.answers.length > 1 ? script.answers.shift() : script.answers[0]) ?? { status: 404 };
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (seen.aborted) return;
    ctx.status = answer.status;
    ctx.set(answer.headers ?? {});
    if (answer.body !== undefined) ctx.body = answer.body;
  };
}

// @ts-check
/** Adapters that mount the demo endpoint in Vite's (connect) and the test runner's (koa) servers. */
import { answerDemoRequest, DEMO_PREFIX } from './handler.js';

/** @param {AsyncIterable<Buffer | string>} stream */
async function readBody(stream) {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

/** @param {number} ms */
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Vite / connect middleware. @returns {import('vite').Connect.NextHandleFunction} */
export function connectDemoEndpoint() {
  return (req, res, next) => {
    const url = req.url ?? '';
    const method = req.method ?? 'GET';
    // Only the demo endpoint's requests are read here; every other one goes on untouched, body and all.
    if (!url.startsWith(DEMO_PREFIX)) return next();
    readBody(req).then(async (body) => {
      const answer = answerDemoRequest(method, url, /** @type {Record<string, string>} */ (req.headers), body);
      if (!answer) return next();
      await wait(answer.delayMs);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    }, next);
  };
}

/** @web/dev-server (koa) middleware, for the browser tests. */
export function koaDemoEndpoint() {
  /** @param {import('koa').Context} ctx @param {() => Promise<unknown>} next */
  return async (ctx, next) => {
    if (!ctx.url.startsWith(DEMO_PREFIX)) return next();
    const body = await readBody(ctx.req);
    const answer = answerDemoRequest(ctx.method, ctx.url, /** @type {Record<string, string>} */ (ctx.headers), body);
    if (!answer) return next();
    await wait(answer.delayMs);
    ctx.status = answer.status;
    ctx.set(answer.headers);
    ctx.body = answer.body;
  };
}

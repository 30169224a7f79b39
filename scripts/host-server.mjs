// @ts-check
/**
 * A tiny server for a built host app: its files, the demo endpoint under /demo-api/, and the demo's
 * portraits (the fixtures point at /demo/portraits/). Listens on a free port of 127.0.0.1.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectDemoEndpoint } from '../demo/endpoint/middleware.js';

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const PORTRAITS = fileURLToPath(new URL('../demo/portraits/', import.meta.url));

/** The file under `root` for a URL path, or undefined when the path leaves it. */
function fileFor(/** @type {string} */ root, /** @type {string} */ path) {
  const base = resolve(root);
  const file = resolve(base, `.${decodeURIComponent(path)}`);
  return file.startsWith(base + sep) ? file : undefined;
}

/**
 * @param {string} root the host's build output
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveHost(root) {
  const demoEndpoint = connectDemoEndpoint();
  const server = createServer((req, res) => {
    const serveFile = async () => {
      const path = new URL(req.url ?? '/', 'http://host').pathname;
      // The browser asks for one on its own; the hosts have none, and a 404 would read as a page error.
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      try {
        // Inside the try: a malformed escape (`/%E0`) is a bad request, not a crash of the harness.
        const file = path.startsWith('/demo/portraits/')
          ? fileFor(PORTRAITS, path.slice('/demo/portraits'.length))
          : fileFor(root, path.endsWith('/') ? `${path}index.html` : path);
        if (!file) throw new Error('outside the root');
        const body = await readFile(file);
        res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('Not found');
      }
    };
    demoEndpoint(req, res, () => void serveFile());
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the host server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

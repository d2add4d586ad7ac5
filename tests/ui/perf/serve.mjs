// @ts-check
// A tiny static server for the perf harness: serves the repository root on 127.0.0.1 (ES
// modules need http, not file://). Directories answer with a plain listing of links, which
// the harness page reads to find the locales' .ftl files (as the preview does).
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.ftl': 'text/plain', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/**
 * Starts the server on a free port. `pages` answers extra paths with generated content
 * (start.mjs's reduced pages and stylesheets), before the files.
 * @param {string} [root]
 * @param {Map<string, { type: string, body: string }>} [pages]
 * @returns {Promise<{ url: string, close: () => void }>}
 */
export function serve(root = repoRoot, pages = new Map()) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const page = pages.get(path);
    if (page) { res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body); return; }
    const file = join(root, path);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const s = await stat(file);
      if (s.isDirectory()) {
        const names = (await readdir(file)).sort();
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(names.map((n) => `<a href="${encodeURIComponent(n)}">${n}</a>`).join('\n'));
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
        'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const addr = /** @type {import('node:net').AddressInfo} */ (server.address());
    ok({ url: `http://127.0.0.1:${addr.port}`, close: () => server.close() });
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve();
  console.log(`serving ${repoRoot} at ${url}/tests/ui/perf/filter.html`);
}

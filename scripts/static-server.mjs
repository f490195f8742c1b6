/**
 * A small static file server for the built app. `npm start` and the browser tests
 * both use it; it can mount the site under a sub-path (e.g. /some/dir/) to prove
 * the build works on any static host.
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** @param {string} copy @param {string} original */
function isFresh(copy, original) {
  try {
    return statSync(copy).mtimeMs >= statSync(original).mtimeMs;
  } catch {
    return false;
  }
}

/** @param {{ root: string, base?: string, port?: number, host?: string }} options */
export function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const rootDir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('Not found');
      return;
    }
    const relative = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    const path = normalize(join(rootDir, relative));
    // Never serve anything outside the build folder.
    if (path !== rootDir && !path.startsWith(rootDir + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    let file = path;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404).end('Not found');
      return;
    }
    // The build's precompressed copy, when the browser takes gzip and the copy is not
    // older than the file (a data file replaced after the build must not be shadowed).
    const gzipped =
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && isFresh(`${file}.gz`, file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
    });
    createReadStream(gzipped ? `${file}.gz` : file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}${prefix}`,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    });
  });
}

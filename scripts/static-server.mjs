/**
 * A small static file server for the built app. `npm start` and the browser tests
 * both use it; it can mount the site under a sub-path (e.g. /some/dir/) to prove
 * the build works on any static host.
 *
 * Kept rather than replaced by sirv: sirv, like any server that stats paths, serves
 * what a link inside the folder points to, and this one must not; the rest (sub-path,
 * precompressed copies, headers) is a few lines. Every request is answered, none can
 * stop the server: a malformed path is a 400, a method other than GET or HEAD a 405,
 * a link out of the folder a 403, and a download the browser abandons closes its file.
 */
import { createServer } from 'node:http';
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream';
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

/**
 * Who may show a page in a frame, the one part of the policy a <meta> tag cannot
 * carry (the rest is in the page). Only a view asked for as an embed (`?embed=1`)
 * may be framed by other sites; every other page only by this one, so no one can
 * lay the full app under a page of theirs and steer clicks into it.
 * @param {boolean} embed
 */
export const frameAncestors = (embed) => `frame-ancestors ${embed ? '*' : "'self'"}`;

/**
 * Whether the client takes gzip, as RFC 9110 reads Accept-Encoding: each coding may
 * carry a weight, and `q=0` means "not this one" (`gzip;q=0` refuses gzip); `*`
 * stands for every coding not named; `x-gzip` is gzip's old name.
 * @param {string | undefined} header
 */
export function acceptsGzip(header) {
  if (!header) return false;
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (coding === '') continue;
    const q = params.find((p) => /^q\s*=/.test(p));
    const weight = q === undefined ? 1 : Number(q.replace(/^q\s*=\s*/, ''));
    weights.set(coding === 'x-gzip' ? 'gzip' : coding, Number.isFinite(weight) ? weight : 0);
  }
  return (weights.get('gzip') ?? weights.get('*') ?? 0) > 0;
}

/** @param {string} path @param {string} root */
const isInside = (path, root) => path === root || path.startsWith(root + sep);

/**
 * The real file a path names inside the build folder, or the status to answer.
 * @param {string} rootDir @param {string} relative
 */
function fileFor(rootDir, relative) {
  const path = normalize(join(rootDir, relative));
  if (!isInside(path, rootDir)) return { status: 403 };
  let real;
  try {
    real = realpathSync(path);
    if (statSync(real).isDirectory()) real = realpathSync(join(real, 'index.html'));
  } catch {
    return { status: 404 };
  }
  // A link inside the folder may point anywhere: what it points to must be inside too.
  if (!isInside(real, rootDir)) return { status: 403 };
  if (!statSync(real).isFile()) return { status: 404 };
  return { file: real };
}

const TEXT = { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' };
const STATUS_TEXT = {
  400: 'Bad request',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  500: 'Server error',
};

/** @param {import('node:http').ServerResponse} res @param {400|403|404|405|500} status */
function refuse(res, status, extra = {}) {
  res.writeHead(status, { ...TEXT, ...extra }).end(STATUS_TEXT[status]);
}

/** @param {{ root: string, base?: string, port?: number, host?: string }} options */
export function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const rootDir = realpathSync(resolve(root));
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refuse(res, 405, { Allow: 'GET, HEAD' });
      return;
    }
    let pathname;
    let embed = false;
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      pathname = decodeURIComponent(url.pathname);
      embed = url.searchParams.get('embed') === '1';
    } catch {
      refuse(res, 400);
      return;
    }
    if (pathname.includes('\0')) {
      refuse(res, 400);
      return;
    }
    if (!pathname.startsWith(prefix)) {
      refuse(res, 404);
      return;
    }
    const found = fileFor(rootDir, pathname.slice(prefix.length) || 'index.html');
    if (!found.file) {
      refuse(res, /** @type {403|404} */ (found.status));
      return;
    }
    // The build's precompressed copy, when the browser takes gzip and the copy is not
    // older than the file (a data file replaced after the build must not be shadowed).
    const gzipped =
      acceptsGzip(req.headers['accept-encoding']) && isFresh(`${found.file}.gz`, found.file);
    const sent = gzipped ? `${found.file}.gz` : found.file;
    let size;
    try {
      size = statSync(sent).size;
    } catch {
      refuse(res, 404);
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(found.file)] ?? 'application/octet-stream',
      // Its length, so any client knows when the body is whole, chunked encoding or not.
      'Content-Length': size,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
      ...(extname(found.file) === '.html'
        ? { 'Content-Security-Policy': frameAncestors(embed) }
        : {}),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // pipeline() closes the file when the browser abandons the download, and ends
    // the response if the file cannot be read; .pipe() did neither.
    pipeline(createReadStream(sent), res, () => {});
  });
  // A client may close its side once its request is sent (HTTP/1.0 tools, `nc -N`): that
  // says "no more requests", not "no answer". By default Node's server then ends the
  // connection at once, and the answer, still being read from disk, is lost.
  server.httpAllowHalfOpen = true;
  // A client that sends garbage gets a 400 from Node; it must not reach 'error' unhandled.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
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

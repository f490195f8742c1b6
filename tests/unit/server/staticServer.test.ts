/**
 * The static server `npm start` runs, with real requests: nothing a web page can
 * send stops it, it serves nothing outside its folder, links included, and an
 * abandoned download closes its file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper shared with npm start.
import { startStaticServer } from '../../../scripts/static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'crisis-timeline-serve-'));
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>');
  // A page with its gzip copy, as the build writes them (the copy not older than the page).
  writeFileSync(join(root, 'page.html'), '<!doctype html><title>page</title>');
  writeFileSync(join(root, 'page.html.gz'), gzipSync('<!doctype html><title>page</title>'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'data', 'big.json'), 'x'.repeat(8 * 1024 * 1024));
  symlinkSync('/etc/passwd', join(root, 'passwd.txt'));
  symlinkSync('/etc', join(root, 'etc'));
  symlinkSync(join(root, 'index.html'), join(root, 'inside.html'));
  server = await startStaticServer({ root, port: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw request line, so paths reach the server exactly as written. */
function raw(method: string, path: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('framing', () => {
  const policy = async (path: string) => {
    const response = await fetch(new URL(path, server.url));
    await response.arrayBuffer();
    return response.headers.get('content-security-policy');
  };
  it.each([
    ['/', "frame-ancestors 'self'"],
    ['/?event=x', "frame-ancestors 'self'"],
    ['/?embed=1', 'frame-ancestors *'],
    ['/?crisis=c&embed=1', 'frame-ancestors *'],
    ['/?embed=yes', "frame-ancestors 'self'"],
    ['/data/big.json?embed=1', null],
  ])('%s may be framed by: %s', async (path, expected) => {
    expect(await policy(path)).toBe(expected);
  });
});

describe('the static server', () => {
  it.each([
    ['GET', '/%', 400],
    ['GET', '/%E0%A4%A', 400],
    ['GET', '/a%00b', 400],
    ['POST', '/', 405],
    ['DELETE', '/index.html', 405],
    ['GET', '/passwd.txt', 403],
    ['GET', '/etc/passwd', 403],
    ['GET', '/..%2f..%2fetc%2fpasswd', 403],
    ['GET', '/missing', 404],
    ['GET', '/inside.html', 200],
    ['HEAD', '/', 200],
  ])('%s %s → %i, and it keeps serving', async (method, path, status) => {
    const answer = await raw(method, path);
    expect(answer.status).toBe(status);
    if (method === 'HEAD') expect(answer.body).toBe('');
    expect((await raw('GET', '/')).status).toBe(200);
  });

  it('answers a request that is not HTTP with a 400 and stays up', async () => {
    const { port } = new URL(server.url);
    const reply = await new Promise<string>((done) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('NONSENSE\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('close', () => done(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await raw('GET', '/')).status).toBe(200);
  });

  it('closes the file of every download the browser abandons', async () => {
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    const { port } = new URL(server.url);
    await Promise.all(
      Array.from(
        { length: 50 },
        () =>
          new Promise<void>((done) => {
            const req = request({ host: '127.0.0.1', port, path: '/data/big.json' }, (res) => {
              res.once('data', () => req.destroy());
            });
            req.on('error', () => {});
            req.on('close', () => done());
            req.end();
          }),
      ),
    );
    // Wait for the state, not a fixed time: the server closes each file as it sees the abort.
    await expect.poll(openFiles, { timeout: 10_000 }).toBeLessThanOrEqual(before + 2);
  });
});

/** Sends `request` raw, closes the sending side if asked, and collects the whole reply. */
function rawReply(request: string, halfClose: boolean): Promise<Buffer> {
  const { port } = new URL(server.url);
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(request);
      if (halfClose) socket.end();
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('close', () => done(Buffer.concat(chunks)));
  });
}

describe("the server's protocol", () => {
  const SIZE = 8 * 1024 * 1024;

  it.each([
    ['HTTP/1.0, closing its side after the request', 'HTTP/1.0', true],
    ['HTTP/1.1 with Connection: close, closing its side', 'HTTP/1.1', true],
    ['HTTP/1.0, leaving its side open', 'HTTP/1.0', false],
  ])('a client %s gets the whole body', async (_, version, halfClose) => {
    const close = version === 'HTTP/1.1' ? 'Connection: close\r\n' : '';
    const reply = await rawReply(
      `GET /data/big.json ${version}\r\nHost: x\r\n${close}\r\n`,
      halfClose,
    );
    const head = reply.subarray(0, reply.indexOf('\r\n\r\n')).toString();
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(reply.length - head.length - 4).toBe(SIZE);
  });

  it.each<[string, boolean]>([
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['x-gzip', true],
    ['*', true],
    ['GZIP;Q=0.5', true],
    ['gzip;q=0', false],
    ['gzip; q=0.000', false],
    ['br, gzip;q=0', false],
    ['*;q=0', false],
    ['*, gzip;q=0', false],
    ['identity', false],
    ['notgzip', false],
    ['', false],
  ])('Accept-Encoding: %j → gzip %s', async (accept, gzip) => {
    const { port } = new URL(server.url);
    const encoding = await new Promise<string | undefined>((done, fail) => {
      const headers = accept === '' ? {} : { 'Accept-Encoding': accept };
      const req = request({ host: '127.0.0.1', port, path: '/page.html', headers }, (res) => {
        res.resume();
        res.on('end', () => done(res.headers['content-encoding']));
      });
      req.on('error', fail);
      req.end();
    });
    expect(encoding).toBe(gzip ? 'gzip' : undefined);
  });
});

describe('npm start, on a bad port', () => {
  const serve = (env: Record<string, string>, cwd = process.cwd()) =>
    spawnSync(process.execPath, [resolve('scripts/serve.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
      cwd,
      timeout: 10_000,
    });

  it.each(['abc', '0', '70000', '80; rm -rf /'])('PORT=%s is one line', (port) => {
    const result = serve({ PORT: port });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/give a port number from 1 to 65535/);
  });

  it('a port in use is one line', () => {
    const site = mkdtempSync(join(tmpdir(), 'crisis-timeline-site-'));
    mkdirSync(join(site, 'dist'));
    writeFileSync(join(site, 'dist', 'index.html'), 'ok');
    const { port } = new URL(server.url);
    const result = serve({ PORT: port }, site);
    rmSync(site, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `serve: port ${port} is in use by another program. Stop it, or run with PORT=<another port>.`,
    ]);
  });
});

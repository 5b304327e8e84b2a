/**
 * The local server for the built site (`npm start`, `npm run preview`, tests, benchmarks; the
 * CDN's job in production): serves dist/ under BASE_PATH, gzip when the client accepts it,
 * directory index.html, and the bilingual 404.html with status 404.
 *
 * When the build wrote a `_headers` file (Netlify / Cloudflare Pages format), every response gets
 * the headers its rules give that path (CSP, caching, security headers), as those CDNs would send
 * them, and `_headers` itself is not served (they do not serve it either). Tool (local machine),
 * run under the project's Node (`npm run`, `npx`): it imports the rules module the build uses.
 *
 * It holds against hostile requests (tests/server/serve.test.ts, tools/load-test.ts):
 * - only GET and HEAD (405 otherwise); a malformed request line, path or %-escape is 400;
 * - never leaves the served folder: every file is checked by its resolved real path (no `..`,
 *   no symlink out, no sibling folder whose name starts the same, like `dist-secret/`);
 * - redirects (a folder without its slash) only to a path on this server, never `//host`;
 * - one bad request never stops it: every error becomes a response.
 */
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeOf } from '../src/publish/content-types.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/publish/headers.ts';
import { publishedSite } from '../src/publish/site-file.ts';
import { parseCommandLine, usageError } from './args.ts';
import { limitConnections, SERVER_OPTIONS } from './serve-limits.ts';

const USAGE = `usage: npm run preview -- [--port 4321] [--dir dist]   (run directly, the port defaults to 4399)
  --port  the port on 127.0.0.1 (0: any free port; the "Serving" line names it)
  --dir   the built site to serve (default: $OUT_DIR or dist)
  The site is served under its base path, as it was built (BASE_PATH, else content/site.yml).`;

const { values } = parseCommandLine(USAGE, { port: { type: 'string' }, dir: { type: 'string' } });
const port = Number(values.port ?? '4399');
if (!/^\d{1,5}$/.test(values.port ?? '4399') || port > 65535)
  usageError(`--port ${values.port}: give a port number from 0 to 65535.`, USAGE);
const root = path.resolve(values.dir ?? process.env['OUT_DIR'] ?? 'dist');
// The folder the site was built for: BASE_PATH, else content/site.yml's (src/publish/site-file.ts).
const { base } = publishedSite();

const compressible = /^(text\/|application\/(json|xml|javascript|manifest))|svg/;

/** The served folder's real path (resolved once per request: a rebuild swaps the folder). */
function realRoot(): string | undefined {
  try {
    return fs.realpathSync(root);
  } catch {
    return undefined;
  }
}

/** `file`'s real path when it is a regular file or folder inside `rootReal`, else undefined. */
function inside(rootReal: string, file: string): string | undefined {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return undefined;
  }
  return real === rootReal || real.startsWith(rootReal + path.sep) ? real : undefined;
}

/** The `_headers` rules of the served folder, re-read when the file changes (a rebuild). */
let cachedRules: { key: string; rules: HeaderRule[] } = { key: '', rules: [] };
function headerRules(rootReal: string): HeaderRule[] {
  const file = path.join(rootReal, '_headers');
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  const key = `${file}:${stat.mtimeMs}:${stat.size}`;
  if (key !== cachedRules.key) cachedRules = { key, rules: parseHeadersFile(fs.readFileSync(file, 'utf8')) };
  return cachedRules.rules;
}

/** Gzipped bodies by file and version: level 9 is slow, and a load of requests asks for the same files. */
const gzipCache = new Map<string, Buffer>();
function gzipped(file: string, stat: fs.Stats, body: Buffer): Buffer {
  const key = `${file}:${stat.mtimeMs}:${stat.size}`;
  let z = gzipCache.get(key);
  if (!z) {
    z = gzipSync(body, { level: 9 });
    if (gzipCache.size > 500) gzipCache.clear();
    gzipCache.set(key, z);
  }
  return z;
}

class BadRequest extends Error {}

/**
 * The request target as a decoded path and its raw query. Only origin-form targets (`/path?q`):
 * an absolute URL, `*`, `//host…`, a backslash, a control character, a NUL or a bad %-escape is
 * a bad request here (a CDN would not serve it either).
 */
function parseTarget(target: string | undefined): { rawPath: string; decoded: string; search: string } {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//'))
    throw new BadRequest();
  const q = target.indexOf('?');
  const rawPath = q >= 0 ? target.slice(0, q) : target;
  const search = q >= 0 ? target.slice(q) : '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\\\u0000-\u001f\u007f]/.test(rawPath) || rawPath.includes('#')) throw new BadRequest();
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    throw new BadRequest();
  }
  // eslint-disable-next-line no-control-regex -- as above, after %-decoding
  if (/[\\\u0000-\u001f\u007f]/.test(decoded) || decoded.startsWith('//')) throw new BadRequest();
  return { rawPath, decoded, search };
}

function send(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
): void {
  headers['content-length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function plain(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  send(
    req,
    res,
    status,
    { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra },
    Buffer.from(`${text}\n`),
  );
}

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    plain(req, res, 405, 'Method not allowed: this server answers GET and HEAD only.', {
      allow: 'GET, HEAD',
    });
    return;
  }
  let target: ReturnType<typeof parseTarget>;
  try {
    target = parseTarget(req.url);
  } catch {
    plain(req, res, 400, 'Bad request: malformed URL.');
    return;
  }
  const rootReal = realRoot();
  if (!rootReal) {
    plain(req, res, 503, `Nothing to serve: ${root} does not exist (run npm run build).`);
    return;
  }
  const { rawPath, decoded, search } = target;
  // The site's own folder without its slash: /reviews → /reviews/.
  if (`${decoded}/` === base) {
    res.writeHead(301, { location: base, 'content-length': '0' }).end();
    return;
  }
  let file: string | undefined;
  let status = 200;
  if (decoded.startsWith(base)) {
    // Resolved against the root, then checked by real path: `..`, %2e%2e, %2f and symlinks cannot leave it.
    const candidate = path.join(rootReal, path.posix.normalize(`/${decoded.slice(base.length)}`));
    const real = inside(rootReal, candidate);
    if (real) {
      const stat = fs.statSync(real);
      if (stat.isDirectory()) {
        const index = inside(rootReal, path.join(real, 'index.html'));
        if (index && !decoded.endsWith('/')) {
          // Location is this request's own path (starts with one "/", checked above) plus "/".
          res.writeHead(301, { location: `${rawPath}/${search}`, 'content-length': '0' }).end();
          return;
        }
        if (index && decoded.endsWith('/')) file = index;
      } else if (stat.isFile() && real !== path.join(rootReal, '_headers')) {
        file = real;
      }
    }
  }
  if (!file) {
    status = 404;
    file = inside(rootReal, path.join(rootReal, '404.html'));
    if (!file) {
      plain(req, res, 404, 'Not found.');
      return;
    }
  }
  const stat = fs.statSync(file);
  const type = contentTypeOf(file);
  let body: Buffer = fs.readFileSync(file);
  const headers: Record<string, string> = {
    'content-type': type,
    'cache-control': 'no-cache',
    ...headersFor(headerRules(rootReal), rawPath),
  };
  if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipped(file, stat, body);
    headers['content-encoding'] = 'gzip';
    headers['vary'] = 'accept-encoding';
  }
  send(req, res, status, headers, body);
}

const server = http.createServer(SERVER_OPTIONS, (req, res) => {
  try {
    handle(req, res);
  } catch (e) {
    // A fault here (a file vanishing mid-request during a rebuild) answers 500; the server stays up.
    console.error(
      `serve: ${req.method} ${JSON.stringify(req.url)}: ${e instanceof Error ? e.message : String(e)}`,
    );
    if (!res.headersSent) plain(req, res, 500, 'Internal error.');
    else res.destroy();
  }
});
// Slow clients cannot starve real ones: timeouts and a connection cap (tools/serve-limits.ts).
limitConnections(server);
// A request Node cannot even parse (a bad request line, a huge header) gets 400 and is closed.
server.on('clientError', (_err, socket) => {
  if (socket.writable && !socket.destroyed)
    socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  else socket.destroy();
});

// --port 0 takes a free port from the system (tests: no race between picking a port and using it);
// the line below names the port actually bound.
server.listen(port, '127.0.0.1', () => {
  const bound = (server.address() as AddressInfo).port;
  console.log(`Serving ${root} at http://127.0.0.1:${bound}${base}`);
});

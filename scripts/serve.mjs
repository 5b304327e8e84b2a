#!/usr/bin/env node
/**
 * A small static server for the built site, for tests and benchmarks (the CDN's job in
 * production): serves dist/ under BASE_PATH, gzip when the client accepts it, directory
 * index.html, and the bilingual 404.html with status 404.
 *
 * When the build wrote a `_headers` file (Netlify / Cloudflare Pages format), every response gets
 * the headers its rules give that path (CSP, caching, security headers), as those CDNs would send
 * them, and `_headers` itself is not served (they do not serve it either). Run under the
 * project's Node (`npx`/`npm run`): it imports the TypeScript rules module the build uses.
 *
 *   node scripts/serve.mjs [--port 4399] [--dir dist]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/publish/headers.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(opt('port', '4399'));
const root = path.resolve(opt('dir', process.env.OUT_DIR ?? 'dist'));
let base = process.env.BASE_PATH ?? '/';
if (!base.startsWith('/')) base = `/${base}`;
if (!base.endsWith('/')) base = `${base}/`;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const compressible = /^(text\/|application\/(json|xml|javascript|manifest))|svg/;

/** The `_headers` rules of the served folder, re-read when the file changes (a rebuild). */
const headersFile = path.join(root, '_headers');
let cachedRules = { mtime: -1, rules: [] };
function headerRules() {
  if (!fs.existsSync(headersFile)) return [];
  const mtime = fs.statSync(headersFile).mtimeMs;
  if (mtime !== cachedRules.mtime) cachedRules = { mtime, rules: parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) };
  return cachedRules.rules;
}

function resolve(urlPath) {
  if (!urlPath.startsWith(base)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const file = path.join(root, rel);
  if (!file.startsWith(root)) return undefined;
  if (file === headersFile) return undefined;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return urlPath.endsWith('/') && fs.existsSync(index) ? index : undefined;
  }
  return fs.existsSync(file) ? file : undefined;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // /reviews → /reviews/ (a directory without its slash), like most CDNs.
  const dir = path.join(root, decodeURIComponent(url.pathname.slice(base.length)));
  if (url.pathname.startsWith(base) && !url.pathname.endsWith('/') && fs.existsSync(path.join(dir, 'index.html'))) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  if (`${url.pathname}/` === base) {
    res.writeHead(301, { location: base }).end();
    return;
  }
  let file = resolve(url.pathname);
  let status = 200;
  if (!file) {
    status = 404;
    file = path.join(root, '404.html');
  }
  const type = types[path.extname(file)] ?? 'application/octet-stream';
  let body = fs.readFileSync(file);
  const headers = { 'content-type': type, 'cache-control': 'no-cache', ...headersFor(headerRules(), url.pathname) };
  if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
    headers['vary'] = 'accept-encoding';
  }
  headers['content-length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});

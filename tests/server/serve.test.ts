import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MIX, once, runLoad } from '../../tools/load-test.ts';
import { startServe } from '../../tools/serve-child.ts';

/**
 * tools/serve.ts against hostile requests, over a small site in a temp folder that has a
 * sibling folder sharing its name's start (`site-secret/`) and a symlink leading out of it.
 */
let tmp = '';
let port = 0;
let stop = () => {};
const get = (raw: string) => once('127.0.0.1', port, raw, 10_000);
async function fetchRaw(raw: string): Promise<string> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port });
    let data = '';
    s.on('data', (d) => (data += d.toString()));
    s.on('end', () => resolve(data));
    s.on('error', reject);
    s.write(`${raw}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-serve-'));
  const site = path.join(tmp, 'site');
  fs.mkdirSync(path.join(site, 'en', '2024'), { recursive: true });
  fs.mkdirSync(path.join(site, 'zh-hans', '2024'), { recursive: true });
  fs.writeFileSync(path.join(site, 'zh-hans', '2024', 'index.html'), '<!doctype html><title>回眸</title>');
  fs.mkdirSync(path.join(site, 'pagefind'));
  fs.mkdirSync(path.join(tmp, 'site-secret'));
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>home</title>');
  fs.writeFileSync(path.join(site, '404.html'), '<!doctype html><title>not found</title>');
  fs.writeFileSync(path.join(site, 'en', 'index.html'), '<!doctype html><title>en</title>');
  fs.writeFileSync(path.join(site, 'en', '2024', 'index.html'), '<!doctype html><title>review</title>');
  fs.writeFileSync(path.join(site, 'pagefind', 'pagefind.js'), 'export {};');
  fs.writeFileSync(path.join(site, '_headers'), '/*\n  X-Test: yes\n');
  fs.writeFileSync(path.join(tmp, 'site-secret', 'secret.txt'), 'SECRET');
  fs.writeFileSync(path.join(tmp, 'outside.txt'), 'SECRET');
  fs.symlinkSync(path.join(tmp, 'outside.txt'), path.join(site, 'link.txt'));
  fs.symlinkSync(path.join(tmp, 'site-secret'), path.join(site, 'linkdir'));
  ({ port, stop } = await startServe({ dir: site }));
});
afterAll(() => {
  stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('tools/serve.ts answers hostile requests without leaving its folder or falling over', () => {
  test.each([
    ['GET / HTTP/1.1', 200],
    ['HEAD /en/ HTTP/1.1', 200],
    ['GET /% HTTP/1.1', 400],
    ['GET /%E4%B8 HTTP/1.1', 400],
    ['GET //[ HTTP/1.1', 400],
    ['GET //evil.example/ HTTP/1.1', 400],
    ['GET /%2F%2Fevil.example/ HTTP/1.1', 400],
    ['GET http://evil.example/ HTTP/1.1', 400],
    ['GET /%00 HTTP/1.1', 400],
    ['GET /a%5Cb HTTP/1.1', 400],
    ['GET /..%2fsite-secret/secret.txt HTTP/1.1', 404],
    ['GET /%2e%2e/site-secret/secret.txt HTTP/1.1', 404],
    ['GET /../site-secret/secret.txt HTTP/1.1', 404],
    ['GET /link.txt HTTP/1.1', 404],
    ['GET /linkdir/secret.txt HTTP/1.1', 404],
    ['GET /_headers HTTP/1.1', 404],
    ['POST / HTTP/1.1', 405],
    ['PUT /en/ HTTP/1.1', 405],
    ['OPTIONS * HTTP/1.1', 405],
    ['GARBAGE', 400],
  ])('%s → %i', async (raw, status) => {
    const r = await get(raw);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(status);
  });

  test('no response ever carries the secret from outside the folder', async () => {
    for (const p of [
      '/..%2fsite-secret/secret.txt',
      '/link.txt',
      '/linkdir/secret.txt',
      '/%2e%2e/outside.txt',
    ]) {
      expect(await fetchRaw(`GET ${p} HTTP/1.1`)).not.toContain('SECRET');
    }
  });

  test('a folder without its slash redirects to the same path on this server, never to another host', async () => {
    const res = await fetchRaw('GET /en/2024?x=1 HTTP/1.1');
    expect(res).toMatch(/^HTTP\/1\.1 301/);
    expect(res).toMatch(/\r\nlocation: \/en\/2024\/\?x=1\r\n/i);
    const evil = await fetchRaw('GET //evil.example/en HTTP/1.1');
    expect(evil).not.toMatch(/\r\nlocation:/i);
  });

  test('405 says which methods it allows, and responses carry the _headers rules', async () => {
    expect(await fetchRaw('POST / HTTP/1.1')).toMatch(/\r\nallow: GET, HEAD\r\n/i);
    expect(await fetchRaw('GET / HTTP/1.1')).toMatch(/\r\nx-test: yes\r\n/i);
  });

  test('a bounded load: 3000 requests, 300 at once, bad ones mixed in, no error; it still answers after', async () => {
    const r = await runLoad({ url: `http://127.0.0.1:${port}/`, requests: 3000, concurrency: 300 });
    console.log(
      `tools/serve.ts load: requests 3000, concurrency 300, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}`,
    );
    expect(r.failures).toEqual([]);
    expect(MIX.filter((m) => m.expect >= 400).length).toBeGreaterThan(5);
    expect((await get('GET / HTTP/1.1')).status).toBe(200);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { distDir } from './dist.ts';
import { serve, smoke } from './publish-helpers.ts';

/**
 * `npm run smoke` against the built site served locally: it passes on the build as it is, and
 * fails with a readable report on a copy broken the way a deploy can break.
 */
const temps: string[] = [];
const servers: (() => void)[] = [];
afterAll(() => {
  servers.forEach((stop) => stop());
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

/** A copy of the build, changed by `breakIt`. */
function brokenCopy(breakIt: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-smoke-'));
  temps.push(dir);
  fs.cpSync(distDir, dir, { recursive: true });
  breakIt(dir);
  return dir;
}

const headers = path.join(distDir, '_headers');

describe('npm run smoke', () => {
  test('It passes against the build served locally: pages, assets, headers and a search per edition.', async () => {
    const server = await serve(distDir);
    servers.push(server.stop);
    const r = smoke(server.url, '--remap', '--headers', headers);
    expect(r.output).toContain('smoke OK: every check passed.');
    expect(r.output).toMatch(/search zh-Hans: .* → \d+ result/);
    expect(r.output).toMatch(/search zh-Hant: .* → \d+ result/);
    expect(r.output).toMatch(/search en: .* → \d+ result/);
    expect(r.output).toMatch(
      /Checked .*: \d{2,} pages, \d+ files they load, \d+ responses against _headers, 3 searches\./,
    );
    // Figure pages (in the sitemap) and their embeds (named by their iframe code), headers and all.
    expect(r.output).toMatch(/\/en\/2024\/figures\/honours\/ +200 +✓/);
    expect(r.output).toMatch(/\/en\/2024\/figures\/honours\/embed\/ +200 +✓ \d+\/\d+ +✓/);
    expect(r.status).toBe(0);
  });

  test('A missing page and a missing share image fail it, each named in the report.', async () => {
    const dir = brokenCopy((d) => {
      fs.rmSync(path.join(d, 'en/2024/index.html'));
      fs.rmSync(path.join(d, 'zh-hant/2024/share.png'));
    });
    const server = await serve(dir);
    servers.push(server.stop);
    const r = smoke(server.url, '--remap', '--headers', headers);
    expect(r.status).toBe(1);
    expect(r.output).toContain('smoke FAILED');
    expect(r.output).toContain(`✗ page ${server.url}en/2024/: answers 404`);
    expect(r.output).toMatch(new RegExp(`✗ share image ${server.url}zh-hant/2024/share\\.png: answers 404`));
  });

  test('A host that does not send the _headers rules fails it, naming the header and the file.', async () => {
    const dir = brokenCopy((d) => fs.rmSync(path.join(d, '_headers')));
    const server = await serve(dir);
    servers.push(server.stop);
    const r = smoke(server.url, '--remap', '--headers', headers);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(
      /✗ headers \/: content-security-policy is missing, _headers says "default-src 'self';/,
    );
    expect(r.output).toMatch(
      /✗ headers \/_astro\/[^:]+: cache-control is "no-cache", _headers says "public, max-age=31536000, immutable"/,
    );
  });

  test('A site whose _headers was weakened fails the security floor, though it sends what its _headers says.', async () => {
    const dir = brokenCopy((d) => {
      const file = path.join(d, '_headers');
      const weak = fs
        .readFileSync(file, 'utf8')
        .replace(/script-src 'self'/, "script-src 'self' 'unsafe-inline'")
        .replace(/^ {2}(Strict-Transport-Security|X-Frame-Options):.*\n/gm, '');
      fs.writeFileSync(file, weak);
    });
    const server = await serve(dir);
    servers.push(server.stop);
    const r = smoke(server.url, '--remap', '--headers', path.join(dir, '_headers'));
    expect(r.status).toBe(1);
    expect(r.output).not.toMatch(/✗ headers /);
    expect(r.output).toMatch(
      /✗ security floor \/en\/2024\/: Content-Security-Policy script-src allows 'unsafe-inline'/,
    );
    expect(r.output).toMatch(/✗ security floor \/: Strict-Transport-Security is missing/);
    expect(r.output).toMatch(/✗ security floor \/404\.html: X-Frame-Options is missing, not DENY/);
  });

  test('It prints what it checked per page and per header, and writes it as Markdown with --report.', async () => {
    const server = await serve(distDir);
    servers.push(server.stop);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-report-'));
    temps.push(dir);
    const file = path.join(dir, 'smoke.md');
    const r = smoke(server.url, '--remap', '--headers', headers, '--report', file);
    expect(r.status).toBe(0);
    expect(r.output).toMatch(/^\/en\/2024\/ +200 +✓ \d+\/\d+ +✓$/m);
    expect(r.output).toMatch(/^\/smoke-check-missing-page\/ +404 /m);
    expect(r.output).toMatch(/^content-security-policy +✓ (\d+)\/\1 +✓ (\d+)\/\2 pages$/m);
    const md = fs.readFileSync(file, 'utf8');
    expect(md).toContain('- Result: **passed**');
    expect(md).toMatch(/^\| \/zh-hans\/2024\/ \| 200 \| ✓ \d+\/\d+ \| ✓ \|$/m);
    expect(md).toMatch(/^\| strict-transport-security \| ✓ /m);
  });

  test('A sitemap naming another address fails it unless --remap says the copy is served elsewhere.', async () => {
    const server = await serve(distDir);
    servers.push(server.stop);
    const r = smoke(server.url, '--headers', headers);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(
      /✗ sitemap\.xml: its URLs are under http:\/\/127\.0\.0\.1:4321\/, not http:\/\/127\.0\.0\.1:\d+\//,
    );
  });

  test('A search index that finds nothing fails it.', async () => {
    const server = await serve(distDir);
    servers.push(server.stop);
    const r = smoke(server.url, '--remap', '--headers', headers, '--query', 'en=zzyzxqwv');
    expect(r.status).toBe(1);
    expect(r.output).toContain('✗ search en: "zzyzxqwv" found nothing');
  });
});

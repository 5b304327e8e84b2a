import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/publish/headers.ts';
import { requestPaths } from '../../src/publish/header-floor.ts';
import { readPageHead } from '../../src/publish/sitemap.ts';
import { runBuild } from '../helpers/build.ts';
import { startNginx } from '../helpers/nginx.ts';
import { freePort } from '../helpers/ports.ts';
import { distDir } from './dist.ts';
import { smoke } from './publish-helpers.ts';

/**
 * Publishing with the address set in the content folder, served by a real nginx under a base
 * path: one build (tools/build.ts) of a copy of content/ whose site.yml says
 * `address: https://press.example.org/reviews/`, then `npm run host-config -- nginx --listen …`
 * run by Debian's nginx, and `npm run smoke` against it. The object-storage kit comes from the
 * same build.
 */
const ADDRESS = 'https://press.example.org/reviews/';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-nginx-'));
const out = path.join(tmp, 'dist');
let build = { status: null as number | null, output: '' };
let site = { url: '', stop: () => {}, errorLog: () => '' };

beforeAll(async () => {
  const content = path.join(tmp, 'content');
  fs.cpSync('content', content, { recursive: true });
  fs.writeFileSync(path.join(content, 'site.yml'), `# set by the press office\naddress: ${ADDRESS}\n`);
  const env = { CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: path.join(tmp, 'cache') };
  build = runBuild({ via: 'tools', env: { ...env, SITE_URL: undefined, BASE_PATH: undefined } });
  if (build.status !== 0) return;
  const port = await freePort();
  const server = hostConfig('nginx', '--listen', `127.0.0.1:${port}`);
  const nginx = await startNginx(path.join(tmp, 'nginx'), server.stdout, port);
  site = { url: `http://127.0.0.1:${port}/reviews/`, ...nginx };
}, 240_000);

afterAll(() => {
  site.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function hostConfig(...args: string[]) {
  const r = spawnSync(process.execPath, ['tools/host-config.ts', ...args, '--dir', out], {
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, output: `${r.stdout}\n${r.stderr}` };
}
const files = () =>
  fs
    .readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
const read = (f: string) => fs.readFileSync(path.join(out, f), 'utf8');

describe('the address set in content/site.yml', () => {
  test('The build succeeds (security floor included) and is no preview.', () => {
    expect(build.output).toContain('Published to');
    expect(build.status).toBe(0);
    expect(read('robots.txt')).toMatch(/^Allow: \/$/m);
    expect(read('sitemap.xml')).not.toContain('PREVIEW');
    expect(read('_headers')).not.toContain('X-Robots-Tag');
  });

  test('It is carried everywhere: canonical, hreflang, og:image, JSON-LD, RSS, sitemap, robots; no local address.', () => {
    const page = read('en/2024/index.html');
    const head = readPageHead(page);
    expect(head.noindex).toBe(false);
    expect(head.canonical).toBe(`${ADDRESS}en/2024/`);
    expect(head.alternates.map((a) => a.href)).toContain(`${ADDRESS}zh-hans/2024/`);
    expect(page).toContain(`<meta property="og:image" content="${ADDRESS}en/2024/share.png"`);
    expect(page).toMatch(new RegExp(`"@type":"NewsArticle".*"url":"${ADDRESS}en/2024/"`, 's'));
    expect(read('en/rss.xml')).toContain(`<link>${ADDRESS}en/2024/</link>`);
    expect(read('sitemap.xml')).toContain(`<loc>${ADDRESS}zh-hant/2024/</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${ADDRESS}sitemap.xml`);
    const local = files().filter(
      (f) => /\.(html|xml|txt|json)$/.test(f) && /127\.0\.0\.1|localhost:/.test(read(f)),
    );
    expect(local).toEqual([]);
  });
});

describe('the generated nginx configuration, run by a real nginx under /reviews/', () => {
  test('Without --listen it prints the location block to include in a server, under the base path.', () => {
    const r = hostConfig('nginx', '--root', '/srv/www/reviews');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('server {');
    expect(r.stdout).toMatch(/^location \^~ \/reviews\/ \{\n {4}alias "\/srv\/www\/reviews\/";/m);
    expect(r.stdout).toContain('error_page 404 /reviews/404.html;');
  });

  test('npm run smoke passes against it: pages, files, headers as _headers, the 404 page, the floor.', () => {
    const r = smoke(site.url, '--remap', '--headers', path.join(out, '_headers'));
    expect(r.output).toContain("404 page: a missing page answers 404 with the site's 404.html.");
    expect(r.output).toMatch(
      /Checked .*: \d+ pages, \d+ files they load, \d+ responses against _headers, 3 searches\./,
    );
    expect(r.output).toContain('smoke OK');
    expect(r.status).toBe(0);
  });

  test('Every file of the build is served with exactly the headers _headers gives its path.', async () => {
    const rules = parseHeadersFile(read('_headers'));
    const paths = requestPaths(files(), '/reviews/');
    const wrong: string[] = [];
    for (const p of paths) {
      const res = await fetch(new URL(p, site.url), { redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status !== 200) wrong.push(`${p}: ${res.status}`);
      for (const [name, value] of Object.entries(headersFor(rules, p)))
        if (res.headers.get(name) !== value) wrong.push(`${p}: ${name} is ${res.headers.get(name)}`);
    }
    expect(wrong).toEqual([]);
    expect(paths.length).toBeGreaterThan(50);
    expect(site.errorLog()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
  });

  test('It hides _headers, answers 404 with the bilingual page, and adds the slash to folder URLs.', async () => {
    const hidden = await fetch(new URL('_headers', site.url));
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).toBe(read('404.html'));
    expect(hidden.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const folder = await fetch(new URL('en', site.url), { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/reviews/en/');
    const top = await fetch(new URL('/reviews', site.url), { redirect: 'manual' });
    expect(top.status).toBe(301);
    expect(top.headers.get('location')).toBe('/reviews/');
  });
});

describe('a preview build on a public address', () => {
  // A non-loopback address of this machine stands in for a public host.
  const lan = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

  test.skipIf(!lan)(
    'dist/ (no address set: a preview) served by nginx there is refused by the smoke check.',
    async () => {
      const port = await freePort();
      const r = spawnSync(
        process.execPath,
        ['tools/host-config.ts', 'nginx', '--listen', `0.0.0.0:${port}`, '--dir', distDir],
        {
          encoding: 'utf8',
        },
      );
      const nginx = await startNginx(path.join(tmp, 'nginx-preview'), r.stdout, port);
      try {
        const s = smoke(`http://${lan}:${port}/`, '--remap', '--headers', path.join(distDir, '_headers'));
        expect(s.output).toMatch(
          /smoke REFUSED: http:\/\/[\d.]+:\d+\/ serves a PREVIEW build: its URLs name the local address http:\/\/127\.0\.0\.1:4321\//,
        );
        expect(s.output).toContain('Fix: set the address in content/site.yml');
        expect(s.output).not.toContain('smoke OK');
        expect(s.status).toBe(1);
      } finally {
        nginx.stop();
      }
    },
  );
});

describe('the object-storage kit from the same build', () => {
  test('It lists every file with its Content-Type and Cache-Control, and uploads each with them.', () => {
    const dir = path.join(tmp, 'object-storage');
    const r = hostConfig('object-storage', '--out', dir);
    expect(r.status).toBe(0);
    const { base, files: entries } = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(base).toBe('/reviews/');
    expect(entries.map((e: { file: string }) => e.file).sort()).toEqual(
      files()
        .filter((f) => f !== '_headers')
        .sort(),
    );
    const astro = entries.find((e: { file: string }) => e.file.startsWith('_astro/'));
    expect(astro.cacheControl).toBe('public, max-age=31536000, immutable');
    expect(astro.key).toBe(`reviews/${astro.file}`);
    const page = entries.find((e: { file: string }) => e.file === 'en/2024/index.html');
    expect(page).toMatchObject({
      contentType: 'text/html; charset=utf-8',
      cacheControl: 'public, max-age=0, must-revalidate',
    });
    const s3 = fs.readFileSync(path.join(dir, 'upload-s3.sh'), 'utf8');
    expect(s3).toContain(
      `aws s3 cp '${out}/en/2024/index.html' "s3://$BUCKET/"'reviews/en/2024/index.html' --content-type 'text/html; charset=utf-8' --cache-control 'public, max-age=0, must-revalidate'`.replace(
        `${out}/`,
        `${path.relative(process.cwd(), out)}/`,
      ),
    );
    expect(fs.readFileSync(path.join(dir, 'upload-oss.sh'), 'utf8')).toMatch(
      /^ossutil cp .* --meta 'Content-Type:.*#Cache-Control:.*'$/m,
    );
    expect(fs.readFileSync(path.join(dir, 'upload-cos.sh'), 'utf8')).toMatch(
      /^coscli cp .* "cos:\/\/\$BUCKET\/"'reviews\//m,
    );
    const cdn = fs.readFileSync(path.join(dir, 'cdn-headers.md'), 'utf8');
    expect(cdn).toContain('Strict-Transport-Security: max-age=31536000');
    expect(cdn).toMatch(/Content-Security-Policy: default-src 'self'.*require-trusted-types-for 'script'/);
  });
});

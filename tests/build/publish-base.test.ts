import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseHeadersFile } from '../../src/publish/headers.ts';
import { inlineCode } from '../../src/publish/inline-code.ts';
import { disallowsAll } from '../../src/publish/robots.ts';
import { readPageHead } from '../../src/publish/sitemap.ts';
import { parseSitemap } from '../../tools/smoke/sitemap.ts';
import { childrenNamed, childText, parseXml } from '../../tools/xml-check.ts';
import { serve, smoke } from './publish-helpers.ts';
import { runBuild } from '../helpers/build.ts';

/**
 * The site published in a sub-folder of another host: a real build with BASE_PATH=/reviews/ and
 * SITE_URL=https://news.example.org into a temporary folder (dist/ is untouched). Every internal
 * link and asset, the feeds, the sitemap, robots.txt and _headers must carry the base path, and
 * the smoke check passes against it served under /reviews/.
 */
const SITE = 'https://news.example.org';
const BASE = '/reviews/';
const ROOT = `${SITE}${BASE}`;
let out = '';
let tmp = '';
let build = { status: null as number | null, output: '' };
const stops: (() => void)[] = [];

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-base-'));
  out = path.join(tmp, 'dist');
  build = runBuild({
    via: 'astro',
    env: {
      SITE_URL: SITE,
      BASE_PATH: BASE,
      OUT_DIR: out,
      // Its own content cache: a base-path build must not share one with the root build.
      ASTRO_CACHE_DIR: path.resolve('.tmp/cache-publish-base'),
    },
  });
}, 240_000);

afterAll(() => {
  stops.forEach((s) => s());
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const files = () =>
  fs
    .readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
/** A path on the host (`/reviews/en/2024/`) → the file it serves, or undefined when outside the base. */
const fileOfPath = (p: string) => {
  if (!p.startsWith(BASE)) return undefined;
  const rel = decodeURIComponent(p.slice(BASE.length));
  return path.join(out, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
};

describe('a build under BASE_PATH=/reviews/', () => {
  test('The build succeeds and writes the publishing kit.', () => {
    expect(build.output).toMatch(/sitemap\.xml \(\d+ URLs\), _headers/);
    expect(build.status).toBe(0);
    for (const f of [
      'sitemap.xml',
      'robots.txt',
      '_headers',
      'en/rss.xml',
      'zh-hans/rss.xml',
      'zh-hant/rss.xml',
      'en/2024/share.png',
    ]) {
      expect(fs.existsSync(path.join(out, f)), f).toBe(true);
    }
  });

  test('Every internal link, form, script, style, icon and image resolves to a file under the base path.', () => {
    const dead: string[] = [];
    let checked = 0;
    for (const f of files().filter((x) => x.endsWith('.html'))) {
      const doc = parse(fs.readFileSync(path.join(out, f), 'utf8'));
      const pageUrl = new URL(`${BASE}${f.replace(/index\.html$/, '')}`, SITE);
      for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
        const url = new URL(ref, pageUrl);
        if (url.origin !== SITE) continue;
        checked++;
        const file = fileOfPath(url.pathname);
        if (!file || !fs.existsSync(file)) dead.push(`${f}: ${ref}`);
      }
      for (const m of doc.querySelectorAll(
        'meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"], meta[itemprop="image"]',
      )) {
        const content = m.getAttribute('content') ?? '';
        if (!content.startsWith(ROOT) || !fs.existsSync(fileOfPath(new URL(content).pathname) ?? ''))
          dead.push(`${f}: ${content}`);
      }
    }
    expect(dead).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  test('Inline scripts and built JavaScript import their chunks from under the base path.', () => {
    const js = files().filter((f) => f.endsWith('.js') && f.startsWith('_astro/'));
    const inline = files()
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => inlineCode(fs.readFileSync(path.join(out, f), 'utf8')).scripts);
    const refs = [...js.map((f) => fs.readFileSync(path.join(out, f), 'utf8')), ...inline].flatMap((code) =>
      [...code.matchAll(/["'`](\/[^"'`\s]*\/_astro\/[^"'`\s]+\.js)["'`]/g)].map((m) => m[1] ?? ''),
    );
    expect(refs.length, 'the inline search-landing check imports its chunk by URL').toBeGreaterThan(0);
    for (const r of refs) expect(fs.existsSync(fileOfPath(r) ?? ''), r).toBe(true);
  });

  test('The sitemap, the feeds and robots.txt name absolute URLs under SITE_URL and the base path.', () => {
    const sitemap = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    parseXml(sitemap);
    const entries = parseSitemap(sitemap);
    expect(entries.length).toBeGreaterThanOrEqual(10);
    for (const e of entries) {
      for (const u of [e.loc, ...e.alternates.map((a) => a.href)]) {
        expect(u.startsWith(ROOT), u).toBe(true);
        expect(fs.existsSync(fileOfPath(new URL(u).pathname) ?? ''), u).toBe(true);
      }
    }
    for (const s of ['zh-hans', 'zh-hant', 'en']) {
      const channel = childrenNamed(
        parseXml(fs.readFileSync(path.join(out, s, 'rss.xml'), 'utf8')),
        'channel',
      )[0];
      if (!channel) throw new Error(`${s}: no channel`);
      expect(childText(channel, 'link')).toBe(`${ROOT}${s}/`);
      const links = childrenNamed(channel, 'item').map((i) => childText(i, 'link') ?? '');
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) expect(fs.existsSync(fileOfPath(new URL(l).pathname) ?? ''), l).toBe(true);
    }
    expect(fs.readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ROOT}sitemap.xml\n`);
  });

  test('With a public address it is no preview: robots.txt allows crawling, indexed pages have no noindex.', () => {
    const robots = fs.readFileSync(path.join(out, 'robots.txt'), 'utf8');
    expect(disallowsAll(robots)).toBe(false);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8')).not.toContain('PREVIEW');
    const en = fs.readFileSync(path.join(out, 'en/2024/index.html'), 'utf8');
    expect(readPageHead(en).noindex).toBe(false);
    expect(readPageHead(en).canonical).toBe(`${ROOT}en/2024/`);
  });

  test('The _headers rules are written for paths under the base path.', () => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(out, '_headers'), 'utf8'));
    expect(rules.length).toBeGreaterThan(2);
    for (const r of rules) expect(r.path.startsWith(BASE), r.path).toBe(true);
  });

  test('The smoke check passes against it served under /reviews/, search included.', async () => {
    const server = await serve(out, BASE);
    stops.push(server.stop);
    const r = smoke(server.url, '--remap', '--headers', path.join(out, '_headers'));
    expect(r.output).toContain('smoke OK');
    expect(r.output).toMatch(/search zh-Hans: .* → \d+ result\(s\), first \/reviews\/zh-hans\//);
    expect(r.status).toBe(0);
  });
});

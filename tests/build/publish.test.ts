import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { publishedSite } from '../../src/publish/site-file.ts';
import { CACHE_IMMUTABLE, CACHE_PAGEFIND_CHUNK, CACHE_REVALIDATE } from '../../src/publish/cache-policy.ts';
import { cspViolations } from '../../src/publish/csp.ts';
import { headersFor, parseHeadersFile } from '../../src/publish/headers.ts';
import { disallowsAll } from '../../src/publish/robots.ts';
import { rfc822Day } from '../../src/publish/rss.ts';
import { pngSize } from '../../src/publish/share-card.ts';
import { hreflangProblems, readPageHead } from '../../src/publish/sitemap.ts';
import { parseSitemap } from '../../tools/smoke/sitemap.ts';
import { childrenNamed, childText, parseXml } from '../../tools/xml-check.ts';
import { distDir, htmlPages, page, rawHtml } from './dist.ts';

/** The publishing kit in the built site: sitemap, robots, feeds, JSON-LD, previews, _headers. */
const { site, base, preview } = publishedSite();
const root = new URL(base, site).href;
const pages = htmlPages();
const reviewPages = pages.filter((p) => /^\/[a-z-]+\/\d{4}\/$/.test(p));
const editions = [
  ...new Set(
    pages.map((p) => /^\/([a-z-]+)\//.exec(p)?.[1]).filter((s): s is string => !!s && s !== '404.html'),
  ),
];
// Pages indexed once published: those with a canonical link (in a preview build they say noindex too).
const indexable = pages.filter((p) => readPageHead(rawHtml(p)).canonical !== undefined);
/** A URL of this site (SITE_URL + BASE_PATH) → the file in dist/ it names. */
const fileFor = (url: string) => {
  expect(url.startsWith(root), `${url} is under ${root}`).toBe(true);
  const rel = url.slice(root.length).split('#')[0] ?? '';
  return path.join(distDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
};
const read = (rel: string) => fs.readFileSync(path.join(distDir, rel), 'utf8');
const meta = (p: string, key: string) =>
  page(p)
    .querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)
    ?.getAttribute('content');
const jsonLd = (p: string) =>
  page(p)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);

describe('sitemap.xml and robots.txt', () => {
  const xml = read('sitemap.xml');
  const entries = parseSitemap(xml);

  test('The sitemap is well-formed XML in the sitemaps.org namespace, with xhtml:link alternates.', () => {
    const urlset = parseXml(xml);
    expect(urlset.name).toBe('urlset');
    expect(urlset.attributes['xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset.attributes['xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    expect(childrenNamed(urlset, 'url')).toHaveLength(entries.length);
  });

  test('It lists every indexable page once under its canonical URL, and not the 404 page.', () => {
    expect(indexable).not.toContain('/404.html');
    const canonicals = indexable.map((p) => readPageHead(rawHtml(p)).canonical).sort();
    expect(entries.map((e) => e.loc).sort()).toEqual(canonicals);
    expect(new Set(entries.map((e) => e.loc)).size).toBe(entries.length);
    for (const e of entries) expect(fs.existsSync(fileFor(e.loc)), e.loc).toBe(true);
  });

  test('Each URL carries the hreflang alternates its page declares, and they are reciprocal.', () => {
    for (const p of indexable) {
      const head = readPageHead(rawHtml(p));
      const entry = entries.find((e) => e.loc === head.canonical);
      expect(entry?.alternates, p).toEqual(head.alternates);
      expect(head.alternates.length, `${p} has alternates`).toBeGreaterThan(1);
    }
    expect(hreflangProblems(entries)).toEqual([]);
  });

  test('This build has no public address: a preview, which robots.txt, the sitemap and every page say.', () => {
    // publish-base.test.ts checks the same three for a build with a public address.
    expect(preview).toBe(true);
    const robots = read('robots.txt');
    expect(disallowsAll(robots)).toBe(true);
    expect(robots).toMatch(/^# PREVIEW build/m);
    expect(robots).toContain(`Sitemap: ${root}sitemap.xml\n`);
    expect(xml).toContain('<!-- PREVIEW build');
    for (const p of pages) expect(readPageHead(rawHtml(p)).noindex, p).toBe(true);
    // Feeds and images too: every response of a preview says noindex.
    const rules = parseHeadersFile(read('_headers'));
    for (const p of ['/en/rss.xml', '/en/2024/share.png', '/'])
      expect(headersFor(rules, `${base}${p.slice(1)}`)['x-robots-tag'], p).toBe('noindex, nofollow');
  });
});

describe('RSS feeds', () => {
  test('There is one feed per edition, linked from that edition’s pages.', () => {
    expect(editions.length).toBe(3);
    for (const s of editions) {
      expect(fs.existsSync(path.join(distDir, s, 'rss.xml')), s).toBe(true);
      const link = page(`/${s}/`).querySelector('link[rel=alternate][type="application/rss+xml"]');
      expect(link?.getAttribute('href')).toBe(`${base}${s}/rss.xml`);
    }
  });

  for (const s of ['zh-hans', 'zh-hant', 'en']) {
    test(`The ${s} feed is well-formed RSS 2.0 with one item per ${s} review, newest first, dated from review.yml.`, () => {
      const rss = parseXml(read(`${s}/rss.xml`));
      expect(rss.name).toBe('rss');
      expect(rss.attributes['version']).toBe('2.0');
      const channel = childrenNamed(rss, 'channel')[0];
      if (!channel) throw new Error('no channel');
      expect(childText(channel, 'link')).toBe(`${root}${s}/`);
      expect(childrenNamed(channel, 'atom:link')[0]?.attributes['href']).toBe(`${root}${s}/rss.xml`);
      expect(childText(channel, 'language')).toBe(page(`/${s}/`).querySelector('html')?.getAttribute('lang'));
      const items = childrenNamed(channel, 'item');
      const mine = reviewPages.filter((p) => p.startsWith(`/${s}/`));
      expect(items.map((i) => childText(i, 'link')).sort()).toEqual(
        mine.map((p) => `${root}${p.slice(1)}`).sort(),
      );
      // Newest first, by what the pages know of each date (ISO: a year sorts before its months).
      const known = items.map((i) =>
        String(jsonLd(`/${(childText(i, 'link') ?? '').slice(root.length)}`)[0]?.['datePublished']),
      );
      expect([...known].sort((a, b) => b.slice(0, 4).localeCompare(a.slice(0, 4)))).toEqual(known);
      // lastBuildDate is the real build time: a valid date, not in the future.
      const built = Date.parse(childText(channel, 'lastBuildDate') ?? '');
      expect(Number.isNaN(built)).toBe(false);
      expect(built).toBeLessThanOrEqual(Date.now());
      for (const item of items) {
        const link = childText(item, 'link') ?? '';
        expect(childText(item, 'guid')).toBe(link);
        expect(childrenNamed(item, 'guid')[0]?.attributes['isPermaLink']).toBe('true');
        const p = `/${link.slice(root.length)}`;
        const article = jsonLd(p)[0];
        // A pubDate only when the day is known (RSS has no month or year date): never an invented day.
        const iso = String(article?.['datePublished']);
        expect(childText(item, 'pubDate')).toBe(
          /^\d{4}-\d{2}-\d{2}$/.test(iso) ? rfc822Day(new Date(`${iso}T00:00:00Z`)) : undefined,
        );
        expect(childText(item, 'title')).toBe(page(p).querySelector('h1')?.textContent.trim());
        expect(childText(item, 'description')).toBe(meta(p, 'description'));
      }
    });
  }
});

describe('JSON-LD on review pages', () => {
  test('Each review page has one NewsArticle that matches the page: headline, language, URL, date, image, people.', () => {
    expect(reviewPages.length).toBeGreaterThanOrEqual(3);
    for (const p of reviewPages) {
      const blocks = jsonLd(p);
      expect(blocks, p).toHaveLength(1);
      const a = blocks[0] ?? {};
      const canonical = readPageHead(rawHtml(p)).canonical;
      expect(a['@context']).toBe('https://schema.org');
      expect(a['@type']).toBe('NewsArticle');
      expect(a['url']).toBe(canonical);
      expect(a['@id']).toBe(`${canonical}#article`);
      expect(a['headline']).toBe(page(p).querySelector('h1')?.textContent.trim());
      expect(a['inLanguage']).toBe(page(p).querySelector('html')?.getAttribute('lang'));
      expect(a['description']).toBe(meta(p, 'description'));
      expect(String(a['datePublished'])).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(
        page(p).querySelector(`time[datetime="${String(a['datePublished'])}"]`),
        `${p} shows the same date`,
      ).not.toBeNull();
      const image = a['image'] as { url: string; width: number; height: number };
      expect(image.url).toBe(meta(p, 'og:image'));
      expect([image.width, image.height]).toEqual([1200, 630]);
      const byline = page(p).querySelector('.review__byline')?.textContent ?? '';
      const authors = a['author'] as { '@type': string; name: string }[];
      expect(authors.length).toBeGreaterThan(0);
      for (const au of authors) {
        expect(au['@type']).toBe('Person');
        expect(au, 'the source does not say whom the authors work for').not.toHaveProperty('worksFor');
        expect(byline, `${p} byline names ${au.name}`).toContain(au.name);
      }
      expect((a['sourceOrganization'] as { name: string }).name).toMatch(/Nantong Daily|南通日[报報]/);
      expect((a['publisher'] as { name: string }).name).toBe(meta(p, 'og:site_name'));
    }
  });

  test('The editions of a review link to each other: translations point at the zh-hans original, which lists them.', () => {
    const years = [...new Set(reviewPages.map((p) => p.split('/')[2]))];
    for (const year of years) {
      const ofYear = reviewPages.filter((p) => p.endsWith(`/${year}/`));
      const idOf = (p: string) => jsonLd(p)[0]?.['@id'];
      const original = `/zh-hans/${year}/`;
      expect(ofYear).toContain(original);
      const translations = ofYear.filter((p) => p !== original);
      const o = jsonLd(original)[0] ?? {};
      expect(((o['workTranslation'] ?? []) as { '@id': string }[]).map((t) => t['@id']).sort()).toEqual(
        translations.map(idOf).sort(),
      );
      expect(o['translationOfWork']).toBeUndefined();
      for (const p of translations) {
        const t = jsonLd(p)[0] ?? {};
        expect((t['translationOfWork'] as { '@id': string })['@id'], p).toBe(idOf(original));
        expect((t['isBasedOn'] as { '@id': string })['@id'], p).toBe(idOf(original));
        const siblings = (
          (t['translationOfWork'] as { workTranslation: { '@id': string }[] }).workTranslation ?? []
        ).map((x) => x['@id']);
        expect(siblings.sort(), p).toEqual(translations.map(idOf).sort());
      }
    }
  });
});

describe('link previews and share images', () => {
  test('Every indexable page has Open Graph, Twitter and itemprop previews with an existing 1200×630 PNG.', () => {
    // Figure pages point to their own card (issue 25: tests/build/figures.test.ts checks the path).
    for (const p of indexable.filter((x) => !x.includes('/figures/'))) {
      const img = meta(p, 'og:image') ?? '';
      expect(img, p).toMatch(/\/share\.png$/);
      expect(meta(p, 'twitter:image'), p).toBe(img);
      expect(meta(p, 'image'), `${p} itemprop image`).toBe(img);
      expect(meta(p, 'twitter:card')).toBe('summary_large_image');
      expect([meta(p, 'og:image:width'), meta(p, 'og:image:height')]).toEqual(['1200', '630']);
      expect(meta(p, 'og:image:alt')?.length ?? 0).toBeGreaterThan(0);
      expect(meta(p, 'name'), `${p} itemprop name`).toBe(page(p).querySelector('title')?.textContent);
      expect(meta(p, 'twitter:description')).toBe(meta(p, 'description'));
      expect(pngSize(fs.readFileSync(fileFor(img))), img).toEqual({ width: 1200, height: 630 });
    }
  });

  test('Each review page in each edition has its own share image, small enough for messengers (< 100 KB).', () => {
    for (const p of reviewPages) {
      expect(meta(p, 'og:image')).toBe(`${root}${p.slice(1)}share.png`);
      const bytes = fs.readFileSync(path.join(distDir, p, 'share.png'));
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(bytes.length, p).toBeLessThan(100_000);
    }
    const images = reviewPages.map((p) =>
      fs.readFileSync(path.join(distDir, p, 'share.png')).toString('base64'),
    );
    expect(new Set(images).size, 'each edition’s image differs').toBe(images.length);
  });
});

describe('_headers', () => {
  const rules = parseHeadersFile(read('_headers'));
  const files = fs
    .readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(distDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const urlPath = (rel: string) => `${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;

  test('Every built file gets the CSP and the security headers.', () => {
    for (const f of files) {
      const h = headersFor(rules, urlPath(f));
      expect(h['x-content-type-options'], f).toBe('nosniff');
      // Pagefind's data files: a short CSP and no document-only headers (tests/build/search.test.ts).
      if (f.startsWith('pagefind/') && f !== 'pagefind/pagefind-worker.js') continue;
      expect(h['content-security-policy'], f).toMatch(
        /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/,
      );
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      // A figure embed alone may be framed (tests/build/figures.test.ts).
      expect(h['x-frame-options']).toBe(/\/embed\/index\.html$/.test(f) ? undefined : 'DENY');
      expect(h['permissions-policy']).toMatch(/camera=\(\)/);
    }
  });

  test('Only content-hashed files are cached as immutable; HTML, feeds and Pagefind’s named files revalidate.', () => {
    const hashedByName = (f: string) =>
      (f.startsWith('_astro/') && /[.-][A-Za-z0-9_-]{8}\.\w+$/.test(f)) ||
      (f.startsWith('pagefind/') && /_[0-9a-f]{7,}\.pf_\w+$/.test(f));
    const seen = { immutable: 0, revalidate: 0 };
    for (const f of files) {
      if (f === '_headers') continue;
      const cache = headersFor(rules, urlPath(f))['cache-control'];
      if (hashedByName(f)) {
        // Pagefind chunks: a day, never immutable (a damaged copy must heal; src/publish/cache-policy.ts).
        expect(cache, f).toBe(f.startsWith('pagefind/') ? CACHE_PAGEFIND_CHUNK : CACHE_IMMUTABLE);
        seen.immutable++;
      } else {
        expect(cache, f).toBe(CACHE_REVALIDATE);
        seen.revalidate++;
      }
    }
    for (const f of [
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'pagefind/pagefind-worker.js',
    ]) {
      expect(files, f).toContain(f);
    }
    expect(seen.immutable).toBeGreaterThan(10);
    expect(seen.revalidate).toBeGreaterThan(10);
  });

  test('The CSP allows every inline script and style of every page, and would refuse one more inline script.', () => {
    for (const p of pages) {
      const csp = headersFor(rules, `${base}${p.slice(1)}`)['content-security-policy'] ?? '';
      expect(cspViolations(rawHtml(p), csp), p).toEqual([]);
      const tampered = rawHtml(p).replace('</body>', '<script>console.log("added")</script></body>');
      expect(cspViolations(tampered, csp), p).toEqual(['inline script "console.log(\\"added\\")"']);
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/config/locales.ts';
import { siteConfig } from '../../src/config/site.ts';
import { toHans } from '../../src/i18n/hant.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import type { Fragment } from '../../src/search/match.ts';
import { readCharmap, type CharmapData } from '../../src/search/charmap.ts';
import { blocksOf } from '../../src/search/match.ts';
import { headersFor, parseHeadersFile } from '../../src/publish/headers.ts';
import { PAGEFIND_DATA_CSP } from '../../src/publish/search-headers.ts';
import { distDir, fileOf, htmlPages, page, rawHtml } from './dist.ts';

/** Checks over the built search index and the pages around it, no browser. */
const bundle = path.join(distDir, 'pagefind');
const { base } = siteConfig();
const pages = htmlPages();
const reviewPages = pages.filter((p) => /^\/[a-z-]+\/\d{4}\/$/.test(p));
// Figure pages (issue 25) are indexed as passages of their year; their embeds are not.
const figurePages = pages.filter((p) => /^\/[a-z-]+\/\d{4}\/figures\/[^/]+\/$/.test(p));
// Figure pages stay out of the index: a search lands on the paragraph that states a figure, never
// on a copy of it (in the index they outranked the review's own paragraphs and doubled results).
const indexedPages = reviewPages;
const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
  version: string;
  languages: Record<string, { page_count: number }>;
};

/** Pagefind's fragment files, decoded: gzip, a 12-byte signature, then JSON. */
function fragments(language: string): Fragment[] {
  const dir = path.join(bundle, 'fragment');
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${language}_`))
    .map((f) => {
      const bytes = gunzipSync(fs.readFileSync(path.join(dir, f)));
      expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
      return JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment;
    });
}

describe('the search index', () => {
  test('The Pagefind 1.6 bundle is in the output folder, with one index per edition.', () => {
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages).sort()).toEqual(locales.map((l) => l.lang.toLowerCase()).sort());
    expect(fs.existsSync(path.join(bundle, 'pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join(bundle, 'pagefind-ui.js')), 'the default UI is not published').toBe(false);
  });

  test('Every page of an edition carries the identical <html lang> that names the edition’s index.', () => {
    for (const l of locales) {
      const langs = new Set(
        pages
          .filter((p) => p.startsWith(`/${l.segment}/`))
          .map((p) => page(p).querySelector('html')?.getAttribute('lang')),
      );
      expect([...langs], l.segment).toEqual([l.lang]);
    }
  });

  test('Only review pages ask to be indexed, from their <main>; no figure page or embed does.', () => {
    const indexed = pages.filter((p) => page(p).querySelector('[data-pagefind-body]'));
    expect(figurePages.length).toBeGreaterThan(0);
    expect(indexed.sort()).toEqual(indexedPages.sort());
    for (const p of indexedPages) {
      expect(
        page(p)
          .querySelectorAll('[data-pagefind-body]')
          .map((e) => e.tagName),
        p,
      ).toEqual(['MAIN']);
    }
  });

  test('Each record is one review section: one section filter, its year, title and section label, its own anchor.', () => {
    for (const l of locales) {
      const records = fragments(l.lang.toLowerCase());
      const sections = indexedPages
        .filter((p) => p.startsWith(`/${l.segment}/`))
        .flatMap((p) =>
          page(p)
            .querySelectorAll('main > article > section[id], main > section[id]')
            .map((s) => `${p}#${s.id}`),
        );
      expect(records.map((r) => r.url).sort(), l.segment).toEqual(sections.sort());
      expect(entry.languages[l.lang.toLowerCase()]?.page_count).toBe(sections.length);
      for (const r of records) {
        expect(r.filters['section'], r.url).toEqual([r.url.split('#')[1]]);
        expect(r.filters['year'], r.url).toEqual([r.url.split('/')[2]]);
        expect(r.meta['title'], r.url).toBeTruthy();
        expect(r.meta['section'], r.url).toBeTruthy();
      }
    }
  });

  test('No record holds navigation, byline, credits, screen-reader helper text or chart tick labels.', () => {
    for (const l of locales) {
      const t = useTranslations(l.segment);
      const content = fragments(l.lang.toLowerCase())
        .map((f) => f.content)
        .join('\n');
      const review = page(`/${l.segment}/2024/`);
      const shown = parse(review.querySelector('main')?.outerHTML ?? '');
      for (const e of shown.querySelectorAll('.visually-hidden, svg, [aria-hidden="true"]')) e.remove();
      const visible = shown.textContent;
      const hidden = [
        ...review
          .querySelectorAll('.visually-hidden, svg text, [aria-hidden="true"]')
          .filter((e) => e.childNodes.every((c) => c.nodeType === 3))
          .map((e) => e.textContent.trim()),
      ].filter((s) => s.length >= 2 && !/^[\d.,%\s+-]+$/.test(s));
      const forbidden = [
        t('nav.skip'),
        t('nav.sections'),
        t('review.edition'),
        t('review.noteLink').trim(),
        review.querySelector('.review__byline')?.textContent.trim() ?? '',
        t('site.tagline'),
        // Hidden text that is not also shown (a chart's hidden table caption repeats its title).
        ...hidden.filter((s) => !visible.includes(s)),
      ].filter(Boolean);
      for (const s of forbidden)
        expect(content.includes(s), `${l.segment} index contains “${s}”`).toBe(false);
    }
  });

  test('Chinese records hold one script; the character map (fetched only when needed) pairs the two.', () => {
    const charmap = JSON.parse(
      fs.readFileSync(path.join(bundle, 'pingan-charmap.json'), 'utf8'),
    ) as CharmapData;
    const map = readCharmap(charmap);
    expect(map.toHans.get('網')).toBe('网');
    expect(map.toHant.get('诈')).toBe('詐');
    // Only characters that differ between the scripts, each pair once.
    const pairs = [...charmap.pairs];
    for (let i = 0; i < pairs.length; i += 2) expect(pairs[i]).not.toBe(pairs[i + 1]);
    // Traditional-only: characters OpenCC writes differently in Simplified. (The map also pairs
    // characters the phrase table sets, which may be Simplified too; and the zh-hans text writes
    // 着 and 台, which are also variant Traditional forms.)
    const hantOnly = new Set(pairs.filter((c, i) => i % 2 === 1 && toHans(c) !== c));
    expect(hantOnly.size).toBeGreaterThan(20);
    for (const r of fragments('zh-hans')) {
      expect(
        [...r.content].filter((c) => hantOnly.has(c)),
        r.url,
      ).toEqual([]);
      expect(r.meta['alt_title'], r.url).toBeUndefined();
      // Blocks are marked, so anchors do not repeat the text.
      expect(
        r.anchors.filter((a) => (a.text ?? '').length > 40),
        r.url,
      ).toEqual([]);
    }
  });

  test('Every result anchor a record can link to exists on its review page.', () => {
    for (const l of locales) {
      for (const r of fragments(l.lang.toLowerCase())) {
        const [pathPart = '', section = ''] = r.url.split('#');
        const root = page(pathPart);
        expect(root.getElementById(section), r.url).not.toBeNull();
        const blocks = blocksOf(r);
        expect(blocks.length, r.url).toBeGreaterThan(0);
        for (const b of blocks) {
          expect(root.getElementById(b.target), `${r.url} → #${b.target}`).not.toBeNull();
        }
      }
    }
  });
});

/** The JavaScript a page loads up front: its scripts and their static imports (not `import()`). */
function firstLoadScripts(sitePath: string): { name: string; bytes: Buffer }[] {
  const out = new Map<string, Buffer>();
  const fileFor = (url: string) => path.join(distDir, url.slice(base.length));
  const follow = (file: string) => {
    if (out.has(file)) return;
    const bytes = fs.readFileSync(file);
    out.set(file, bytes);
    for (const m of bytes
      .toString('utf8')
      .matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g)) {
      follow(path.resolve(path.dirname(file), m[1] ?? ''));
    }
  };
  const inline: { name: string; bytes: Buffer }[] = [];
  page(sitePath)
    .querySelectorAll('script')
    .forEach((s, i) => {
      const type = s.getAttribute('type') ?? '';
      if (type && type !== 'module' && type !== 'text/javascript') return;
      const src = s.getAttribute('src');
      if (src) follow(fileFor(src));
      else inline.push({ name: `${sitePath} inline #${i}`, bytes: Buffer.from(s.textContent) });
    });
  return [...[...out].map(([name, bytes]) => ({ name, bytes })), ...inline];
}

describe('what search costs the other pages', () => {
  test('A review page ships at most 2 KB gzip of JavaScript on first load, and none of it is search code.', () => {
    for (const p of reviewPages) {
      const scripts = firstLoadScripts(p);
      const gzip = scripts.reduce((sum, s) => sum + gzipSync(s.bytes, { level: 9 }).length, 0);
      expect(gzip, `${p}: ${scripts.map((s) => path.basename(s.name)).join(', ')}`).toBeLessThanOrEqual(2048);
      for (const s of scripts) expect(s.bytes.toString().includes('pagefind'), `${p} ${s.name}`).toBe(false);
    }
  });

  test('The landing script is loaded only when the address carries words to highlight.', () => {
    const html = rawHtml('/en/2024/');
    const loader = page('/en/2024/')
      .querySelectorAll('script')
      .map((s) => s.textContent)
      .find((s) => s.includes('search-landing'));
    expect(loader, 'an inline check that imports the landing script').toMatch(/hl=.*import\(/s);
    expect(html).not.toMatch(/<script[^>]+src="[^"]*search-landing/);
  });
});

describe('search pages and the header search', () => {
  test('Each edition has a search page with a GET form, and filters for every year and section.', () => {
    for (const l of locales) {
      const root = page(`/${l.segment}/search/`);
      const form = root.querySelector('main form[role="search"]');
      expect(form?.getAttribute('method'), l.segment).toBe('get');
      expect(form?.getAttribute('action')).toBe(`${base}${l.segment}/search/`);
      expect(form?.querySelector('input[name="q"]')).not.toBeNull();
      const years =
        form?.querySelectorAll('select[name="year"] option').map((o) => o.getAttribute('value')) ?? [];
      const reviewYears = reviewPages
        .filter((p) => p.startsWith(`/${l.segment}/`))
        .map((p) => p.split('/')[2]);
      // A filter with a single value filters nothing: with one year of reviews there is none.
      if (reviewYears.length > 1) expect(years.filter(Boolean).sort()).toEqual(reviewYears.sort());
      else expect(years).toEqual([]);
      const sections =
        form?.querySelectorAll('select[name="section"] option').map((o) => o.getAttribute('value')) ?? [];
      const reviewSections = page(`/${l.segment}/2024/`)
        .querySelectorAll('main section[id].review__section')
        .map((s) => s.id);
      expect(sections.filter(Boolean)).toEqual(expect.arrayContaining(reviewSections));
    }
  });

  test('Every page but the search pages and the chrome-less embeds has a header search: a GET form to its edition’s search page.', () => {
    for (const p of pages.filter((x) => !x.endsWith('/embed/'))) {
      const form = page(p).querySelector('header form[role="search"]');
      if (p.endsWith('/search/')) {
        expect(form, p).toBeNull();
        continue;
      }
      const edition = locales.find((l) => p.startsWith(`/${l.segment}/`))?.segment ?? 'zh-hans';
      expect(form?.getAttribute('method'), p).toBe('get');
      expect(form?.getAttribute('action'), p).toBe(`${base}${edition}/search/`);
      expect(form?.querySelector('input[name="q"]'), p).not.toBeNull();
      expect(fs.existsSync(fileOf(`/${edition}/search/`))).toBe(true);
    }
  });
});

describe("the headers of Pagefind's files", () => {
  test("every file of the bundle but the worker gets the short CSP from dist/_headers; the search pages keep the site's", () => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(distDir, '_headers'), 'utf8'));
    const b = base.endsWith('/') ? base : `${base}/`;
    const files = fs
      .readdirSync(bundle, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(bundle, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const h = headersFor(rules, `${b}pagefind/${f}`);
      if (f === 'pagefind-worker.js') expect(h['content-security-policy'], f).not.toBe(PAGEFIND_DATA_CSP);
      else expect(h['content-security-policy'], f).toBe(PAGEFIND_DATA_CSP);
      expect(h['x-content-type-options'], f).toBe('nosniff');
    }
    for (const l of locales) {
      const h = headersFor(rules, `${b}${l.segment}/search/`);
      expect(h['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(h['x-frame-options']).toBe('DENY');
    }
  });
});

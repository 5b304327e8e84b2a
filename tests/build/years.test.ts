import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { locales, type LocaleSegment } from '../../src/config/locales.ts';
import { scaffoldReview } from '../../src/reviews/scaffold.ts';
import { allBuiltPages } from '../../e2e/pages.ts';
import { runBuild } from '../helpers/build.ts';

/**
 * Years are folders: adding `content/reviews/<year>/` adds that year everywhere (archive, front
 * door, its pages, hreflang, sitemap and feeds) with no code change. Each suite copies content/
 * plus the synthetic FIXTURE year in tests/fixtures/years/2025/ into a temp CONTENT_DIR and builds
 * it with its own OUT_DIR and ASTRO_CACHE_DIR, so dist/ and content/ are never touched.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE_2025 = fileURLToPath(new URL('../fixtures/years/2025/', import.meta.url));
/** A past year in Chinese only, paper unknown, with a figure of two decimals: 2019, 2024, 2025 has a gap. */
const FIXTURE_2019 = fileURLToPath(new URL('../fixtures/years/2019/', import.meta.url));
const SEGMENTS = locales.map((l) => l.segment);
/**
 * The fixture's titles say FIXTURE in every edition. (Its description and kicker say 测试样例; the
 * titles keep to characters the share-image font subset already has, see the fixture's README.)
 */
const FIXTURE_MARK: Record<LocaleSegment, RegExp> = {
  'zh-hans': /FIXTURE/,
  'zh-hant': /FIXTURE/,
  en: /FIXTURE/,
};

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

/** A site built from content/ plus the 2025 fixture, changed by `edit`, read back from its OUT_DIR. */
class BuiltSite {
  readonly out: string;
  readonly status: number | null;
  readonly output: string;
  readonly base: string;
  private readonly cache = new Map<string, HTMLElement>();

  constructor(base: string, edit: (content: string) => void = () => {}, years: string[] = [FIXTURE_2025]) {
    this.base = base;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-years-'));
    temps.push(tmp);
    const content = path.join(tmp, 'content');
    fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    for (const year of years)
      fs.cpSync(year, path.join(content, 'reviews', path.basename(year)), { recursive: true });
    edit(content);
    this.out = path.join(tmp, 'dist');
    const result = runBuild({
      via: 'astro',
      env: {
        CONTENT_DIR: content,
        OUT_DIR: this.out,
        ASTRO_CACHE_DIR: path.join(tmp, 'cache'),
        SITE_URL: 'https://example.org',
        BASE_PATH: base,
      },
    });
    this.status = result.status;
    this.output = result.output;
  }

  /** A site path with the base: `url('en/2025/')` → `/reviews/en/2025/`. */
  url(p: string): string {
    return `${this.base}${p}`;
  }

  /** The built file for a URL path (with the base), or undefined when the site has no such file. */
  fileFor(urlPath: string): string | undefined {
    if (!urlPath.startsWith(this.base)) return undefined;
    const rel = urlPath.slice(this.base.length);
    const file = path.join(this.out, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
    return fs.existsSync(file) ? file : undefined;
  }

  has(p: string): boolean {
    return this.fileFor(this.url(p)) !== undefined;
  }

  page(p: string): HTMLElement {
    let root = this.cache.get(p);
    if (!root) {
      const file = this.fileFor(this.url(p));
      if (!file) throw new Error(`the build has no page ${this.url(p)}`);
      root = parse(fs.readFileSync(file, 'utf8'));
      this.cache.set(p, root);
    }
    return root;
  }

  /** Every HTML page, as paths without the base: `en/2025/`, `404.html`. */
  pages(): string[] {
    return allBuiltPages(this.out).map((p) => p.slice(1));
  }

  /** hreflang → path (with the base) of a page's alternate links. */
  alternates(p: string): Record<string, string> {
    return Object.fromEntries(
      this.page(p)
        .querySelectorAll('link[rel=alternate][hreflang]')
        .map((l) => [l.getAttribute('hreflang') ?? '', new URL(l.getAttribute('href') ?? '').pathname]),
    );
  }

  /** The sitemap files at the root of the build (sitemap.xml, or an index and its parts). */
  sitemapText(): string | undefined {
    const files = fs.readdirSync(this.out).filter((f) => /^sitemap.*\.xml$/.test(f));
    return files.length > 0
      ? files.map((f) => fs.readFileSync(path.join(this.out, f), 'utf8')).join('\n')
      : undefined;
  }

  feedText(segment: LocaleSegment): string | undefined {
    const file = path.join(this.out, segment, 'rss.xml');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }

  /** Every https://example.org URL in a text, as a path (for sitemap and feed links). */
  siteLinks(text: string): string[] {
    return [...text.matchAll(/https:\/\/example\.org(\/[^\s"<>]*)/g)].map((m) =>
      (m[1] ?? '').replace(/&amp;/g, '&'),
    );
  }
}

/** The small pages at the addresses of an edition a review does not have (en/2025/, …/2025/parallel/). */
const isStub = (p: string) => /^en\/2025\/|\/2025\/parallel\//.test(p);

const hrefs = (root: HTMLElement, selector: string) =>
  root.querySelectorAll(selector).map((a) => a.getAttribute('href') ?? '');

/** Internal links (a, link) of every page that point at no file of the build. */
function deadLinks(site: BuiltSite): string[] {
  const dead: string[] = [];
  for (const p of site.pages()) {
    for (const el of site.page(p).querySelectorAll('a[href], link[href]')) {
      const url = new URL(el.getAttribute('href') ?? '', `https://example.org${site.url(p)}`);
      if (url.origin !== 'https://example.org') continue;
      if (!site.fileFor(url.pathname)) dead.push(`${site.url(p)} → ${url.pathname}`);
    }
  }
  return dead;
}

describe('a new year folder (the 2025 fixture, in every edition) and a Chinese-only past year (2019) under BASE_PATH=/reviews/', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = new BuiltSite('/reviews/', () => {}, [FIXTURE_2025, FIXTURE_2019]);
  }, 240_000);

  test('The site builds and the content check names the three years, newest first (2019 passing without any English).', () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).toContain('content OK: 2025, 2024, 2019');
  });

  test('Each edition’s archive lists 2025 then 2024, linking to that edition’s pages, then 2019 (in English: the Chinese editions).', () => {
    for (const segment of SEGMENTS) {
      const links = hrefs(site.page(`${segment}/`), 'main .archive__list a[href]');
      const past =
        segment === 'en'
          ? ['zh-hans', 'zh-hant'].map((s) => site.url(`${s}/2019/`))
          : [site.url(`${segment}/2019/`)];
      expect(links, segment).toEqual([site.url(`${segment}/2025/`), site.url(`${segment}/2024/`), ...past]);
      const first = site.page(`${segment}/`).querySelector('main .archive__list a')?.textContent ?? '';
      expect(first, segment).toMatch(FIXTURE_MARK[segment]);
    }
  });

  test('The front door shows the 2025 fixture as the latest review in all three editions, with its own figures.', () => {
    const home = site.page('');
    const cards = home.querySelectorAll('.home__editions section[lang]');
    expect(cards.map((c) => c.getAttribute('lang'))).toEqual(locales.map((l) => l.lang));
    for (const [i, card] of cards.entries()) {
      const segment = SEGMENTS[i] as LocaleSegment;
      const title = card.querySelector('h2 a');
      expect(title?.getAttribute('href'), segment).toBe(site.url(`${segment}/2025/`));
      expect(title?.textContent, segment).toMatch(FIXTURE_MARK[segment]);
      // The fixture has 120 stations where 2024 had 100: the headline strip reads the 2025 figures.
      const values = card.querySelectorAll('.headline__value').map((v) => v.textContent.trim());
      expect(values.join(' | '), segment).toMatch(/\b120\b/);
      expect(values.join(' | '), segment).not.toMatch(/\b100\b/);
    }
  });

  test('The front door’s list of years is newest first and links each year in every edition.', () => {
    const rows = site.page('').querySelectorAll('.home__years li');
    expect(rows.map((r) => r.querySelector('.home__year')?.textContent.trim())).toEqual([
      '2025',
      '2024',
      '2019',
    ]);
    expect(hrefs(rows[2] as HTMLElement, 'a[href]')).toEqual(
      ['zh-hans', 'zh-hant'].map((s) => site.url(`${s}/2019/`)),
    );
    for (const [i, year] of ['2025', '2024'].entries()) {
      expect(hrefs(rows[i] as HTMLElement, 'a[href]')).toEqual(
        SEGMENTS.map((s) => site.url(`${s}/${year}/`)),
      );
    }
  });

  test('Both years have a page in every edition, each with its own title and that edition’s lang.', () => {
    for (const l of locales) {
      for (const year of [2024, 2025]) {
        const root = site.page(`${l.segment}/${year}/`);
        expect(root.querySelector('html')?.getAttribute('lang'), `${l.segment}/${year}`).toBe(l.lang);
        const h1 = root.querySelector('h1')?.textContent ?? '';
        expect(h1, `${l.segment}/${year}`).toContain(String(year));
        if (year === 2025) expect(h1).toMatch(FIXTURE_MARK[l.segment]);
        else expect(h1).not.toMatch(FIXTURE_MARK[l.segment]);
      }
    }
  });

  test('Each review page’s hreflang alternates and language switch name its own year in the three editions, with x-default in English.', () => {
    for (const year of [2024, 2025]) {
      const expected = {
        ...Object.fromEntries(locales.map((l) => [l.lang, site.url(`${l.segment}/${year}/`)])),
        'x-default': site.url(`en/${year}/`),
      };
      for (const segment of SEGMENTS) {
        const p = `${segment}/${year}/`;
        expect(site.alternates(p), p).toEqual(expected);
        expect(hrefs(site.page(p), '.lang-switch a[href]'), p).toEqual(
          SEGMENTS.map((s) => site.url(`${s}/${year}/`)),
        );
      }
    }
  });

  test('No internal link of any page points at a file the build does not have.', () => {
    expect(deadLinks(site)).toEqual([]);
  });

  test('Both years have a parallel page (对照) in every edition, linked from their review pages.', () => {
    for (const segment of SEGMENTS) {
      for (const year of [2024, 2025]) {
        expect(site.has(`${segment}/${year}/parallel/`), `${segment}/${year}`).toBe(true);
        expect(hrefs(site.page(`${segment}/${year}/`), 'a[data-parallel-link]')).toEqual([
          site.url(`${segment}/${year}/parallel/`),
        ]);
      }
    }
  });

  test('The sitemap lists the 2025 pages of every edition, and of 2019 only the Chinese review and figure pages.', () => {
    const sitemap = site.sitemapText();
    expect(sitemap, 'the build writes sitemap.xml').toBeDefined();
    const listed = site.siteLinks(sitemap ?? '');
    for (const segment of SEGMENTS) expect(listed, segment).toContain(site.url(`${segment}/2025/`));
    const of2019 = [...new Set(listed.filter((p) => p.includes('/2019/')))].sort();
    expect(of2019).toEqual(expect.arrayContaining(['zh-hans', 'zh-hant'].map((s) => site.url(`${s}/2019/`))));
    // Besides the review, only its figure pages (issue 25), and only in the Chinese editions.
    expect(of2019.filter((u) => !/\/zh-han[st]\/2019\/(figures\/[a-z0-9-]+\/)?$/.test(u))).toEqual([]);
    expect(of2019.some((u) => u.includes('/figures/'))).toBe(true);
  });

  test('The English address of the Chinese-only 2019, and every 对照 address of it, is a small page saying so, linking to the Chinese editions: not a 404, not indexed, no hreflang.', () => {
    for (const p of ['en/2019/', 'en/2019/parallel/', 'zh-hans/2019/parallel/', 'zh-hant/2019/parallel/']) {
      const root = site.page(p);
      expect(root.querySelector('meta[name=robots]')?.getAttribute('content'), p).toBe('noindex, follow');
      expect(site.alternates(p), p).toEqual({});
      expect(root.querySelector('link[rel=canonical]'), p).toBeNull();
      expect(hrefs(root, 'main a[href]').slice(0, 2), p).toEqual(
        ['zh-hans', 'zh-hant'].map((s) => site.url(`${s}/2019/`)),
      );
      expect(root.querySelector('main h1')?.textContent, p).toContain('2019');
    }
    expect(site.page('en/2019/').querySelector('h1')?.textContent).toBe('The 2019 review is in Chinese only');
    expect(site.page('zh-hans/2019/parallel/').querySelector('html')?.getAttribute('lang')).toBe('zh-Hans');
    // The Chinese review pages of 2019 stay the only hreflang cluster of that year.
    expect(site.alternates('zh-hans/2019/')).toEqual({
      'zh-Hans': site.url('zh-hans/2019/'),
      'zh-Hant': site.url('zh-hant/2019/'),
      'x-default': site.url('zh-hans/2019/'),
    });
  });

  test('Year navigation names the earlier and later review by its year across the gap 2019 → 2024, never “next year”.', () => {
    const nav = (p: string, rel: string) =>
      site.page(p).querySelector(`.review-footer a[rel=${rel}]`)?.textContent.replace(/\s+/g, ' ').trim();
    expect(nav('zh-hans/2019/', 'next')).toMatch(/^下一篇：2024年/);
    expect(nav('zh-hans/2019/', 'prev')).toBeUndefined();
    expect(nav('zh-hans/2024/', 'prev')).toMatch(/^← 上一篇：2019年/);
    expect(nav('zh-hant/2024/', 'prev')).toMatch(/^← 上一篇：2019年/);
    expect(nav('en/2024/', 'next')).toMatch(/^Later review: 2025/);
    for (const p of site.pages()) {
      const footer = site.page(p).querySelector('.review-footer')?.textContent ?? '';
      expect(footer, p).not.toMatch(/上一年|下一年|Next year|Previous year/);
    }
  });

  test('Figures show exactly as the text prints them: 98.79% (never 98.8%) and 1000多, in the numbers block and the headline strip of both Chinese editions.', () => {
    for (const segment of ['zh-hans', 'zh-hant'] as const) {
      const root = site.page(`${segment}/2019/`);
      const values = root
        .querySelectorAll('.headline__value, .numbers__value, [class*=value]')
        .map((v) => v.textContent.trim());
      expect(values, segment).toContain('98.79%');
      expect(values, segment).toContain('1000多');
      expect(root.querySelector('main')?.textContent, segment).not.toMatch(/98\.8%|1000余/);
    }
  });

  test('The motion switch is on reviews with drawn charts only: not on 2019, which has only numbers blocks.', () => {
    expect(site.page('zh-hans/2019/').querySelector('[data-motion-toggle]')).toBeNull();
    expect(site.page('zh-hans/2024/').querySelector('[data-motion-toggle]')).not.toBeNull();
  });

  test('An unknown paper is credited in plain words (never in 《》), with the site that carried the text, and JSON-LD names no newspaper.', () => {
    for (const segment of ['zh-hans', 'zh-hant'] as const) {
      const root = site.page(`${segment}/2019/`);
      const credit = `${root.querySelector('.review__source')?.textContent} ${root.querySelector('.review__credit')?.textContent}`;
      expect(credit, segment).toMatch(
        segment === 'zh-hans' ? /原刊报纸不详，据南通新闻网转载/ : /原刊報紙不詳，據南通新聞網轉載/,
      );
      expect(credit, segment).not.toMatch(/《[^》]*(不详|不詳|unknown)/);
      const ld = root.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
      expect(ld, segment).not.toMatch(/NewsMediaOrganization|unknown|不详|不詳/);
    }
    expect(site.page('zh-hans/2024/').querySelector('.review__source')?.textContent).toBe(
      '来源：《南通日报》',
    );
  });

  test('Each edition’s rss.xml has the 2025 review, linked to that edition’s page.', () => {
    const feeds = SEGMENTS.map((s) => [s, site.feedText(s)] as const).filter(
      ([, text]) => text !== undefined,
    );
    expect(
      feeds.map(([segment]) => segment),
      'every edition has its rss.xml',
    ).toEqual([...SEGMENTS]);
    for (const [segment, text] of feeds) {
      expect(site.siteLinks(text ?? ''), segment).toContain(site.url(`${segment}/2025/`));
      expect(text, segment).toMatch(FIXTURE_MARK[segment]);
    }
  });
});

describe('a year written only in zh-hans (review.yml editions: [zh-hans], no en/ folder)', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = new BuiltSite('/', (content) => {
      const year = path.join(content, 'reviews', '2025');
      fs.rmSync(path.join(year, 'en'), { recursive: true });
      const meta = path.join(year, 'review.yml');
      const text = fs.readFileSync(meta, 'utf8');
      if (!/^published:/m.test(text)) throw new Error('the fixture review.yml has no published line');
      fs.writeFileSync(meta, text.replace(/^published:/m, 'editions: [zh-hans]\npublished:'));
    });
  }, 240_000);

  test('The site builds with the year published in zh-hans and zh-hant only; its English address is only a small page saying so.', () => {
    expect(site.status, site.output).toBe(0);
    expect(site.has('zh-hans/2025/')).toBe(true);
    expect(site.has('zh-hant/2025/')).toBe(true);
    expect(site.has('en/2024/')).toBe(true);
    const en = site.page('en/2025/');
    expect(en.querySelector('h1')?.textContent).toBe('The 2025 review is in Chinese only');
    expect(en.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex, follow');
    expect(en.querySelector('[data-pagefind-body]')).toBeNull();
  });

  test('The English archive lists 2025 with a note and links to the Chinese editions, then 2024; the Chinese archives list 2025 then 2024.', () => {
    expect(hrefs(site.page('en/'), 'main .archive__list a[href]')).toEqual([
      '/zh-hans/2025/',
      '/zh-hant/2025/',
      '/en/2024/',
    ]);
    expect(site.page('en/').querySelector('.archive__elsewhere')?.textContent.trim()).toMatch(
      /^In Chinese only/,
    );
    for (const segment of ['zh-hans', 'zh-hant'] as const) {
      expect(hrefs(site.page(`${segment}/`), 'main .archive__list a[href]'), segment).toEqual([
        `/${segment}/2025/`,
        `/${segment}/2024/`,
      ]);
    }
  });

  test('The front door shows each edition’s own latest review: 2025 in Chinese, 2024 in English, and no English title for 2025.', () => {
    const home = site.page('');
    const latest = Object.fromEntries(
      home
        .querySelectorAll('.home__editions section[lang]')
        .map((c) => [c.getAttribute('lang'), c.querySelector('h2 a')?.getAttribute('href')]),
    );
    expect(latest).toEqual({ 'zh-Hans': '/zh-hans/2025/', 'zh-Hant': '/zh-hant/2025/', en: '/en/2024/' });
    expect(home.querySelector('main')?.textContent).not.toContain('Safe Nantong: the 2025 review');
    const rows = home.querySelectorAll('.home__years li');
    expect(rows.map((r) => r.querySelector('.home__year')?.textContent.trim())).toEqual(['2025', '2024']);
    expect(hrefs(rows[0] as HTMLElement, 'a[href]')).toEqual(['/zh-hans/2025/', '/zh-hant/2025/']);
    expect(hrefs(rows[1] as HTMLElement, 'a[href]')).toEqual([
      '/zh-hans/2024/',
      '/zh-hant/2024/',
      '/en/2024/',
    ]);
  });

  test('The 2025 pages offer only the Chinese editions in hreflang and the language switch, with x-default in zh-hans.', () => {
    for (const segment of ['zh-hans', 'zh-hant'] as const) {
      const p = `${segment}/2025/`;
      expect(site.alternates(p), p).toEqual({
        'zh-Hans': '/zh-hans/2025/',
        'zh-Hant': '/zh-hant/2025/',
        'x-default': '/zh-hans/2025/',
      });
      expect(hrefs(site.page(p), '.lang-switch a[href]'), p).toEqual(['/zh-hans/2025/', '/zh-hant/2025/']);
    }
    // The year with every edition keeps all three.
    expect(Object.keys(site.alternates('zh-hans/2024/')).sort()).toEqual([
      'en',
      'x-default',
      'zh-Hans',
      'zh-Hant',
    ]);
  });

  test('2025 has no parallel page (对照), only a small page at its address, and no review links to one; 2024 keeps its own.', () => {
    for (const segment of SEGMENTS) {
      expect(
        site.page(`${segment}/2025/parallel/`).querySelector('.parallel, [data-pagefind-body]'),
        segment,
      ).toBeNull();
      expect(
        site.page(`${segment}/2025/parallel/`).querySelector('meta[name=robots]')?.getAttribute('content'),
        segment,
      ).toBe('noindex, follow');
      expect(site.has(`${segment}/2024/parallel/`), segment).toBe(true);
    }
    for (const p of site.pages().filter((p) => !isStub(p))) {
      for (const href of hrefs(site.page(p), 'a[href]')) expect(href, p).not.toMatch(/\/2025\/parallel\//);
    }
    for (const segment of ['zh-hans', 'zh-hant'] as const) {
      expect(site.page(`${segment}/2025/`).querySelector('a[data-parallel-link]'), segment).toBeNull();
    }
  });

  test('No page links to an English 2025 page, or to any other file the build does not have.', () => {
    expect(deadLinks(site)).toEqual([]);
    for (const p of site.pages().filter((p) => !isStub(p)))
      expect(hrefs(site.page(p), 'a[href], link[href]'), p).not.toContain('/en/2025/');
  });

  test('The sitemap lists the Chinese 2025 pages and no English one.', () => {
    const sitemap = site.sitemapText();
    expect(sitemap, 'the build writes sitemap.xml').toBeDefined();
    const listed = site.siteLinks(sitemap ?? '');
    expect(listed).toContain('/zh-hans/2025/');
    expect(listed).toContain('/zh-hant/2025/');
    expect(listed).not.toContain('/en/2025/');
    for (const p of listed) expect(site.fileFor(p), `sitemap lists ${p}`).toBeDefined();
  });

  test('The Chinese feeds have 2025 and the English feed does not.', () => {
    const feeds = SEGMENTS.map((s) => [s, site.feedText(s)] as const).filter(
      ([, text]) => text !== undefined,
    );
    expect(
      feeds.map(([segment]) => segment),
      'every edition has its rss.xml',
    ).toEqual([...SEGMENTS]);
    for (const [segment, text] of feeds) {
      const links = site.siteLinks(text ?? '');
      if (segment === 'en') expect(links, segment).not.toContain('/en/2025/');
      else expect(links, segment).toContain(`/${segment}/2025/`);
      for (const p of links) expect(site.fileFor(p), `${segment} feed links ${p}`).toBeDefined();
    }
  });
});

describe('a year just made by npm run new-review, not yet written', () => {
  test('The build fails listing its TODOs as not yet written, and writes no site.', () => {
    const site = new BuiltSite('/', (content) => {
      scaffoldReview(content, '2026');
    });
    expect(site.status).not.toBe(0);
    expect(site.output).toMatch(/Content check found \d+ problems:/);
    expect(site.output).toMatch(
      /reviews\/2026\/review\.yml:\d+ — review\.yml: "published" is not yet written/,
    );
    expect(site.output).toMatch(/reviews\/2026\/zh-hans\/lede\.mdx:\d+ — a paragraph is not yet written/);
    expect(fs.existsSync(path.join(site.out, 'index.html'))).toBe(false);
  }, 120_000);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectRecords } from '../../src/integrations/pagefind.ts';
import { checkContent } from '../../src/content-check/load.ts';
import { importArticle, type ImportResult } from '../../tools/import/import.ts';
import { REAL_CONTENT } from '../helpers/content.ts';
import { fillTodos } from './helpers.ts';
import { ARTICLE, CARRIER, repostHtml } from './reposts.ts';
import { runBuild } from '../helpers/build.ts';

/**
 * A second year made by the import, from a synthetic article in another layout (headline,
 * subtitle, dateline and byline above the text, a heading the mapping does not know), builds
 * into the archive, the search index and the feeds with no code change once its TODOs are
 * settled. So does a 2019 review imported from an aggregator's repost in two pages (issue 23).
 * Content and output live in a temp folder; content/ and dist/ are never touched.
 */
const FIXTURE = fileURLToPath(new URL('./fixtures/2023-FIXTURE.txt', import.meta.url));

describe('a year made by npm run import from a synthetic article', () => {
  // One temp folder for the whole suite (the per-test copies of tests/helpers/content.ts would
  // be gone before the build): content/ copied from the real one, the build's output and cache.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-import-year-'));
  const root = path.join(tmp, 'content');
  const out = path.join(tmp, 'dist');
  let result: ImportResult;
  let repost: ImportResult;
  let build: { status: number | null; output: string };
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  beforeAll(() => {
    fs.cpSync(REAL_CONTENT, root, { recursive: true });
    result = importArticle({ file: FIXTURE, root });
    const pages = ([1, 2] as const).map((n) => {
      const file = path.join(tmp, `page${n}.html`);
      fs.writeFileSync(file, repostHtml(n));
      return file;
    });
    repost = importArticle({ file: pages, root });
  });

  test('The import finds the year, headline, dateline, byline, credit and parts of the other layout.', () => {
    expect(result.year).toBe(2023);
    const meta = fs.readFileSync(path.join(result.dir, 'review.yml'), 'utf8');
    expect(meta).toMatch(/^published: 2024-01-15$/m);
    expect(meta).toMatch(/^ {2}zh-hans: 2023年“平安南通”年度回眸（FIXTURE）$/m);
    expect(meta).toMatch(
      /- role: \{ zh-hans: 记者 \}\n {4}name: \{ zh-hans: 张明 \}\n {2}- role: \{ zh-hans: 通讯员 \}\n {4}name: \{ zh-hans: 李华 \}/,
    );
    expect(meta).toMatch(
      /^sections:\n {2}- lede #.*\n {2}- political-leadership #.*\n {2}- TODO-section-3 # TODO: “智慧治理，打造数字平安” is not in content\/import\/section-ids\.yml.*\n {2}- service-to-development #.*\n {2}- outlook #/m,
    );
    // The subtitle is kept for the editor, not made body text.
    expect(meta).toContain("# The page's subtitle reads: 测试样例：一篇虚构的年度综述，版式与2024年不同");
    const lede = fs.readFileSync(path.join(result.dir, 'zh-hans', 'lede.mdx'), 'utf8');
    expect(lede).not.toMatch(/FIXTURE|测试样例|发布时间|本报记者/);
    expect(result.summary.dropped.map((d) => d.text)).toEqual([
      '发布时间：2024-01-15 09:30',
      '苏ICP备00000000号 测试用',
    ]);
  });

  test('Before its TODOs are settled the content check refuses it; after, the check passes with no code change.', () => {
    const before = checkContent(root).problems;
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((p) => /not yet written/.test(p.message))).toBe(true);
    fillTodos(result.dir, { published: '2024-01-15' });
    // The repost's doubted source and copyright are the editor's to write, as the comments ask.
    fillTodos(repost.dir, { published: '2020-01' });
    const review = path.join(repost.dir, 'review.yml');
    fs.writeFileSync(
      review,
      fs
        .readFileSync(review, 'utf8')
        .replace('source: { zh-hans: TODO }', 'source: { zh-hans: 南通日报 }')
        .replace(/copyright:\n {4}zh-hans: TODO/, 'copyright:\n    zh-hans: 原文版权归南通日报社所有。'),
    );
    expect(checkContent(root).problems).toEqual([]);
  });

  describe('built', () => {
    beforeAll(() => {
      build = runBuild({
        via: 'astro',
        env: {
          CONTENT_DIR: root,
          OUT_DIR: out,
          ASTRO_CACHE_DIR: path.join(tmp, 'cache'),
          SITE_URL: 'https://example.org',
          BASE_PATH: '/',
        },
      });
    }, 240_000);

    const page = (p: string) => parse(fs.readFileSync(path.join(out, p, 'index.html'), 'utf8'));

    test('The site builds with both years.', () => {
      expect(build.status, build.output).toBe(0);
      expect(build.output).toContain('content OK: 2024, 2023, 2019');
    });

    test('The Chinese archives list 2024, 2023 then 2019; the English one lists them too, the imported years by their Chinese editions (the import is zh-hans only).', () => {
      for (const segment of ['zh-hans', 'zh-hant']) {
        const links = page(segment)
          .querySelectorAll('main .archive__list a[href]')
          .map((a) => a.getAttribute('href'));
        expect(links, segment).toEqual([`/${segment}/2024/`, `/${segment}/2023/`, `/${segment}/2019/`]);
      }
      expect(
        page('en')
          .querySelectorAll('main .archive__list a[href]')
          .map((a) => a.getAttribute('href')),
      ).toEqual(['/en/2024/', '/zh-hans/2023/', '/zh-hant/2023/', '/zh-hans/2019/', '/zh-hant/2019/']);
      // /en/2023/ is a small page saying the year is in Chinese only, never indexed, never a review.
      const absent = page('en/2023');
      expect(absent.querySelector('h1')?.textContent).toBe('The 2023 review is in Chinese only');
      expect(absent.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    });

    test('The 2023 page holds the imported text, in Simplified and in generated Traditional.', () => {
      const hans = page('zh-hans/2023').querySelector('main')?.textContent ?? '';
      expect(hans).toContain('2023年，全市建成智慧安防小区860个');
      expect(hans).toContain('智慧治理，打造数字平安');
      const hant = page('zh-hant/2023').querySelector('main')?.textContent ?? '';
      expect(hant).toContain('智慧治理，打造數字平安');
    });

    test('The 2019 repost’s page holds every paragraph once, its headings whole, and none of the carrier’s furniture.', () => {
      const main = page('zh-hans/2019').querySelector('main');
      const hans = main?.textContent ?? '';
      for (const p of [ARTICLE.first, ARTICLE.lede2, ...ARTICLE.s2, ARTICLE.closing])
        expect(hans.split(p).length - 1, p).toBe(1);
      expect(hans).toContain('数据印证成果：2019年');
      expect(main?.querySelectorAll('h2').map((h) => h.textContent.trim())).toEqual(
        expect.arrayContaining(['统筹力度', '“防”为先 压实源头防控']),
      );
      expect(hans).toContain(ARTICLE.heading1);
      for (const f of [CARRIER.image, CARRIER.caption, '法律常识', '下一页', '2023'])
        expect(hans, f).not.toContain(f);
    });

    test('The search index has the 2023 sections in both Chinese editions.', () => {
      const urls = collectRecords(out).map((r) => r.url);
      for (const id of ['lede', 'political-leadership', 'section-d', 'service-to-development', 'outlook']) {
        expect(urls).toContain(`/zh-hans/2023/#${id}`);
        expect(urls).toContain(`/zh-hant/2023/#${id}`);
      }
      expect(urls.some((u) => u.startsWith('/en/2023/'))).toBe(false);
    });

    test('The Chinese feeds have the 2023 review; the English feed does not.', () => {
      const feed = (segment: string) => fs.readFileSync(path.join(out, segment, 'rss.xml'), 'utf8');
      expect(feed('zh-hans')).toContain('https://example.org/zh-hans/2023/');
      expect(feed('zh-hant')).toContain('https://example.org/zh-hant/2023/');
      expect(feed('en')).not.toContain('/en/2023/');
    });
  });
});

import { describe, expect, test } from 'vitest';
import { jsonLdText, newsArticle, type NewsArticleInput } from './jsonld.ts';
import { robotsTxt } from './robots.ts';
import { pubDate, rssXml } from './rss.ts';
import { parseSitemap } from '../../tools/smoke/sitemap.ts';
import { childrenNamed, childText, parseXml } from '../../tools/xml-check.ts';
import { hreflangProblems, readPageHead, sitemapEntries, sitemapXml } from './sitemap.ts';

describe('strict XML reading', () => {
  test('Mismatched tags, HTML-only entities, unquoted attributes and two roots are not well-formed.', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(/not well-formed: Unexpected close tag/);
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow(/Invalid character entity/);
    expect(() => parseXml('<a x=1/>')).toThrow(/Unquoted attribute value/);
    expect(() => parseXml('<a/><b/>')).toThrow(/second root element/);
    expect(parseXml('<a x="1">b &amp; c</a>')).toEqual({
      name: 'a',
      attributes: { x: '1' },
      children: [],
      text: 'b & c',
    });
  });
});

describe('the sitemap', () => {
  const head = (canonical: string, alts: [string, string][], extra = '') =>
    `<html lang="en"><head><link rel="canonical" href="${canonical}">${alts
      .map(([l, h]) => `<link rel="alternate" hreflang="${l}" href="${h}">`)
      .join(
        '',
      )}<link rel="alternate" type="application/rss+xml" href="/en/rss.xml">${extra}</head><body></body></html>`;
  const a = 'https://x.org/r/en/';
  const b = 'https://x.org/r/zh-hans/?a=1&b=2';

  test('A page’s head gives its canonical URL, hreflang links (not feeds), lang and noindex.', () => {
    expect(
      readPageHead(
        head(a, [
          ['en', a],
          ['zh-Hans', b],
        ]),
      ),
    ).toEqual({
      canonical: a,
      lang: 'en',
      noindex: false,
      alternates: [
        { hreflang: 'en', href: a },
        { hreflang: 'zh-Hans', href: b },
      ],
    });
    expect(readPageHead(head(a, [], '<meta name="robots" content="noindex">')).noindex).toBe(true);
  });

  test('Pages marked noindex are left out, and an indexable page without a canonical link fails.', () => {
    const pages = [
      { file: 'en/index.html', html: head(a, [['en', a]]) },
      { file: '404.html', html: '<html><head><meta name="robots" content="noindex"></head></html>' },
    ];
    expect(sitemapEntries(pages).map((e) => e.loc)).toEqual([a]);
    expect(() => sitemapEntries([{ file: 'x/index.html', html: '<html><head></head></html>' }])).toThrow(
      'Sitemap: x/index.html has no <link rel="canonical"> and no noindex.',
    );
  });

  test('The XML is well-formed with escaped URLs, and reads back to the same entries.', () => {
    const entries = [
      {
        loc: a,
        alternates: [
          { hreflang: 'en', href: a },
          { hreflang: 'zh-Hans', href: b },
        ],
      },
      {
        loc: b,
        alternates: [
          { hreflang: 'en', href: a },
          { hreflang: 'zh-Hans', href: b },
        ],
      },
    ];
    const xml = sitemapXml(entries);
    expect(xml).toContain('?a=1&amp;b=2');
    const root = parseXml(xml);
    expect(root.name).toBe('urlset');
    expect(root.attributes['xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    expect(childrenNamed(root, 'url')).toHaveLength(2);
    expect(parseSitemap(xml)).toEqual(entries);
    expect(hreflangProblems(entries)).toEqual([]);
  });

  test('A one-way hreflang link is a problem naming both pages.', () => {
    const entries = [
      {
        loc: a,
        alternates: [
          { hreflang: 'en', href: a },
          { hreflang: 'zh-Hans', href: b },
        ],
      },
      { loc: b, alternates: [{ hreflang: 'zh-Hans', href: b }] },
    ];
    expect(hreflangProblems(entries)).toEqual([`${b} does not name ${a} back as an alternate`]);
  });
});

describe('feeds and robots.txt', () => {
  test('A pubDate is given only for a known day, at midnight in Nantong; a month, a year or a lower bound gives none.', () => {
    expect(pubDate('2025-01-06')).toBe('Mon, 06 Jan 2025 00:00:00 +0800');
    expect(pubDate('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 +0800');
    for (const unknownDay of ['2025-01', '2025', '2025 (on or after 2025-01-06)']) {
      expect(pubDate(unknownDay), unknownDay).toBeUndefined();
    }
    expect(() => pubDate('January 2025')).toThrow('published "January 2025"');
  });

  test('An RSS 2.0 feed is well-formed, escaped, lists items newest first, and dates only known days.', () => {
    const item = (year: number, published: string) => ({
      title: `Review ${year} <&>`,
      link: `https://x.org/en/${year}/`,
      description: 'A & B',
      published,
      authors: ['Zhu Wenjun', 'Chen Xiang'],
    });
    const xml = rssXml({
      title: 'Reviews',
      link: 'https://x.org/en/',
      self: 'https://x.org/en/rss.xml',
      description: 'All',
      language: 'en',
      items: [item(2023, '2024-01-06'), item(2024, '2025 (on or after 2025-01-06)'), item(2022, '2023')],
      built: new Date(Date.UTC(2026, 10, 30, 5, 7, 9)),
    });
    const rss = parseXml(xml);
    expect(rss.attributes['version']).toBe('2.0');
    const channel = childrenNamed(rss, 'channel')[0];
    // lastBuildDate is the build time, the one date of the feed that is always known.
    expect(channel && childText(channel, 'lastBuildDate')).toBe('Mon, 30 Nov 2026 05:07:09 +0000');
    const items = channel ? childrenNamed(channel, 'item') : [];
    expect(items.map((i) => childText(i, 'title'))).toEqual([
      'Review 2024 <&>',
      'Review 2023 <&>',
      'Review 2022 <&>',
    ]);
    expect(items.map((i) => childText(i, 'pubDate'))).toEqual([
      undefined,
      'Sat, 06 Jan 2024 00:00:00 +0800',
      undefined,
    ]);
    expect(items[0] && childText(items[0], 'guid')).toBe('https://x.org/en/2024/');
    expect(items[0] && childText(items[0], 'dc:creator')).toBe('Zhu Wenjun, Chen Xiang');
  });

  test('robots.txt allows everything and names the sitemap by its absolute URL.', () => {
    expect(robotsTxt('https://x.org/r/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.org/r/sitemap.xml\n',
    );
  });
});

describe('JSON-LD', () => {
  const zh = { lang: 'zh-Hans', url: 'https://x.org/zh-hans/2024/', headline: '2024年“平安南通”年度回眸' };
  const hant = { lang: 'zh-Hant', url: 'https://x.org/zh-hant/2024/', headline: '2024年“平安南通”年度回眸' };
  const en = { lang: 'en', url: 'https://x.org/en/2024/', headline: 'Safe Nantong: the 2024 review' };
  const input = (edition: typeof zh): NewsArticleInput => ({
    edition,
    original: zh,
    translations: [hant, en],
    description: 'd',
    published: '2025-01',
    authors: [{ name: 'Zhu Wenjun', role: 'Reporter' }],
    source: 'Nantong Daily',
    originalNote: 'The original article in Nantong Daily (its headline is not known)',
    publisher: { name: 'Safe Nantong', url: 'https://x.org/', logo: 'https://x.org/favicon.svg' },
    image: { url: 'https://x.org/en/2024/share.png', width: 1200, height: 630, alt: 'a' },
  });

  test('The original lists its translations; each translation points at the original and lists them all.', () => {
    const original = newsArticle(input(zh));
    expect(original['@type']).toBe('NewsArticle');
    expect(original['translationOfWork']).toBeUndefined();
    expect((original['workTranslation'] as { '@id': string }[]).map((t) => t['@id'])).toEqual([
      `${hant.url}#article`,
      `${en.url}#article`,
    ]);
    expect((original['isBasedOn'] as { publisher: { name: string } }).publisher.name).toBe('Nantong Daily');
    // The newspaper's article is named by what is known of it, never by the site's own title.
    expect(original['isBasedOn']).not.toHaveProperty('headline');
    expect(original['isBasedOn']).toMatchObject({
      description: 'The original article in Nantong Daily (its headline is not known)',
    });
    const translation = newsArticle(input(en));
    expect(translation['inLanguage']).toBe('en');
    // The byline says name and role; a 通讯员 is not newspaper staff, so no author works for it.
    for (const a of translation['author'] as Record<string, unknown>[])
      expect(a).not.toHaveProperty('worksFor');
    expect((translation['isBasedOn'] as { '@id': string })['@id']).toBe(`${zh.url}#article`);
    const of = translation['translationOfWork'] as { '@id': string; workTranslation: { '@id': string }[] };
    expect(of['@id']).toBe(`${zh.url}#article`);
    expect(of.workTranslation.map((t) => t['@id'])).toContain(`${hant.url}#article`);
    expect(translation['sourceOrganization']).toEqual({
      '@type': 'NewsMediaOrganization',
      name: 'Nantong Daily',
    });
    expect((translation['publisher'] as { name: string }).name).toBe('Safe Nantong');
  });

  test('The script text cannot close its element, and parses back to the same value.', () => {
    const data = { headline: '</script><script>alert(1)</script> & <!--', line: '\u2028' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

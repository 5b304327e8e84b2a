import { attributesOf, pageRoot, type PageSource } from './html.ts';
import { xmlEscape } from './xml.ts';

/**
 * The sitemap is written from the built pages themselves (`astro:build:done`), not from a second
 * list of routes: every page that does not say `noindex` is listed under its canonical URL, with
 * the hreflang alternates its own `<head>` declares. So the sitemap and the pages cannot disagree,
 * and a page added by anyone (a new year, the search page) is listed without touching this code.
 */

export interface Alternate {
  hreflang: string;
  href: string;
}

/** What a page's `<head>` says about indexing. */
export interface PageHead {
  canonical?: string;
  noindex: boolean;
  alternates: Alternate[];
  lang?: string;
}

/** Reads canonical, robots and hreflang links and `<html lang>` from a built page. */
export function readPageHead(html: PageSource): PageHead {
  const root = pageRoot(html);
  const out: PageHead = { noindex: false, alternates: [] };
  const htmlEl = root.querySelector('html');
  const lang = htmlEl ? attributesOf(htmlEl)['lang'] : undefined;
  if (lang) out.lang = lang;
  const head = root.querySelector('head') ?? root;
  for (const link of head.querySelectorAll('link')) {
    const a = attributesOf(link);
    const rel = (a['rel'] ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical') && a['href']) out.canonical = a['href'];
    if (rel.includes('alternate') && a['hreflang'] && a['href']) {
      out.alternates.push({ hreflang: a['hreflang'], href: a['href'] });
    }
  }
  for (const meta of head.querySelectorAll('meta')) {
    const a = attributesOf(meta);
    if ((a['name'] ?? '').toLowerCase() === 'robots' && /noindex/i.test(a['content'] ?? ''))
      out.noindex = true;
  }
  return out;
}

/** What a preview build says in its sitemap and robots.txt. */
export const PREVIEW_NOTE =
  'PREVIEW build: no public address was set (content/site.yml address, or SITE_URL), so these URLs are local and every page says noindex. Not for publishing.';

export interface SitemapEntry {
  loc: string;
  alternates: Alternate[];
}

/**
 * Sitemap entries of the built pages: indexable pages only, each under its canonical URL.
 * Throws when an indexable page has no canonical link (its URL would be a guess).
 */
export function sitemapEntries(pages: { file: string; html: PageSource }[]): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  for (const { file, html } of pages) {
    const head = readPageHead(html);
    // A preview build's pages say noindex and keep their canonical link: listed (the smoke check
    // reads the sitemap), under a comment saying it is a preview. A page kept out of search has no canonical.
    if (!head.canonical) {
      if (head.noindex) continue;
      throw new Error(`Sitemap: ${file} has no <link rel="canonical"> and no noindex.`);
    }
    entries.push({ loc: head.canonical, alternates: head.alternates });
  }
  return entries.sort((a, b) => a.loc.localeCompare(b.loc));
}

/** sitemaps.org XML with `xhtml:link` hreflang alternates (Google's format). */
export function sitemapXml(entries: SitemapEntry[], { preview = false } = {}): string {
  const urls = entries.map((e) =>
    [
      '  <url>',
      `    <loc>${xmlEscape(e.loc)}</loc>`,
      ...e.alternates.map(
        (a) =>
          `    <xhtml:link rel="alternate" hreflang="${xmlEscape(a.hreflang)}" href="${xmlEscape(a.href)}"/>`,
      ),
      '  </url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    ...(preview ? [`<!-- ${PREVIEW_NOTE} -->`] : []),
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * Problems with hreflang reciprocity: if page A names B as its `xx` alternate, B must name A
 * under A's own language. (Search engines ignore one-way hreflang links.) `x-default` is exempt.
 */
export function hreflangProblems(entries: SitemapEntry[]): string[] {
  const byLoc = new Map(entries.map((e) => [e.loc, e]));
  const problems: string[] = [];
  for (const e of entries) {
    const selfLangs = e.alternates
      .filter((a) => a.href === e.loc && a.hreflang !== 'x-default')
      .map((a) => a.hreflang);
    for (const a of e.alternates) {
      if (a.hreflang === 'x-default' || a.href === e.loc) continue;
      const other = byLoc.get(a.href);
      if (!other) {
        problems.push(`${e.loc} names ${a.href} (${a.hreflang}), which is not in the sitemap`);
        continue;
      }
      const back = other.alternates.some(
        (b) => b.href === e.loc && (selfLangs.length === 0 || selfLangs.includes(b.hreflang)),
      );
      if (!back) problems.push(`${a.href} does not name ${e.loc} back as an alternate`);
    }
  }
  return problems;
}

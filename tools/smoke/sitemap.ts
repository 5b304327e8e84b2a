import type { SitemapEntry } from '../../src/publish/sitemap.ts';
import { childrenNamed, childText, parseXml } from '../xml-check.ts';

/**
 * Reads a sitemap back (for the smoke check and tests): each `<url>`'s loc and alternates. Throws
 * when the sitemap is not well-formed XML.
 */
export function parseSitemap(xml: string): SitemapEntry[] {
  return childrenNamed(parseXml(xml), 'url').map((url) => ({
    loc: childText(url, 'loc') ?? '',
    alternates: childrenNamed(url, 'xhtml:link').map((l) => ({
      hreflang: l.attributes['hreflang'] ?? '',
      href: l.attributes['href'] ?? '',
    })),
  }));
}

/**
 * robots.txt: the whole site may be crawled, and the sitemap is named by its absolute URL.
 *
 * Crawlers read robots.txt only at the root of a host. Under a base path (`/reviews/`) this file
 * lands at `/reviews/robots.txt`, where no crawler looks: the host's own robots.txt should then
 * carry the `Sitemap:` line (README, "Publishing").
 */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

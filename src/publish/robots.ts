import { PREVIEW_NOTE } from './sitemap.ts';

/**
 * robots.txt: the whole site may be crawled, and the sitemap is named by its absolute URL. A
 * preview build (no public address set) disallows everything instead, and says why.
 *
 * Crawlers read robots.txt only at the root of a host. Under a base path (`/reviews/`) this file
 * lands at `/reviews/robots.txt`, where no crawler looks: the host's own robots.txt should then
 * carry the `Sitemap:` line (README, "Publishing").
 */
export function robotsTxt(sitemapUrl: string, { preview = false } = {}): string {
  const rules = preview
    ? [`# ${PREVIEW_NOTE}`, 'User-agent: *', 'Disallow: /']
    : ['User-agent: *', 'Allow: /'];
  return [...rules, '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

/** True when a robots.txt disallows the whole site to every crawler (a preview build's). */
export function disallowsAll(text: string): boolean {
  return /^user-agent:\s*\*\s*$(?:\r?\n(?!user-agent)[^\n]*)*?\r?\n\s*disallow:\s*\/\s*$/im.test(text);
}

import { DEFAULT_SITE_URL } from './site.ts';

/**
 * URL helpers. Paths inside the site are written without the base ("en/2024/"); these join them
 * to the base path (`BASE_PATH`) and the site origin (`SITE_URL`), so every link works when the
 * site is published in a sub-folder.
 */

/** `joinBase('/reviews/', 'en/2024/')` → `/reviews/en/2024/` */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** An absolute URL for canonical, hreflang and Open Graph: `absoluteUrl('https://x.org', '/reviews/en/')`. */
export function absoluteUrl(site: string | URL, pathWithBase: string): string {
  return new URL(pathWithBase, site).href;
}

/**
 * The absolute URL of a path inside the site (written without the base), for canonical, hreflang,
 * Open Graph, feeds and robots.txt: `siteUrl(Astro.site, import.meta.env.BASE_URL, 'en/2024/')`.
 * `site` is Astro's (`Astro.site`, an endpoint's `site`); astro.config.mjs always sets it from
 * `siteConfig()`, and where it is missing this falls back to the same default.
 */
export function siteUrl(site: string | URL | undefined, base: string, path: string): string {
  return absoluteUrl(site ?? DEFAULT_SITE_URL, joinBase(base, path));
}

export const reviewPath = (segment: string, year: number | string): string => `${segment}/${year}/`;
export const archivePath = (segment: string): string => `${segment}/`;

/**
 * The edition and year of a page, from its URL (`/reviews/en/2024/` with base `/reviews/`).
 * Components inside MDX (charts) learn where they are rendered this way, not from props.
 */
export function pageOf(url: URL, base: string): { segment: string; year: number } {
  const rest = url.pathname.slice(joinBase(base, '').length);
  const [segment = '', year = ''] = rest.split('/');
  if (!/^\d{4}$/.test(year)) throw new Error(`${url.pathname} is not a review page (/{edition}/{year}/)`);
  return { segment, year: Number(year) };
}

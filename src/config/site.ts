/** The site's address when `SITE_URL` is unset: the local preview (`npm run preview`). */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/**
 * Where the site is published, from the environment at build time:
 * - `SITE_URL` — the origin (and path) readers reach, for canonical and hreflang URLs.
 *   Default `DEFAULT_SITE_URL`, the local preview.
 * - `BASE_PATH` — the folder the site lives in on that host, e.g. `/reviews/`. Default `/`.
 */
export function siteConfig(env: Record<string, string | undefined> = process.env): {
  site: string;
  base: string;
} {
  // An empty variable counts as unset (CI systems often export empty strings).
  const site = (env['SITE_URL'] || DEFAULT_SITE_URL).replace(/\/+$/, '');
  let base = env['BASE_PATH'] || '/';
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`SITE_URL "${site}" is not an absolute URL; set it like https://example.org`);
  }
  // It is written into every canonical link, feed and sitemap: a web address and nothing else.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      `SITE_URL "${site}" must start with https:// (or http://); set it like https://example.org`,
    );
  }
  if (url.username || url.password || url.search || url.hash || /[?#]/.test(site)) {
    throw new Error(
      `SITE_URL "${site}" must be a plain address, with no user name, ?query or #fragment; set it like https://example.org`,
    );
  }
  // Plain path segments only: letters, digits and - . _ ~ (no //host, no .., no % or \).
  const segments = base.split('/').slice(1, -1);
  if (segments.some((seg) => !/^[A-Za-z0-9._~-]+$/.test(seg) || seg === '.' || seg === '..')) {
    throw new Error(
      `BASE_PATH "${env['BASE_PATH'] ?? ''}" must be plain folder names separated by /, like /reviews/ (letters, digits, - . _ ~; no //, .., spaces or %)`,
    );
  }
  return { site, base };
}

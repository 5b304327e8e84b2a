/**
 * Where the site is published, from the environment at build time:
 * - `SITE_URL` — the origin (and path) readers reach, for canonical and hreflang URLs.
 *   Default `http://127.0.0.1:4321`, the local preview.
 * - `BASE_PATH` — the folder the site lives in on that host, e.g. `/reviews/`. Default `/`.
 */
export function siteConfig(env: Record<string, string | undefined> = process.env): {
  site: string;
  base: string;
} {
  // An empty variable counts as unset (CI systems often export empty strings).
  const site = (env['SITE_URL'] || 'http://127.0.0.1:4321').replace(/\/+$/, '');
  let base = env['BASE_PATH'] || '/';
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL "${site}" is not an absolute URL; set it like https://example.org`);
  }
  return { site, base };
}

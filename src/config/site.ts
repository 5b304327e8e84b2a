/** The site's address when none is set: the local preview (`npm run preview`). */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** The public address as the content folder sets it (`content/site.yml`, read by site-file.ts). */
export interface SiteFile {
  address?: string | undefined;
  basePath?: string | undefined;
}

/** Where the site is published, and whether the build is only a preview. */
export interface SiteConfig {
  /** The origin readers reach (no path, no trailing slash), for canonical and hreflang URLs. */
  site: string;
  /** The folder the site lives in on that host, `/` or like `/reviews/`. */
  base: string;
  /** A build for a local address: noindex everywhere, robots.txt disallows all, smoke refuses it. */
  preview: boolean;
}

/**
 * True for an address only this machine reaches (loopback, `localhost`): a build for it is a
 * preview, never a publication.
 */
export function isLocalAddress(address: string | URL): boolean {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase();
  } catch {
    return false;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '[::1]' ||
    host === '0.0.0.0'
  );
}

/** `/reviews` → `/reviews/`; '' → undefined. */
function folder(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let base = value.startsWith('/') ? value : `/${value}`;
  if (!base.endsWith('/')) base = `${base}/`;
  return base;
}

/** The address checked to be a plain http(s) URL; `name` says where it came from in messages. */
function parseAddress(site: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`${name} "${site}" is not an absolute URL; set it like https://example.org`);
  }
  // It is written into every canonical link, feed and sitemap: a web address and nothing else.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      `${name} "${site}" must start with https:// (or http://); set it like https://example.org`,
    );
  }
  if (url.username || url.password || url.search || url.hash || /[?#]/.test(site)) {
    throw new Error(
      `${name} "${site}" must be a plain address, with no user name, ?query or #fragment; set it like https://example.org`,
    );
  }
  return url;
}

/**
 * Where the site is published, at build time. The address and base path are set once with the
 * content (`content/site.yml`: `address`, `basePath`); the environment overrides them:
 * - `SITE_URL` — the address readers reach. A path in it (`https://x.org/reviews/`) is the base
 *   path; a `BASE_PATH` (or `basePath`) that says otherwise is refused, never silently dropped.
 * - `BASE_PATH` — the folder the site lives in on that host, e.g. `/reviews/`. Default `/`.
 * With no address at all the build is for the local preview (`DEFAULT_SITE_URL`), and so is any
 * build for a local address: `preview` is then true.
 */
export function siteConfig(
  env: Record<string, string | undefined> = process.env,
  file: SiteFile = {},
): SiteConfig {
  // An empty variable counts as unset (CI systems often export empty strings).
  const fromEnv = Boolean(env['SITE_URL']);
  const name = fromEnv ? 'SITE_URL' : 'content/site.yml address';
  const raw = (env['SITE_URL'] || file.address || DEFAULT_SITE_URL).trim();
  const url = parseAddress(raw, name);
  const given = env['BASE_PATH']
    ? { base: folder(env['BASE_PATH']), from: 'BASE_PATH' }
    : { base: folder(file.basePath), from: 'content/site.yml basePath' };
  const addressPath =
    url.pathname.replace(/\/+$/, '') === '' ? undefined : folder(url.pathname.replace(/\/+$/, ''));
  if (addressPath && given.base && given.base !== addressPath) {
    throw new Error(
      `${name} "${raw}" has the path ${addressPath}, but ${given.from} says ${given.base}: ` +
        `give the folder once (the address without a path and the base path, or the address with it), or make them agree.`,
    );
  }
  const base = addressPath ?? given.base ?? '/';
  // Plain path segments only: letters, digits and - . _ ~ (no //host, no .., no % or \).
  const segments = base.split('/').slice(1, -1);
  if (segments.some((seg) => !/^[A-Za-z0-9._~-]+$/.test(seg) || seg === '.' || seg === '..')) {
    const source = addressPath
      ? `${name} "${raw}"`
      : `${given.from} "${env['BASE_PATH'] || file.basePath || ''}"`;
    throw new Error(
      `${source} must be plain folder names separated by /, like /reviews/ (letters, digits, - . _ ~; no //, .., spaces or %)`,
    );
  }
  return { site: url.origin, base, preview: isLocalAddress(url) };
}

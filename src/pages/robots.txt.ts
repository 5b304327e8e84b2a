import type { APIRoute } from 'astro';
import { DEFAULT_SITE_URL, isLocalAddress } from '../config/site.ts';
import { robotsTxt } from '../publish/robots.ts';
import { siteUrl } from '../config/urls.ts';

/**
 * /robots.txt: everything may be crawled; the sitemap (written after the build) is named. A
 * preview build (a local address: none set in content/site.yml or SITE_URL) disallows all.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(
    robotsTxt(siteUrl(site, import.meta.env.BASE_URL, 'sitemap.xml'), {
      preview: isLocalAddress(site ?? DEFAULT_SITE_URL),
    }),
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );

import type { APIRoute } from 'astro';
import { robotsTxt } from '../publish/robots.ts';
import { siteUrl } from '../utils/urls.ts';

/** /robots.txt: everything may be crawled; the sitemap (written after the build) is named. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    robotsTxt(siteUrl(site, import.meta.env.BASE_URL, 'sitemap.xml')),
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );

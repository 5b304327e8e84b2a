import type { APIRoute } from 'astro';
import { locales, type LocaleSegment } from '../../../config/locales.ts';
import { searchConfig } from '../../../search/page-config.ts';

/** /{edition}/search/config.json: the search UI's config, for the header's in-place search. */
export function getStaticPaths() {
  return locales.map((l) => ({ params: { locale: l.segment } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { config } = await searchConfig(params['locale'] as LocaleSegment);
  return new Response(JSON.stringify(config), { headers: { 'Content-Type': 'application/json' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { getReviews } from '../../../../../reviews/collections.ts';
import { maybeFigures } from '../../../../../stats/data.ts';
import { figureCards } from '../../../../../publish/figure-cards.ts';
import { cardPng, type FigureCardText } from '../../../../../publish/share-card.ts';

/**
 * /{edition}/{year}/figures/{id}/card.png: a figure page's link-preview image in that edition
 * (1200×630), at figureCardPath (src/stats/figure-pages.ts).
 */
export const getStaticPaths = (async () => {
  const reviews = await Promise.all(
    (await getReviews()).map(async ({ year, meta }) => {
      const stats = await maybeFigures(year);
      return { year, meta, ...(stats ? { stats } : {}) };
    }),
  );
  return figureCards(reviews).map(({ segment, year, page, card }) => ({
    params: { locale: segment, year: String(year), id: page.id },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: FigureCardText }> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.card)), { headers: { 'content-type': 'image/png' } });

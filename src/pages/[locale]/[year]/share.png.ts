import type { APIRoute, GetStaticPaths } from 'astro';
import { dictionaries } from '../../../i18n/index.ts';
import { getReviews } from '../../../reviews/collections.ts';
import { reviewCards } from '../../../publish/cards.ts';
import { cardPng, type CardText } from '../../../publish/share-card.ts';

/** /{edition}/{year}/share.png: the review's link-preview image in that edition (1200×630). */
export const getStaticPaths = (async () => {
  const cards = reviewCards(await getReviews(), dictionaries);
  return cards.map(({ segment, year, card }) => ({
    params: { locale: segment, year: String(year) },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardText }> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.card)), { headers: { 'content-type': 'image/png' } });

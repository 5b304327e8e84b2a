import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocale, locales, type LocaleSegment } from '../../config/locales.ts';
import { useTranslations } from '../../i18n/index.ts';
import { getReviews } from '../../reviews/collections.ts';
import { pick } from '../../reviews/localize.ts';
import { rssXml } from '../../publish/rss.ts';
import { archivePath, reviewPath, siteUrl } from '../../config/urls.ts';

/** /{edition}/rss.xml: RSS 2.0, one item per review that this edition has, newest first. */
export const getStaticPaths = (() =>
  locales.map((l) => ({ params: { locale: l.segment } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const segment = params['locale'] as LocaleSegment;
  const t = useTranslations(segment);
  const base = import.meta.env.BASE_URL;
  const abs = (p: string) => siteUrl(site, base, p);
  const reviews = await getReviews(segment);
  const xml = rssXml({
    title: t('archive.title'),
    link: abs(archivePath(segment)),
    self: abs(`${segment}/rss.xml`),
    description: t('archive.intro'),
    language: getLocale(segment).lang,
    built: new Date(),
    items: reviews.map((r) => ({
      title: pick(r.meta.title, segment),
      link: abs(reviewPath(segment, r.year)),
      description: pick(r.meta.description, segment),
      published: r.meta.published,
      authors: r.meta.byline.map((b) => pick(b.name, segment)),
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};

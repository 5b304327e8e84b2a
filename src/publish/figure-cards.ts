import { reviewEditions } from '../config/editions.ts';
import { getLocale, type LocaleSegment } from '../config/locales.ts';
import { dictionaries, useTranslations } from '../i18n/index.ts';
import { pick } from '../reviews/localize.ts';
import type { ReviewMeta } from '../reviews/schema.ts';
import { figureCardPath, figurePages, type FigurePage } from '../stats/figure-pages.ts';
import { formatStat } from '../stats/format.ts';
import { openUnitNote, ownedLabel } from '../stats/display.ts';
import type { StatRecord, StatsFile } from '../stats/schema.ts';
import { cardEyebrow, type FigureCardText } from './share-card.ts';

/**
 * The share card of every figure page (src/stats/figure-pages.ts) in every edition: the words,
 * taken from stats.yml exactly as the review prints them (src/stats/format.ts, display.ts). The
 * build (card.png endpoint), the content check's font coverage and the font subset script
 * (`npm run font:subset`) all call this, so the subset holds what is drawn.
 */

/** A figure as the review shows it, in the words of the block it stands in. */
function shownFigure(
  stat: StatRecord,
  segment: LocaleSegment,
  year: number,
  inList: boolean,
): FigureCardText['figures'][number] {
  const label = ownedLabel(stat, segment);
  const note = openUnitNote(stat, segment);
  // A change listed on its own (headline strip, "by the numbers") says what it is a change of and
  // when, as the review does; a drawn chart of changes says so in its title.
  const t = useTranslations(segment);
  const shownLabel = inList && stat.kind === 'change' ? t('headline.change', { label, year }) : label;
  return { id: stat.id, value: formatStat(stat, segment).text, label: shownLabel, ...(note ? { note } : {}) };
}

/** The words of one figure page's card in one edition. */
export function figureCardText(
  segment: LocaleSegment,
  review: { year: number; meta: ReviewMeta; stats: StatsFile },
  page: FigurePage,
): FigureCardText {
  const { year, meta, stats } = review;
  const t = useTranslations(segment);
  const numbers = (page.chart.form ?? 'numbers') === 'numbers';
  const chartStats = page.kind === 'headline' ? [page.stat] : page.chart.stats.map((id) => statOf(stats, id));
  const title =
    page.kind === 'headline'
      ? undefined
      : numbers
        ? t('chart.numbers')
        : page.chart.title && pick(page.chart.title, segment);
  return {
    segment,
    eyebrow: cardEyebrow(segment, dictionaries[segment]),
    ...(title ? { title } : {}),
    figures: chartStats.map((s) => shownFigure(s, segment, year, numbers || page.kind === 'headline')),
    review: pick(meta.title, segment),
    edition: getLocale(segment).name,
  };
}

function statOf(stats: StatsFile, id: string): StatRecord {
  const found = stats.stats.find((s) => s.id === id);
  if (!found) throw new Error(`stats.yml names figure "${id}" in a chart but has no record of it.`);
  return found;
}

/** Every figure card of every review, in every edition it has. */
export function figureCards(
  reviews: { year: number; meta: ReviewMeta; stats?: StatsFile }[],
): { year: number; segment: LocaleSegment; page: FigurePage; card: FigureCardText }[] {
  return reviews.flatMap(({ year, meta, stats }) =>
    stats
      ? reviewEditions(meta).flatMap((segment) =>
          figurePages(stats).map((page) => ({
            year,
            segment,
            page,
            card: figureCardText(segment, { year, meta, stats }, page),
          })),
        )
      : [],
  );
}

/** The card's text as one line, for its `alt` (og:image:alt, twitter:image:alt). */
export function figureCardAlt(card: FigureCardText): string {
  const en = card.segment === 'en';
  const figures = card.figures.map((f) => `${f.label}${en ? ': ' : '：'}${f.value}`);
  return [card.title, ...figures].filter(Boolean).join(en ? '; ' : '；');
}

/**
 * What a figure page passes to Base's `image` prop (its link previews: Open Graph, Twitter,
 * itemprop for WeChat / QQ): the card's path (without the base) and its text.
 */
export function figureCardShare(
  segment: LocaleSegment,
  review: { year: number; meta: ReviewMeta; stats: StatsFile },
  page: FigurePage,
): { path: string; alt: string } {
  return {
    path: figureCardPath(segment, review.year, page.id),
    alt: figureCardAlt(figureCardText(segment, review, page)),
  };
}

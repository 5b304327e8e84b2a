import type { LocaleSegment } from '../config/locales.ts';
import { useTranslations } from '../i18n/index.ts';
import { pick } from '../reviews/localize.ts';
import type { ChartData } from './data.ts';
import { ownedLabel, ownerOf } from './display.ts';
import type { FigurePage } from './figure-pages.ts';
import { formatStat } from './format.ts';

/**
 * The words a figure page and its embed (issue 25) say about a figure, all from stats.yml and the
 * UI strings, none of our own: its title, the figures it shows, and whose they are.
 */

/** The figures a figure page shows: a chart's, or the one headline figure (with its source). */
export function figureStats(figure: FigurePage, data: ChartData): ChartData['stats'] {
  return figure.kind === 'chart' ? data.stats : data.stats.filter((s) => s.id === figure.id);
}

/**
 * A headline figure's label as the headline strip writes it: a change says what it is a change of
 * and when (刑事案件发案数（市公安局）：2024年变化).
 */
export function headlineLabel(
  stat: ChartData['stats'][number],
  edition: LocaleSegment,
  year: number,
): string {
  const label = ownedLabel(stat, edition);
  return stat.kind === 'change' ? useTranslations(edition)('headline.change', { label, year }) : label;
}

/**
 * The page's title: a drawn chart's own title; a numbers block's "By the numbers" with its
 * section's name; a headline figure's value and label.
 */
export function figureTitle(
  figure: FigurePage,
  data: ChartData,
  edition: LocaleSegment,
  year: number,
): string {
  const t = useTranslations(edition);
  if (figure.kind === 'headline') {
    const stat = figureStats(figure, data)[0];
    if (!stat) throw new Error(`figure page ${figure.id}: the headline figure is not in its chart`);
    return `${formatStat(stat, edition).text} ${headlineLabel(stat, edition, year)}`;
  }
  if (figure.chart.title) return pick(figure.chart.title, edition);
  const section = data.sources[0]?.sectionName;
  return section ? `${t('chart.numbers')} · ${section}` : t('chart.numbers');
}

/** Whose figures they are (stats.yml `owner`), each once, in order: 市公安局、全市. */
export function figureOwners(stats: ChartData['stats'], edition: LocaleSegment): string[] {
  return [...new Set(stats.flatMap((s) => ownerOf(s, edition) ?? []))];
}

/** The owners as one phrase in the edition's list punctuation. */
export const ownersText = (owners: string[], edition: LocaleSegment): string =>
  owners.join(edition === 'en' ? '; ' : '、');

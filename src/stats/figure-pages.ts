import type { ChartRecord, StatRecord, StatsFile } from './schema.ts';

/**
 * Which figures travel on their own (issue 25): every chart and figure block of a year (stats.yml
 * `charts`, drawn or `numbers`) and every headline figure (`headline: true`) gets a page, an embed
 * and a share card, in every edition of the year. One list, read by the pages, the cards, the share
 * actions on the review, the sitemap, search and the smoke check, so none can miss a figure.
 *
 * Ids are stats.yml's own: a chart by its chart id, a headline figure by its stat id (the content
 * check keeps the two apart: see `figurePageIdClashes`).
 */
export type FigurePage =
  | { kind: 'chart'; id: string; chart: ChartRecord }
  | { kind: 'headline'; id: string; stat: StatRecord; chart: ChartRecord };

export function figurePages(data: StatsFile | undefined): FigurePage[] {
  if (!data) return [];
  const charts: FigurePage[] = data.charts.map((chart) => ({ kind: 'chart', id: chart.id, chart }));
  const headlines: FigurePage[] = data.stats.flatMap((stat) => {
    const chart = data.charts.find((c) => c.stats.includes(stat.id));
    return stat.headline && chart ? [{ kind: 'headline' as const, id: stat.id, stat, chart }] : [];
  });
  return [...charts, ...headlines];
}

/** Ids used by both a chart and a headline figure: two pages cannot share one address. */
export function figurePageIdClashes(data: StatsFile): string[] {
  const charts = new Set(data.charts.map((c) => c.id));
  return data.stats.filter((s) => s.headline && charts.has(s.id)).map((s) => s.id);
}

/** `figurePath('en', 2024, 'honours')` → `en/2024/figures/honours/` (without the base). */
export const figurePath = (segment: string, year: number | string, id: string): string =>
  `${segment}/${year}/figures/${id}/`;

/** The chrome-less page other sites may frame. */
export const figureEmbedPath = (segment: string, year: number | string, id: string): string =>
  `${figurePath(segment, year, id)}embed/`;

/** The figure page's link-preview image (1200×630 PNG). */
export const figureCardPath = (segment: string, year: number | string, id: string): string =>
  `${figurePath(segment, year, id)}card.png`;

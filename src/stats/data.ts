import { getCollection, getEntry } from 'astro:content';
import type { LocaleSegment } from '../config/locales.ts';
import { modelOfEntry } from '../reviews/model-store.ts';
import type { ChartRecord, StatRecord, StatsFile } from './schema.ts';
import { sourceOf, type Source, type SourceSection } from './sources.ts';
import { figurePages, type FigurePage } from './figure-pages.ts';

/**
 * Figures for rendering (build time, while pages render), read through Astro's content layer:
 * the `stats` collection (src/content.config.ts) and the sections' MDX. The content check has
 * already passed when pages render (src/integrations/content-check.ts); nothing here runs it again.
 */

export type { Source };

export interface ChartData {
  chart: ChartRecord;
  /** The figures, each with the sentence that states it. */
  stats: (StatRecord & { source: Source | undefined })[];
  /** The paragraphs the figures come from, in order, without repeats. */
  sources: Source[];
}

async function figures(year: number): Promise<StatsFile> {
  const entry = await getEntry('stats', `${year}/stats`);
  if (!entry) throw new Error(`content/reviews/${year}/stats.yml is missing`);
  return entry.data;
}

/** Sections already looked up, by `year/edition/id`: every chart of every page asks for its sources' sections. */
const split = new Map<string, Promise<SourceSection | undefined>>();

/** A section's paragraphs as its model has them (the content check's, src/reviews/model-store.ts), and its nav label. */
function section(year: number, edition: LocaleSegment, id: string): Promise<SourceSection | undefined> {
  const key = `${year}/${edition}/${id}`;
  let found = split.get(key);
  if (!found) {
    found = (async () => {
      const entry = await getEntry('sections', key);
      return entry
        ? {
            paragraphs: modelOfEntry(entry).paragraphs,
            nav: entry.data.nav,
            kicker: Boolean(entry.data.kicker),
          }
        : undefined;
    })();
    split.set(key, found);
  }
  return found;
}

export async function chartData(year: number, id: string, edition: LocaleSegment): Promise<ChartData> {
  const data = await figures(year);
  const chart = data.charts.find((c) => c.id === id);
  if (!chart) throw new Error(`chart "${id}" is not in content/reviews/${year}/stats.yml`);
  const stats = await Promise.all(
    chart.stats.map(async (sid) => {
      const s = data.stats.find((x) => x.id === sid);
      if (!s) throw new Error(`stat "${sid}" is not in content/reviews/${year}/stats.yml`);
      const zh = await section(year, 'zh-hans', s.section);
      const shown = edition === 'zh-hans' ? zh : await section(year, edition, s.section);
      return { ...s, source: sourceOf(s, zh, shown, edition) };
    }),
  );
  const sources: Source[] = [];
  for (const { source } of stats) {
    if (source && !sources.some((x) => x.anchor === source.anchor)) sources.push(source);
  }
  return { chart, stats, sources };
}

/** The year's stats.yml, or undefined for a year without one (looked up without a warning). */
export async function maybeFigures(year: number): Promise<StatsFile | undefined> {
  // Looked up in the collection, not with getEntry, which warns about every entry it does not find.
  return (await getCollection('stats')).find((e) => e.id === `${year}/stats`)?.data;
}

/** Whether the year draws a chart (anything but a numbers block): only then is there motion to switch. */
export async function hasDrawnChart(year: number): Promise<boolean> {
  return ((await maybeFigures(year))?.charts ?? []).some((c) => (c.form ?? 'numbers') !== 'numbers');
}

/**
 * The figures marked for the headline strip, each with the id of the element that shows it: a
 * drawn chart (`chart-…`) or its entry in a numbers block (`stat-…`).
 */
export async function headlines(year: number): Promise<{ stat: StatRecord; target: string }[]> {
  // A year may have no stats.yml (no figures drawn).
  const data = await maybeFigures(year);
  return (data?.stats ?? [])
    .filter((s) => s.headline)
    .map((stat) => {
      const chart = data?.charts.find((c) => c.stats.includes(stat.id));
      return { stat, target: chart?.form === 'numbers' ? `stat-${stat.id}` : `chart-${chart?.id ?? ''}` };
    });
}

/** The year's figures that travel (src/stats/figure-pages.ts): none for a year without stats.yml. */
export async function yearFigurePages(year: number): Promise<FigurePage[]> {
  return figurePages(await maybeFigures(year));
}

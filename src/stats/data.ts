import { checkContent, type LoadedReview } from '../reviews/load.ts';
import { missingInEnglish } from '../content-check/numbers.ts';
import type { ChartRecord, StatRecord } from './schema.ts';

/**
 * Figures for rendering, read once per build (the content check has already passed when pages
 * render, so this only looks things up).
 */
let reviews: LoadedReview[] | undefined;
function review(year: number): LoadedReview {
  reviews ??= checkContent().reviews;
  const r = reviews.find((x) => x.year === year);
  if (!r) throw new Error(`no review for ${year}`);
  return r;
}

export interface Source {
  /** The sentence that states the figure, in the edition's text. */
  sentence: string;
  /** The paragraph anchor on the page: `political-leadership-3`. */
  anchor: string;
  /** The section and the paragraph's 1-based number in it ("Source: paragraph 3"). */
  section: string;
  paragraph: number;
  /** The section's short name (its nav label), for a source in another section. */
  sectionName: string;
}

export interface ChartData {
  chart: ChartRecord;
  /** The figures, each with the sentence that states it. */
  stats: (StatRecord & { source: Source | undefined })[];
  /** The paragraphs the figures come from, in order, without repeats. */
  sources: Source[];
}

const sentences = (text: string, en: boolean) =>
  text.split(en ? /(?<=[.;])\s+(?=[A-Z“])/ : /(?<=[。；！？])/).map((s) => s.trim()).filter(Boolean);

function sourceOf(r: LoadedReview, s: StatRecord, edition: 'zh-hans' | 'en'): Source | undefined {
  const zh = r.editions['zh-hans']?.find((x) => x.id === s.section);
  const index = zh?.paragraphs.findIndex((p) => p.text.includes(s.quote)) ?? -1;
  if (!zh || index < 0) return undefined;
  const zhText = zh.paragraphs[index]?.text ?? '';
  let sentence = sentences(zhText, false).find((x) => x.includes(s.quote)) ?? zhText;
  const section = r.editions[edition]?.find((x) => x.id === s.section);
  if (edition === 'en') {
    const enText = section?.paragraphs[index]?.text ?? '';
    const plain = enText.replace(/<\/?[A-Za-z][^>]*>/g, '');
    // The English sentence that states the same figure (the check guarantees one does).
    sentence = sentences(plain, true).find((x) => missingInEnglish(s.quote, x).length === 0) ?? plain;
  }
  return {
    sentence,
    anchor: `${s.section}-${index + 1}`,
    section: s.section,
    paragraph: index + 1,
    sectionName: section?.frontmatter.nav ?? s.section,
  };
}

export function chartData(year: number, id: string, edition: 'zh-hans' | 'en'): ChartData {
  const r = review(year);
  const chart = r.stats?.charts.find((c) => c.id === id);
  if (!chart) throw new Error(`chart "${id}" is not in content/reviews/${year}/stats.yml`);
  const stats = chart.stats.map((sid) => {
    const s = r.stats?.stats.find((x) => x.id === sid);
    if (!s) throw new Error(`stat "${sid}" is not in content/reviews/${year}/stats.yml`);
    return { ...s, source: sourceOf(r, s, edition) };
  });
  const sources: Source[] = [];
  for (const { source } of stats) {
    if (source && !sources.some((x) => x.anchor === source.anchor)) sources.push(source);
  }
  return { chart, stats, sources };
}

/**
 * The figures marked for the headline strip, each with the id of the element that shows it: a
 * drawn chart (`chart-…`) or its entry in a numbers block (`stat-…`).
 */
export function headlines(year: number): { stat: StatRecord; target: string }[] {
  const r = review(year);
  return (r.stats?.stats ?? [])
    .filter((s) => s.headline)
    .map((stat) => {
      const chart = r.stats?.charts.find((c) => c.stats.includes(stat.id));
      return { stat, target: chart?.form === 'numbers' ? `stat-${stat.id}` : `chart-${chart?.id ?? ''}` };
    });
}

import { chartRecord, notCharted, statRecord, type StatsFile } from './schema.ts';
import { compareEntry } from './compare-entry.ts';
import { isPlaceholder } from '../content-files/placeholder.ts';

/**
 * A stats.yml that failed its schema (a TODO not yet written, a field mistyped), cut down to the
 * entries that pass, so every rule still runs over them in the same check: an editor sees every
 * problem of the file in one run, not the rules' problems only once the last TODO is gone.
 *
 * Lines stay true: `lineOf` maps an entry's place in the cut-down lists back to its place in the
 * file. Problems naming a figure left out, or a chart that shows one, wait for the next run (the
 * caller drops them): they cannot be judged before the figure is written. The quotes of entries left out still account for their numbers (as hidden not_charted
 * entries, at line HIDDEN, whose own problems the caller drops), so a figure whose id is still
 * TODO is not also reported as a number nobody accounted for.
 */
export const HIDDEN = -1;

type LineOf = (keyPath: (string | number)[]) => number | undefined;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function partialStats(
  raw: unknown,
  lineOf: LineOf,
  sections: readonly string[],
): { stats: StatsFile; lineOf: LineOf; unsure: Set<string> } | undefined {
  if (!isRecord(raw)) return undefined;
  const places: Record<string, number[]> = {};
  const repaired = new Set<string>();
  const keep = <T>(
    key: string,
    schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
  ): { kept: T[]; dropped: unknown[] } => {
    const list = Array.isArray(raw[key]) ? (raw[key] as unknown[]) : [];
    const kept: T[] = [];
    const dropped: unknown[] = [];
    places[key] = [];
    list.forEach((item, i) => {
      let parsed = schema.safeParse(item);
      if (!parsed.success && isRecord(item)) {
        // An optional field still TODO (a chart's form) is left out, so the entry is checked without it.
        const bare = Object.fromEntries(
          Object.entries(item).filter(([k, v]) => k === 'id' || !(typeof v === 'string' && isPlaceholder(v))),
        );
        parsed = schema.safeParse(bare);
        if (parsed.success && typeof item['id'] === 'string') repaired.add(item['id']);
      }
      if (parsed.success) {
        kept.push(parsed.data as T);
        places[key]?.push(i);
      } else dropped.push(item);
    });
    return { kept, dropped };
  };
  const stats = keep('stats', statRecord);
  const droppedIds = new Set(
    stats.dropped.flatMap((s) => (isRecord(s) && typeof s['id'] === 'string' ? [s['id']] : [])),
  );
  const charts = keep('charts', chartRecord);
  const droppedCharts = charts.dropped.flatMap((c) =>
    isRecord(c) && typeof c['id'] === 'string' ? [c['id']] : [],
  );
  const unsure = new Set([
    ...droppedIds,
    ...droppedCharts,
    ...repaired,
    ...charts.kept.filter((c) => c.stats.some((id) => droppedIds.has(id))).map((c) => c.id),
  ]);
  const notChartedList = keep('not_charted', notCharted);
  // Quotes of figures left out, in their section (or, with the section still unwritten, in each).
  const hidden = [...stats.dropped, ...notChartedList.dropped].flatMap((s) => {
    if (!isRecord(s) || typeof s['quote'] !== 'string' || s['quote'] === '') return [];
    const quote = s['quote'];
    const section =
      typeof s['section'] === 'string' && sections.includes(s['section']) ? [s['section']] : sections;
    return section.map((id) => ({ section: id, quote, reason: 'left out' }));
  });
  const file: StatsFile = {
    stats: stats.kept,
    charts: charts.kept,
    not_charted: [...notChartedList.kept, ...hidden],
    compare: keep('compare', compareEntry).kept,
  };
  const mapped: LineOf = (keyPath) => {
    const [key, index, ...rest] = keyPath;
    if (typeof key !== 'string' || typeof index !== 'number' || !places[key]) return lineOf(keyPath);
    const original = places[key]?.[index];
    return original === undefined ? HIDDEN : lineOf([key, original, ...rest]);
  };
  return { stats: file, lineOf: mapped, unsure };
}

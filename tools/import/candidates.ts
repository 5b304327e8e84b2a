import { findFigures, type Figures, type Piece } from './figures.ts';
import { prefill, type Archive, type Prefilled } from './prefill.ts';
import type { ChartOut, SectionOut } from './render.ts';

/**
 * Tool: the figure candidates of an imported year and their candidate charts: figures of the same
 * kind after the same paragraph of the same section share a chart, for the editor to keep, merge
 * or turn into a numbers block.
 */
export interface Candidates {
  figures: Figures;
  statIds: string[];
  /** Each figure's id and label as far as they could be derived (tools/import/prefill.ts). */
  prefilled: Prefilled[];
  charts: ChartOut[];
}

/** `archive`: zh-hans label → id, from the years already in the content folder. */
export function candidatesOf(sections: SectionOut[], archive?: Archive): Candidates {
  const figures = findFigures(
    sections.map((s) => ({
      id: s.id,
      pieces: [
        ...(s.part.title ? [{ where: 'title', text: s.part.title } as Piece] : []),
        ...(s.part.kicker ? [{ where: 'kicker', text: s.part.kicker } as Piece] : []),
        ...s.part.paragraphs.map((text, i) => ({ where: i, text }) as Piece),
      ],
    })),
  );
  const prefilled = prefill(figures.stats, archive);
  const statIds = prefilled.map((p) => p.id);
  const charts: ChartOut[] = [];
  figures.stats.forEach((f, i) => {
    const after = typeof f.where === 'number' ? f.where + 1 : 0;
    let chart = charts.find(
      (c) =>
        c.section === f.section &&
        c.after === after &&
        figures.stats[statIds.indexOf(c.stats[0] ?? '')]?.kind === f.kind,
    );
    if (!chart)
      charts.push((chart = { id: `TODO-chart-${charts.length + 1}`, section: f.section, after, stats: [] }));
    chart.stats.push(statIds[i] as string);
  });
  // One figure alone (not a range's two ends) compares nothing: it can only be listed.
  for (const chart of charts) {
    const only = chart.stats.length === 1 ? figures.stats[statIds.indexOf(chart.stats[0] ?? '')] : undefined;
    if (only && only.kind !== 'range')
      chart.listed = 'one figure, with no other of its unit and meaning beside it: listed, not drawn';
  }
  return { figures, statIds, prefilled, charts };
}

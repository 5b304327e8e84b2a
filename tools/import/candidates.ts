import { findFigures, type Figures, type Piece } from './figures.ts';
import type { ChartOut, SectionOut } from './render.ts';

/**
 * Tool: the figure candidates of an imported year and their candidate charts: figures of the same
 * kind after the same paragraph of the same section share a chart, for the editor to keep, merge
 * or turn into a numbers block.
 */
export interface Candidates {
  figures: Figures;
  statIds: string[];
  charts: ChartOut[];
}

export function candidatesOf(sections: SectionOut[]): Candidates {
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
  const statIds = figures.stats.map((_, i) => `TODO-figure-${i + 1}`);
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
  return { figures, statIds, charts };
}

import type { StatRecord } from '../../src/stats/schema.ts';

/** Tool: what the figure finder (figures.ts) hands to the year writer (render.ts). */

export interface Piece {
  /** 'title', 'kicker' or the paragraph's index in the section. */
  where: 'title' | 'kicker' | number;
  text: string;
}

export interface FigureCandidate {
  section: string;
  where: Piece['where'];
  value: number;
  low?: number;
  unit: StatRecord['unit'];
  kind: StatRecord['kind'];
  direction?: 'up' | 'down';
  qualifier?: NonNullable<StatRecord['qualifier']>;
  quote: string;
  /** Where the figure's first digit stands in its piece. */
  at: number;
  how: string;
  /** The quote could not be made unique in the section: the editor must lengthen it. */
  ambiguous?: boolean;
  /** The bodies the clause names before the figure: its owner is one of them (the check requires it). */
  bodies?: string[];
}

export interface NotChartedCandidate {
  section: string;
  where: Piece['where'];
  quote: string;
  /** A reason the tool is sure of (year, date), or undefined for the editor to give. */
  reason: string | undefined;
  how: string;
  ambiguous?: boolean;
}

export interface ChineseNumeral {
  section: string;
  where: Piece['where'];
  quote: string;
  what: string;
  /** A reason the words make plain (a rank, an ordinal, a session, an anniversary); else the editor's. */
  reason?: string;
  ambiguous?: boolean;
}

export interface Figures {
  stats: FigureCandidate[];
  notCharted: NotChartedCandidate[];
  chinese: ChineseNumeral[];
}

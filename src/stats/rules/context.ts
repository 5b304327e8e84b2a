import type { LocaleSegment, WrittenSegment } from '../../config/locales.ts';
import type { Problem } from '../../content-files/problems.ts';
import type { LoadedReview, SectionText } from '../../reviews/types.ts';
import { pieces, type Piece } from '../pieces.ts';
import type { StatsFile } from '../schema.ts';

/**
 * What every stats rule reads (content check, build time): the parsed stats.yml with its lines,
 * and the year's text as the reviews check read it. Rules are functions of this: no files, so a
 * test can give them data in memory.
 */
export interface StatsRuleContext {
  stats: StatsFile;
  /** stats.yml, relative to the project. */
  file: string;
  /** The line of a key path in stats.yml. */
  lineOf: (keyPath: (string | number)[]) => number | undefined;
  /** Section ids in reading order, from review.yml. */
  sections: string[];
  /** The year's sections per written edition. */
  editions: LoadedReview['editions'];
  /** The written editions review.yml declares (what text stats.yml must give). */
  written: readonly WrittenSegment[];
  sectionOf: (segment: LocaleSegment, id: string) => SectionText | undefined;
  /** A section's pieces (title, kicker, paragraphs), read once. */
  piecesOf: (section: SectionText) => Piece[];
}

export function ruleContext(
  stats: StatsFile,
  {
    file,
    lineOf,
    sections,
    editions,
    written = Object.keys(editions) as WrittenSegment[],
  }: Pick<StatsRuleContext, 'file' | 'lineOf' | 'sections' | 'editions'> & {
    written?: readonly WrittenSegment[];
  },
): StatsRuleContext {
  const cache = new Map<string, Piece[]>();
  return {
    stats,
    file,
    lineOf,
    sections,
    editions,
    written,
    sectionOf: (segment, id) => editions[segment]?.find((s) => s.id === id),
    piecesOf: (section) => {
      let found = cache.get(section.file);
      if (!found) cache.set(section.file, (found = pieces(section)));
      return found;
    },
  };
}

/** A problem in stats.yml (or, with `file`, in a section file). */
export const problem = (
  ctx: StatsRuleContext,
  line: number | undefined,
  message: string,
  fix: string,
  file = ctx.file,
): Problem => ({
  file,
  line,
  message,
  fix,
});

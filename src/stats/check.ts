import { relativeFile, type Problem } from '../content-files/problems.ts';
import { readYamlLocated } from '../content-files/yaml.ts';
import type { LoadedReview } from '../reviews/types.ts';
import { checkChartForms } from './rules/chart-form.ts';
import { chartProblems } from './rules/charts.ts';
import { checkChineseNumerals } from './rules/chinese-numerals.ts';
import { checkCompare } from './rules/compare.ts';
import { ruleContext, type StatsRuleContext } from './rules/context.ts';
import { coverageProblems } from './rules/coverage.ts';
import { idProblems } from './rules/ids.ts';
import { notChartedProblems } from './rules/not-charted.ts';
import { ownerProblems } from './rules/owner.ts';
import { placementProblems } from './rules/placement.ts';
import { shownFormProblems } from './rules/shown-form.ts';
import { statProblems } from './rules/stat-quote.ts';
import { statsFile as statsFileSchema, type StatsFile } from './schema.ts';
import { HIDDEN, partialStats } from './partial.ts';
import { editionTextProblems } from './rules/edition-text.ts';
import type { WrittenSegment } from '../config/locales.ts';

/**
 * Checks a year's `stats.yml` against that year's text (content check, build time), so that every
 * figure a chart draws is the figure the text states, in both written editions, and no number of
 * the Chinese text is left unaccounted for. Problems come back as file, line and fix; the content
 * check (src/content-check/load.ts) runs this for every year that has a stats.yml. Only reading the file
 * happens here; each rule is a function of the parsed data (src/stats/rules/).
 */

export interface StatsContext {
  /** Section ids in reading order, from review.yml. */
  sections: string[];
  /** The year's sections per written edition, as the reviews check read them. */
  editions: LoadedReview['editions'];
  /** The written editions review.yml declares. */
  written?: readonly WrittenSegment[];
}

export interface StatsCheck {
  /** The parsed file; undefined when it is not valid YAML or fails its schema. */
  stats: StatsFile | undefined;
  problems: Problem[];
}

export function checkStats(file: string, context: StatsContext): StatsCheck {
  const problems: Problem[] = [];
  const { data: stats, raw, lineOf } = readYamlLocated(file, statsFileSchema, problems, 'stats.yml');
  if (stats) {
    const ctx = ruleContext(stats, { file: relativeFile(file), lineOf, ...context });
    return { stats, problems: [...problems, ...statsProblems(ctx)] };
  }
  // Not yet valid: the rules still run over the entries that are, in the same run.
  const partial = partialStats(raw, lineOf, context.sections);
  if (!partial) return { stats: undefined, problems };
  const ctx = ruleContext(partial.stats, { file: relativeFile(file), lineOf: partial.lineOf, ...context });
  const unsure = [...partial.unsure].map((id) => `"${id}"`);
  const ruled = statsProblems(ctx).filter(
    (p) => p.line !== HIDDEN && !unsure.some((id) => p.message.includes(id)),
  );
  return { stats: undefined, problems: [...problems, ...ruled] };
}

/** Every rule over a parsed stats.yml and its year's text, in the order an editor reads them. */
export function statsProblems(ctx: StatsRuleContext): Problem[] {
  const { stats, file, lineOf } = ctx;
  // Chart forms and their integrity rules read the zh-hans text of a section as one string.
  const zhText = (id: string) => {
    const zh = ctx.sectionOf('zh-hans', id);
    return zh
      ? ctx
          .piecesOf(zh)
          .map((p) => p.text)
          .join('\n')
      : '';
  };
  return [
    ...idProblems(ctx),
    ...editionTextProblems(ctx),
    ...statProblems(ctx),
    ...shownFormProblems(ctx),
    ...ownerProblems(ctx),
    ...notChartedProblems(ctx),
    ...coverageProblems(ctx),
    ...chartProblems(ctx),
    ...placementProblems(ctx),
    ...checkChartForms(stats, { file, lineOf, textOf: zhText }),
    ...checkCompare({ ...stats, lineOf, file }),
    ...checkChineseNumerals({ sections: ctx.editions['zh-hans'] ?? [], stats, lineOf, file }),
  ];
}

import fs from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../config/paths.ts';
import { relativeFile as rel, type Problem } from '../content-files/problems.ts';
import { readYaml } from '../content-files/yaml.ts';
import { checkStats } from '../stats/check.ts';
import type { StatsFile } from '../stats/schema.ts';
import { symlinksOut } from '../reviews/limits.ts';
import { phraseTableProblems } from '../i18n/phrases.ts';
import { glossary as glossarySchema, type Glossary } from '../reviews/schema.ts';
import { isParserProblem } from '../reviews/section.ts';
import type { LoadedReview as ReadReview } from '../reviews/types.ts';
import { yearFolders } from '../reviews/year-folder.ts';
import { readYear } from '../reviews/year.ts';
import { cardProblems, figureCardProblems } from './card-coverage.ts';

/**
 * Reads and checks everything editors write under the content folder, and reports every problem at
 * once (file, line, fix) instead of stopping at the first. The build runs this once, before Astro
 * reads the same files (src/integrations/content-check.ts), so an editor sees these messages
 * rather than a stack trace. It composes the reviews' text (year.ts, section.ts,
 * compare-editions.ts) and the figures (src/stats/check.ts) over the shared machinery of
 * src/content-check/.
 */

export type { Paragraph, SectionText } from '../reviews/types.ts';

/** A year as the whole check read it: its text (src/reviews) and its figures (src/stats). */
export interface LoadedReview extends ReadReview {
  /** The year's figures as data (stats.yml), when the year has one and it parses. */
  stats?: StatsFile;
}

export interface ContentCheck {
  reviews: LoadedReview[];
  glossary: Glossary;
  problems: Problem[];
}
export { contentRoot };

export function checkContent(root = contentRoot()): ContentCheck {
  traceRun(root);
  const problems: Problem[] = [];
  const reviewsDir = path.join(root, 'reviews');
  // A link out of the content folder would have the build read (and publish) any file: report
  // them and read nothing else until they are gone.
  const links = symlinksOut(root);
  if (links.length > 0) return { reviews: [], glossary: {}, problems: links };
  const glossaryFile = path.join(root, 'glossary', 'en.yml');
  const glossary = readYaml(glossaryFile, glossarySchema, problems, 'the glossary of notes') ?? {};
  problems.push(...phraseTableProblems(root));
  const reviews: LoadedReview[] = [];

  if (!fs.existsSync(reviewsDir)) {
    problems.push({
      file: rel(reviewsDir),
      message: 'the reviews folder does not exist',
      fix: 'create it with one folder per year, e.g. content/reviews/2024/ (npm run new-review -- 2025 makes one).',
    });
    return { reviews, glossary, problems };
  }
  for (const { dir, year } of yearFolders(reviewsDir, problems)) {
    const review = checkYear(dir, year, glossary, problems);
    if (review) reviews.push(review);
  }
  reviews.sort((a, b) => b.year - a.year);
  // A line a more specific check explains (a chart tag in the wrong form, by the stats check) is
  // not reported a second time by the MDX safety check.
  const specific = new Set(problems.filter((p) => !isParserProblem(p)).map((p) => `${p.file}:${p.line}`));
  return {
    reviews,
    glossary,
    problems: problems.filter((p) => !isParserProblem(p) || !specific.has(`${p.file}:${p.line}`)),
  };
}

/** One year: its text, then its figures against that text, then its share images (review and figures). */
function checkYear(
  dir: string,
  year: number,
  glossary: Glossary,
  problems: Problem[],
): LoadedReview | undefined {
  const text = readYear(dir, year, glossary, problems);
  if (!text) return undefined;
  // Figures as data: stats.yml is optional; without it no stats check runs (src/stats/check.ts).
  const statsPath = path.join(dir, 'stats.yml');
  let stats: StatsFile | undefined;
  if (fs.existsSync(statsPath)) {
    const checked = checkStats(statsPath, {
      sections: text.sectionIds,
      editions: text.editions,
      written: text.written,
    });
    problems.push(...checked.problems);
    stats = checked.stats;
  }
  if (!text.meta) return undefined;
  problems.push(...cardProblems(text.meta, text.metaFile));
  if (stats) problems.push(...figureCardProblems({ year, meta: text.meta, stats }, statsPath));
  return {
    year,
    dir,
    meta: text.meta,
    written: text.written,
    editions: text.editions,
    ...(stats ? { stats } : {}),
  };
}

/**
 * With CONTENT_CHECK_TRACE set to a file, each run appends one line to it. A build loads this
 * module more than once (Astro's config and its page renderer are separate module graphs), so a
 * counter in memory would not see every run; the file does. tests/build/quiet.test.ts reads
 * it to show that a build runs the check exactly once.
 */
function traceRun(root: string) {
  const trace = process.env['CONTENT_CHECK_TRACE'];
  if (trace) fs.appendFileSync(trace, `checkContent ${root}\n`);
}

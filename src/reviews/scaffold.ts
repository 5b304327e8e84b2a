import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { writtenSegments } from '../config/locales.ts';
import { relativeFile } from '../content-files/problems.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { sectionId } from './schema.ts';
import { yearOutOfRange } from './limits.ts';

/**
 * `npm run new-review -- <year>`: makes `content/reviews/<year>/` for an editor to fill in. Every
 * value and paragraph still to write says `TODO` (the placeholder the content check reports as
 * "not yet written"), so a scaffolded year never builds by accident. The section layout is the
 * newest existing year's, since the annual article keeps its shape from year to year.
 */

/** The sections and the frontmatter fields each uses, when there is no earlier year to copy. */
const DEFAULT_LAYOUT: SectionLayout[] = [
  { id: 'lede', keys: ['nav', 'kicker'] },
  { id: 'political-leadership', keys: ['nav', 'title', 'kicker'] },
  { id: 'service-to-development', keys: ['nav', 'title', 'kicker'] },
  { id: 'team-building', keys: ['nav', 'title', 'kicker'] },
  { id: 'outlook', keys: ['nav'] },
];

type FrontmatterKey = 'nav' | 'title' | 'kicker';

interface SectionLayout {
  id: string;
  keys: FrontmatterKey[];
}

export interface Scaffold {
  /** The new year's folder. */
  dir: string;
  /** The year whose sections it copies, if any. */
  from: number | undefined;
  sections: string[];
  /** Every file written, in the order an editor reads them. */
  files: string[];
}

/** Why a scaffold was refused, in words for the person who ran the command. */
export class ScaffoldRefused extends Error {
  override name = 'ScaffoldRefused';
}

export const USAGE = 'usage: npm run new-review -- <year>   (for example: npm run new-review -- 2025)';

/**
 * Makes `<root>/reviews/<year>/` with review.yml, stats.yml and one MDX file per section in each
 * written edition. Refuses (ScaffoldRefused) a year that is not four digits and a year that
 * exists: it never overwrites an editor's work. The folder appears whole or not at all.
 */
export function scaffoldReview(root: string, yearArg: string): Scaffold {
  if (!/^\d{4}$/.test(yearArg)) {
    throw new ScaffoldRefused(
      `"${yearArg}" is not a year: give the year under review as four digits.\n${USAGE}`,
    );
  }
  const year = Number(yearArg);
  // The same range the content check enforces (src/reviews/limits.ts), so a scaffold always checks.
  const outOfRange = yearOutOfRange(year);
  if (outOfRange) throw new ScaffoldRefused(`${outOfRange}: give the year under review.\n${USAGE}`);
  const reviewsDir = path.join(root, 'reviews');
  const dir = path.join(reviewsDir, yearArg);
  if (fs.existsSync(dir)) {
    throw new ScaffoldRefused(
      `${relativeFile(dir)}/ already exists: new-review never overwrites a year. Edit its files, or give another year.`,
    );
  }
  const previous = newestLayout(reviewsDir, year);
  const layout = previous?.layout ?? DEFAULT_LAYOUT;
  const sections = layout.map((s) => s.id);

  const files: [string, string][] = [
    ['review.yml', reviewYml(year, sections, previous?.year)],
    ['stats.yml', statsYml(year)],
    ...writtenSegments.flatMap((segment) =>
      layout.map(
        (s) => [`${segment}/${s.id}.mdx`, sectionMdx(segment, s, previous?.year)] as [string, string],
      ),
    ),
  ];

  // Write into a hidden folder (the content check skips dot-folders), then rename it into place.
  fs.mkdirSync(reviewsDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(reviewsDir, `.new-${yearArg}-`));
  try {
    for (const [name, text] of files) {
      fs.mkdirSync(path.dirname(path.join(staging, name)), { recursive: true });
      fs.writeFileSync(path.join(staging, name), text);
    }
    fs.renameSync(staging, dir);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  return { dir, from: previous?.year, sections, files: files.map(([name]) => path.join(dir, name)) };
}

/** The section layout of the newest year (other than `year`) whose review.yml lists valid sections. */
function newestLayout(
  reviewsDir: string,
  year: number,
): { year: number; layout: SectionLayout[] } | undefined {
  if (!fs.existsSync(reviewsDir)) return undefined;
  const years = fs
    .readdirSync(reviewsDir)
    .filter((n) => /^\d{4}$/.test(n) && Number(n) !== year)
    .map(Number)
    .sort((a, b) => b - a);
  for (const y of years) {
    try {
      const meta: unknown = parseYaml(
        fs.readFileSync(path.join(reviewsDir, String(y), 'review.yml'), 'utf8'),
      );
      const sections = (meta as { sections?: unknown } | null)?.sections;
      if (!Array.isArray(sections) || sections.length === 0) continue;
      if (!sections.every((s) => sectionId.safeParse(s).success)) continue;
      const layout = (sections as string[]).map((id) => ({
        id,
        keys: frontmatterKeys(path.join(reviewsDir, String(y), 'zh-hans', `${id}.mdx`)),
      }));
      return { year: y, layout };
    } catch {
      // An unreadable or broken year is the content check's to report; try an older one.
    }
  }
  return undefined;
}

/** Which of nav, title and kicker a section file uses (nav always: every section has one). */
function frontmatterKeys(file: string): FrontmatterKey[] {
  try {
    const yaml = splitFrontmatter(fs.readFileSync(file, 'utf8')).yaml;
    const data = (yaml !== undefined ? parseYaml(yaml) : null) as Record<string, unknown> | null;
    return (['nav', 'title', 'kicker'] as const).filter((k) => k === 'nav' || (data && k in data));
  } catch {
    return ['nav', 'title', 'kicker'];
  }
}

function reviewYml(year: number, sections: string[], from: number | undefined): string {
  const text = (indent: string) => writtenSegments.map((s) => `${indent}${s}: TODO`).join('\n');
  const inline = `{ ${writtenSegments.map((s) => `${s}: TODO`).join(', ')} }`;
  return `# The ${year} review: everything about it that is not its text.
#
# Made by \`npm run new-review -- ${year}\`. Every TODO is still to be written: replace it with the
# value. \`npm run check:content\` lists each TODO left (file, line, fix), and the site does not
# build until none is left.
#
# Text fields are given for zh-hans (the canonical Simplified Chinese) and en. The zh-hant edition
# is generated from zh-hans at build time: never write zh-hant here.

# The editions this year is written in. If the English translation is not ready, write
# "editions: [zh-hans]" and delete the en/ folder: the year is then published in zh-hans and
# zh-hant only, and no page offers an English version of it; delete the "en: TODO" values below
# too (or write them already). zh-hant always comes with zh-hans.
editions: [${writtenSegments.join(', ')}]

# When it was published, as far as the source tells it, and no more: every page, share image,
# feed and JSON-LD block says exactly this. One of four forms:
#   2025-01-06                     the article gives the day
#   2025-01                        only the month is known (never invent a day)
#   2025                           only the year is known
#   2025 (on or after 2025-01-06)  the year, and a day it cannot be earlier than (e.g. the text
#                                  cites 今年1月6日 in the past tense)
# A review of ${year} appears in ${year} or later. Feeds give a pubDate only when the day is known.
published: TODO

# The page title and a one-line description for search engines and link previews.
title:
${text('  ')}
description:
${text('  ')}

# The byline as printed, in order: one role and name per author (copy the two lines per author).
byline:
  - role: ${inline}
    name: ${inline}

# The newspaper the text comes from (Chinese pages add the book-title marks: 《…》) and who holds
# the copyright in the article. Do not copy a web page's footer years or its ban on reproduction:
# they are not the article's.${from ? ` (Copy them from ../${from}/review.yml if they are unchanged.)` : ''}
# If the paper is not known (only a repost survives), write "source: unknown" and add
# "carried_by:" with the name of the site the text was taken from, per edition.
credit:
  source: ${inline}
  copyright:
${text('    ')}

# permission (optional): the permission under which this site reproduces the article, once the
# press office has one. Write it as a "permission:" field with its text per edition, like title
# above; every edition then prints it in the review's footer.

# Sections in reading order. Each id is a file <id>.mdx in zh-hans/ and en/, and the anchor
# (#id) of that section on the page, the same in every edition: lowercase words joined by hyphens.
# ${from ? `These are ${from}'s sections` : 'These are the usual sections'}: rename, add or remove them to match this year's article,
# and rename or add the .mdx files with them.
sections:
${sections.map((s) => `  - ${s}`).join('\n')}
`;
}

function statsYml(year: number): string {
  return `# Every figure in the ${year} review, as data.
#
# Empty until the text is written: then \`npm run check:content\` lists every number of the zh-hans
# text that is neither a record here nor listed under not_charted, with its file and line.
#
# The MDX text never repeats a number in a chart: it places a chart with a line of its own,
# between blank lines, in zh-hans/ and en/ at the same place, of the form
#   <Chart id="…" />
# and the numbers come from here.
#
# stats: one record per figure.
#   id         lowercase-hyphenated and stable: charts and the headline strip link to it.
#   section    the section id (the file name in zh-hans/ and en/) whose text states it.
#   value      the true magnitude: 20.7 for 20.7%, 12600000 for 1260万元, 1000 for 1000余.
#              For a change, its size (positive), with direction: up or down.
#              For a range, the upper end, with low: the lower end, in the same unit.
#   unit       count, percent, yuan, months, years or percentage-point.
#   kind       level (a count or an amount), change (year on year), rate (a share of 100%),
#              range (from–to).
#   qualifier  more-than (余), nearly (近), at-least, up-to, reached (均达: a mark several rates
#              all reached), as the text says it.
#   ends       for a range whose ends are different things (拘役 / 有期徒刑), what each end is.
#   quote      the exact zh-hans words that state the figure, copied from the MDX: short, found
#              once in the section, holding only this figure's number(s).
#   label      what is counted, in zh-hans and en, without digits (the page adds the number).
#   headline   true for the few figures that define the year (the headline strip).
#
# charts: figures shown together. Every stat is in exactly one chart or numbers block, and all
# the stats of a chart come from one section (the chart is placed in that section).
#   id         what MDX names in its <Chart id="…" /> line.
#   stats      the stat ids it shows, in order.
#   form       change, bars, units or range to draw figures that compare (two or more of one
#              unit and meaning); numbers for a "by the numbers" list, no drawing.
#   why        a few words on why this form suits these figures.
#   title      per edition; takeaway: one sentence per edition saying what the chart shows.
#              Neither has digits: the numbers live in the records. Not for form: numbers.
#              A takeaway only restates its figures: a comparison (more, fewer, most, equal,
#              rose, fell, 超过, 多数, 相当, 下降 …) needs a compare entry, which the build checks
#              against the values.
#
# not_charted: every other number in the text (years, dates, names, periods, ranks), each with
# its section, the exact zh-hans quote holding it, and the true reason it is not charted. Numbers
# in Chinese numerals count too (六名, 一家, 十条, 全国第一, 全省前三, 一个多月).
#
# compare: { chart, relation, stats } for each comparison a takeaway makes. relation: greater or
# less (the first figure against each other one), equal, majority (the first is more than the
# others together), up or down (every figure is a change that way).
#
# The review of an earlier year shows every kind of record in use.

stats: []

charts: []

not_charted: []
`;
}

/** What each frontmatter field holds, for the comment above it. */
const FIELD_NOTES: Record<FrontmatterKey, string> = {
  nav: 'nav: a short label for the section bar (1–3 words).',
  title: 'title: the section heading as printed (delete the line if this section has none).',
  kicker: 'kicker: the one-line lead under the heading (delete the line if there is none).',
};

function sectionMdx(segment: string, section: SectionLayout, from: number | undefined): string {
  const notes = section.keys.map((k) => `# ${FIELD_NOTES[k]}`).join('\n');
  const fields = section.keys.map((k) => `${k}: TODO`).join('\n');
  const like = from
    ? `\n  The same section of ${from}, for comparison: ../../${from}/${segment}/${section.id}.mdx.`
    : '';
  const guide =
    segment === 'en'
      ? `{/*
  The English translation of ../zh-hans/${section.id}.mdx: one paragraph for each Chinese paragraph,
  in the same order, blocks separated by a blank line. Write every Arabic-numeral figure in
  digits (1260万 → 12.6 million). Wrap the first use of a China-specific term in a Term tag
  (<Term id="…">…</Term>) whose id is a note in content/glossary/en.yml. Charts go at the same
  places as in the Chinese.${like}
*/}`
      : `{/*
  The section's text as published, one paragraph per block, blocks separated by a blank line.
  Charts: once the figures are records in ../stats.yml, place each chart on a line of its own
  (a Chart tag with the chart's id), between blank lines, after the paragraph that states them.${like}
*/}`;
  const placeholder =
    segment === 'en'
      ? 'TODO: the English of each zh-hans paragraph of this section, in the same order.'
      : 'TODO: 在此写本节正文，按原文分段，段与段之间空一行。';
  return `---
${notes}
${fields}
---

${guide}

${placeholder}
`;
}

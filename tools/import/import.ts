import fs from 'node:fs';
import path from 'node:path';
import { relativeFile } from '../../src/content-check/problems.ts';
import { candidatesOf, type Candidates } from './candidates.ts';
import { collectLines, type Collected } from './collect.ts';
import { boundFromText, type DateEvidence } from './dates.ts';
import { decodeInput } from './decode.ts';
import { sourceFromCopyright } from './lines.ts';
import { ImportRefused } from './refused.ts';
import { reviewYml, sectionMdx, statsYml, type SectionOut } from './render.ts';
import { readMapping, sectionsOf } from './sections.ts';
import { isHeadingLike, splitBody } from './structure.ts';
import { foundLines, uncertainLines } from './summary.ts';
import { writeYear } from './write.ts';
import { guessYear } from './year.ts';

/**
 * Tool: `npm run import -- <file> [--year 2023]` turns a newspaper article (a saved page or plain
 * text, Simplified or Traditional, UTF-8 or GB18030) into a new year folder. It writes into a
 * hidden staging folder beside the years (the content check skips dot-folders) and renames it into
 * `content/reviews/<year>/` only when every file is written, never over an existing year. Any
 * refusal (ImportRefused) happens before anything is written.
 */

export interface ImportOptions {
  file: string;
  /** The content folder (content/, or CONTENT_DIR). */
  root: string;
  /** The mapping of headings to section ids (content/import/section-ids.yml by default). */
  mapping?: string;
  year?: string | undefined;
  pick?: number | undefined;
  encoding?: string | undefined;
}

export interface Summary {
  found: string[];
  /** Each TODO left for the editor, with its file and line. */
  uncertain: { file: string; line: number; text: string }[];
  /** What was not taken into the year folder, and why. */
  dropped: { text: string; why: string }[];
}

export interface ImportResult {
  year: number;
  dir: string;
  files: string[];
  summary: Summary;
}

/** The input's bytes and its name as the editor gave it; a refusal when it can't be read. */
function readInput(options: ImportOptions): { name: string; bytes: Buffer } {
  const name = relativeFile(path.resolve(options.file)) || options.file;
  try {
    return { name, bytes: fs.readFileSync(options.file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ImportRefused(
      `${name} cannot be read (${code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(e))}).\nfix: give the path of a saved page (.html) or a text file (.txt).`,
    );
  }
}

/** The year under review (given, or found in the text), refused when its folder exists. */
function yearOf(options: ImportOptions, c: Collected, name: string): { year: number; how: string } {
  const [year, how] = options.year
    ? [Number(options.year), 'as given with --year']
    : guessYear(
        c.headline?.text ?? (c.body[0] && isHeadingLike(c.body[0]) ? c.body[0].text : undefined),
        c.body.map((b) => b.text),
        name,
      );
  const dir = path.join(options.root, 'reviews', String(year));
  if (fs.existsSync(dir)) {
    throw new ImportRefused(
      `${relativeFile(dir)}/ already exists: import never writes over a year. Delete or move it first if this import is to replace it, or give another year with --year.`,
    );
  }
  return { year, how };
}

/** The date evidence (stated, or a lower bound from the text) and a source from the copyright. */
function settleCredit(c: Collected, sections: SectionOut[], year: number): DateEvidence {
  const bound = boundFromText(
    sections.flatMap((s) => s.part.paragraphs),
    year,
  );
  if (!c.credit.source && c.credit.copyright) {
    const source = sourceFromCopyright(c.credit.copyright);
    if (source)
      c.credit.source = {
        text: source,
        how: `the copyright holder in “${c.credit.copyright}” (a paper's company …报社 publishes …报)`,
      };
  }
  return { ...(c.stated ? { known: c.stated } : {}), ...(bound ? { after: bound } : {}) };
}

/** The year folder's files, as text: review.yml, stats.yml and one MDX file a section. */
function filesOf(
  year: number,
  name: string,
  c: Collected,
  subtitles: string[],
  evidence: DateEvidence,
  sections: SectionOut[],
  { figures, statIds, charts }: Candidates,
): [string, string][] {
  const review = reviewYml({
    year,
    inputName: name,
    ...(c.headline ? { title: c.headline } : {}),
    subtitles,
    evidence,
    ...(c.byline ? { byline: c.byline } : {}),
    credit: c.credit,
    sections,
  });
  return [
    ['review.yml', review],
    ['stats.yml', statsYml(year, figures, statIds, charts)],
    ...sections.map((s): [string, string] => {
      const after = new Map<number, string[]>();
      for (const chart of charts.filter((x) => x.section === s.id))
        after.set(chart.after, [...(after.get(chart.after) ?? []), chart.id]);
      return [`zh-hans/${s.id}.mdx`, sectionMdx(s, after)];
    }),
  ];
}

export function importArticle(options: ImportOptions): ImportResult {
  const { name, bytes } = readInput(options);
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) {
    throw new ImportRefused(
      `--year ${options.year} is not a year: give the year under review as four digits (--year 2023).`,
    );
  }
  const decoded = decodeInput(bytes, name, options.encoding);
  const isHtml = /\.x?html?$/i.test(options.file) || /^\s*<(!doctype\s+html|html[\s>])/i.test(decoded.text);
  const c = collectLines(decoded.text, isHtml, name, options.pick);
  const { year, how } = yearOf(options, c, name);

  const structure = splitBody(c.body, year);
  if (!c.headline && structure.headline)
    c.headline = {
      text: structure.headline,
      how: 'the first line of the text, a headline (short, no sentence punctuation)',
    };
  const mappingFile = options.mapping ?? path.join(options.root, 'import', 'section-ids.yml');
  // Named from the folder above the content folder: "content/import/section-ids.yml".
  const mappingName = path.relative(path.dirname(options.root), mappingFile).split(path.sep).join('/');
  const sections = sectionsOf(structure, readMapping(mappingFile), mappingName);
  const evidence = settleCredit(c, sections, year);
  const candidates = candidatesOf(sections);

  const files = filesOf(year, name, c, structure.subtitles, evidence, sections, candidates);
  const written = writeYear(path.join(options.root, 'reviews'), year, files);
  const found = [
    `encoding: ${decoded.encoding} (${decoded.how})`,
    `year: ${year} (${how})`,
    ...foundLines(c, sections, evidence, candidates),
  ];
  return {
    year,
    dir: path.dirname(written[0] as string),
    files: written,
    summary: { found, uncertain: uncertainLines(written), dropped: c.dropped },
  };
}

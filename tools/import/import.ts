import fs from 'node:fs';
import path from 'node:path';
import { relativeFile } from '../../src/content-files/problems.ts';
import { candidatesOf, type Candidates } from './candidates.ts';
import { carrierDoubts, ownHeadline, type Doubt } from './carrier.ts';
import { collectOne, requireArticle, type Collected } from './collect.ts';
import { boundFromText, type DateEvidence } from './dates.ts';
import { decodeInput } from './decode.ts';
import { sourceFromCopyright } from './lines.ts';
import { joinPages } from './pages.ts';
import { archiveIds } from './prefill.ts';
import { ImportRefused } from './refused.ts';
import { mergeRepeats } from './repeats.ts';
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
  /** The saved page or text; several files are the pages of one article, in order. */
  file: string | string[];
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
  /** What the page claims but the import set aside as a carrier's (a repost's date, source, copyright). */
  doubted: Doubt[];
  /** What the page prints more than once (a summary, a repeated paragraph, a later page's headline), imported once. */
  merged: { text: string; why: string }[];
}

export interface ImportResult {
  year: number;
  dir: string;
  files: string[];
  summary: Summary;
}

/** The input's bytes and its name as the editor gave it; a refusal when it can't be read. */
function readInput(file: string): { name: string; bytes: Buffer } {
  const name = relativeFile(path.resolve(file)) || file;
  try {
    return { name, bytes: fs.readFileSync(file) };
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
function settleCredit(c: Collected, sections: SectionOut[], year: number, doubts: Doubt[]): DateEvidence {
  const bound = boundFromText(
    sections.flatMap((s) => s.part.paragraphs),
    year,
  );
  const doubted = (field: Doubt['field']) => doubts.find((d) => d.field === field);
  if (!c.credit.source && c.credit.copyright && !doubted('credit.copyright')) {
    const source = sourceFromCopyright(c.credit.copyright);
    if (source)
      c.credit.source = {
        text: source,
        how: `the copyright holder in “${c.credit.copyright}” (a paper's company …报社 publishes …报)`,
      };
  }
  const date = doubted('published');
  return {
    ...(c.stated && !date ? { known: c.stated } : {}),
    ...(bound ? { after: bound } : {}),
    ...(date
      ? { doubted: `the page states ${date.claim}, but it reads as a repost (${date.repost}): ${date.why}` }
      : {}),
  };
}

/** The year folder's files, as text: review.yml, stats.yml and one MDX file a section. */
function filesOf(
  year: number,
  name: string,
  c: Collected,
  subtitles: string[],
  evidence: DateEvidence,
  sections: SectionOut[],
  { figures, prefilled, charts }: Candidates,
  doubts: Doubt[],
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
    doubts,
  });
  return [
    ['review.yml', review],
    ['stats.yml', statsYml(year, figures, prefilled, charts)],
    ...sections.map((s): [string, string] => {
      const after = new Map<number, string[]>();
      for (const chart of charts.filter((x) => x.section === s.id))
        after.set(chart.after, [...(after.get(chart.after) ?? []), chart.id]);
      return [`zh-hans/${s.id}.mdx`, sectionMdx(s, after)];
    }),
  ];
}

/** Each file decoded and sorted; several files joined as the pages of one article. */
function collectInput(options: ImportOptions): { c: Collected; name: string; encoding: string } {
  const files = Array.isArray(options.file) ? options.file : [options.file];
  const pages = files.map((file) => {
    const { name, bytes } = readInput(file);
    const decoded = decodeInput(bytes, name, options.encoding);
    const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype\s+html|html[\s>])/i.test(decoded.text);
    return { name, decoded, c: collectOne(decoded.text, isHtml, name, options.pick) };
  });
  const name = pages.map((p) => p.name).join(' + ');
  const c = requireArticle(joinPages(pages), name);
  const { body, merged } = mergeRepeats(c.body);
  c.body = body;
  c.merged.push(...merged);
  const encodings = [...new Set(pages.map((p) => `${p.decoded.encoding} (${p.decoded.how})`))];
  return { c, name, encoding: encodings.join('; ') };
}

export function importArticle(options: ImportOptions): ImportResult {
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) {
    throw new ImportRefused(
      `--year ${options.year} is not a year: give the year under review as four digits (--year 2023).`,
    );
  }
  const { c, name, encoding } = collectInput(options);
  const { year, how } = yearOf(options, c, name);
  const doubts = carrierDoubts(c, year);

  const structure = splitBody(c.body, year);
  if (!c.headline && structure.headline)
    c.headline = {
      text: structure.headline,
      how: 'the first line of the text, a headline (short, no sentence punctuation)',
    };
  if (c.headline) {
    const own = ownHeadline(c.headline.text, c.credit.source?.text);
    if (own.carrier) {
      c.dropped.push({ text: own.carrier, why: "the carrier's name after the headline" });
      c.headline = { ...c.headline, text: own.text };
    }
  }
  const mappingFile = options.mapping ?? path.join(options.root, 'import', 'section-ids.yml');
  // Named from the folder above the content folder: "content/import/section-ids.yml".
  const mappingName = path.relative(path.dirname(options.root), mappingFile).split(path.sep).join('/');
  const sections = sectionsOf(structure, readMapping(mappingFile), mappingName);
  const evidence = settleCredit(c, sections, year, doubts);
  const candidates = candidatesOf(sections, archiveIds(options.root));

  const files = filesOf(year, name, c, structure.subtitles, evidence, sections, candidates, doubts);
  const written = writeYear(path.join(options.root, 'reviews'), year, files);
  const found = [
    `encoding: ${encoding}`,
    `year: ${year} (${how})`,
    ...foundLines(c, sections, evidence, candidates, doubts),
  ];
  return {
    year,
    dir: path.dirname(written[0] as string),
    files: written,
    summary: {
      found,
      uncertain: uncertainLines(written),
      dropped: c.dropped,
      doubted: doubts,
      merged: c.merged,
    },
  };
}

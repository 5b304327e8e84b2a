import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { locales, writtenSegments, type LocaleSegment, type WrittenSegment } from '../config/locales.ts';
import { contentRoot } from '../config/paths.ts';
import { checkStats } from '../stats/check.ts';
import type { StatsFile } from '../stats/schema.ts';
import { missingInEnglish } from './numbers.ts';
import { mdxSafetyProblems } from './mdx-safety.ts';
import { phraseTableProblems } from './phrases.ts';
import { cardCoverageGaps, coverageFix, describeCharacter } from '../publish/font-coverage.ts';
import { reservedSectionId, sizeProblems, symlinksOut, yearOutOfRange } from './limits.ts';
import { relativeFile, type Problem } from './problems.ts';
import {
  declaredEditions,
  editionsList,
  glossary as glossarySchema,
  reviewMetaFor,
  sectionFrontmatter,
  sectionId,
  type Glossary,
  type ReviewMeta,
  type SectionFrontmatter,
} from './schema.ts';

/**
 * Reads and checks everything editors write under the content folder, and reports every problem at
 * once (file, line, fix) instead of stopping at the first. The build runs this before Astro reads
 * the same files, so an editor sees these messages rather than a stack trace.
 */

export interface Paragraph {
  text: string;
  line: number;
}

export interface SectionText {
  id: string;
  file: string;
  frontmatter: SectionFrontmatter;
  paragraphs: Paragraph[];
}

export interface LoadedReview {
  year: number;
  dir: string;
  meta: ReviewMeta;
  /** The written editions this year has (review.yml `editions`, default all), in table order. */
  written: WrittenSegment[];
  /** Sections per written edition, in the order review.yml gives. */
  editions: Partial<Record<LocaleSegment, SectionText[]>>;
  /** The year's figures as data (stats.yml), when the year has one and it parses. */
  stats?: StatsFile;
}

export interface ContentCheck {
  reviews: LoadedReview[];
  glossary: Glossary;
  problems: Problem[];
}

export { contentRoot };

const KNOWN_YEAR_FILES = new Set(['review.yml', 'stats.yml']);

export function checkContent(root = contentRoot()): ContentCheck {
  const problems: Problem[] = [];
  const rel = (f: string) => relativeFile(f);
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

  for (const name of fs.readdirSync(reviewsDir).sort()) {
    const dir = path.join(reviewsDir, name);
    if (name.startsWith('.')) continue;
    if (!fs.statSync(dir).isDirectory() || !/^\d{4}$/.test(name)) {
      problems.push({
        file: rel(dir),
        message: `"${name}" is not a year folder`,
        fix: 'content/reviews/ holds only folders named by year, like 2024/. Move or delete this entry.',
      });
      continue;
    }
    const outOfRange = yearOutOfRange(Number(name));
    if (outOfRange) {
      problems.push({
        file: rel(dir),
        message: `"${name}": ${outOfRange}`,
        fix: 'name the folder by the year under review, like 2024/ (npm run new-review -- <year> checks it).',
      });
      continue;
    }
    const review = checkYear(dir, Number(name), glossary, problems);
    if (review) reviews.push(review);
  }
  reviews.sort((a, b) => b.year - a.year);
  // A line a more specific check explains (a chart tag in the wrong form, by the stats check) is
  // not reported a second time by the MDX safety check.
  const specific = new Set(problems.filter((p) => !fromParser.has(p)).map((p) => `${p.file}:${p.line}`));
  return { reviews, glossary, problems: problems.filter((p) => !fromParser.has(p) || !specific.has(`${p.file}:${p.line}`)) };
}

/** Problems found by the MDX safety check (src/reviews/mdx-safety.ts), to drop where another check already speaks. */
const fromParser = new WeakSet<Problem>();

function checkYear(
  dir: string,
  year: number,
  glossary: Glossary,
  problems: Problem[],
): LoadedReview | undefined {
  const rel = (f: string) => relativeFile(f);
  const metaFile = path.join(dir, 'review.yml');
  const editionFolders: WrittenSegment[] = [];

  for (const entry of fs.readdirSync(dir)) {
    const full = path.join(dir, entry);
    // review.yml and stats.yml are reported when read, even when one is a folder by mistake.
    if (entry.startsWith('.') || KNOWN_YEAR_FILES.has(entry)) continue;
    if (fs.statSync(full).isDirectory()) {
      const written = writtenSegments.find((s) => s === entry);
      if (written) {
        editionFolders.push(written);
        continue;
      }
      const generated = locales.find((l) => l.segment === entry && l.source === 'generated');
      problems.push(
        generated
          ? {
              file: rel(full),
              message: `the ${entry} edition is generated from zh-hans at build time; its folder is never written by hand`,
              fix: `delete ${rel(full)}/ and make corrections in the zh-hans text or in content/zh-hant-phrases.yml.`,
            }
          : {
              file: rel(full),
              message: `"${entry}" is not an edition folder`,
              fix: `editions are written in ${writtenSegments.map((s) => `${s}/`).join(' and ')}; rename or remove this folder.`,
            },
      );
    } else {
      problems.push({
        file: rel(full),
        message: `unexpected file "${entry}" in a review folder`,
        fix: `a year folder holds ${[...KNOWN_YEAR_FILES].join(', ')} and the edition folders; move this file elsewhere.`,
      });
    }
  }

  if (!fs.existsSync(metaFile)) {
    problems.push({
      file: rel(metaFile),
      message: 'review.yml is missing',
      fix: 'every year folder needs a review.yml with published, title, description, byline, credit and sections.',
    });
    return undefined;
  }
  // Which editions the year has decides which text review.yml must give, so read that first.
  const parsed = readYamlLocated(metaFile, (raw) => reviewMetaFor(declaredEditions(editionsOf(raw))), problems, 'review.yml');
  const meta = parsed.data;
  // When review.yml has a mistake (or a TODO not yet written), still check the text it lists, so
  // an editor sees every problem of the year at once rather than one file at a time.
  const sectionIds = meta?.sections ?? sectionsOf(parsed.raw);
  if (!sectionIds) return undefined;
  const written = declaredEditions(meta ?? editionsOf(parsed.raw));

  if (meta && Number(meta.published.slice(0, 4)) < year) {
    problems.push({
      file: rel(metaFile),
      line: lineOfKey(metaFile, 'published'),
      message: `published ${meta.published} is before the year under review (${year})`,
      fix: `a review of ${year} is published in ${year} or later; correct the date or the folder name.`,
    });
  }
  const dupes = sectionIds.filter((s, i) => sectionIds.indexOf(s) !== i);
  if (dupes.length > 0) {
    problems.push({
      file: rel(metaFile),
      line: lineOfKey(metaFile, 'sections'),
      message: `section ids repeat: ${[...new Set(dupes)].join(', ')}`,
      fix: 'each section id is an anchor on the page and must appear once.',
    });
  }
  for (const id of sectionIds) {
    const why = reservedSectionId(id);
    if (why) {
      problems.push({
        file: rel(metaFile),
        line: lineOfKey(metaFile, 'sections'),
        message: `section id "${id}": ${why}`,
        fix: `rename the section (in sections and its .mdx file names), e.g. "${id.replace(/-\d+$/, '')}-section".`,
      });
    }
  }
  for (const segment of editionFolders.filter((s) => !written.includes(s))) {
    const edDir = path.join(dir, segment);
    problems.push({
      file: rel(edDir),
      line: undefined,
      message: `the folder ${segment}/ is here, but review.yml lists only ${written.join(', ')} under editions, so it would not be published`,
      fix: `add ${segment} to editions in ${rel(metaFile)} (or delete the editions line: a year has every edition by default), or move ${rel(edDir)}/ out of the content folder until it is ready.`,
    });
  }

  const editions: LoadedReview['editions'] = {};
  for (const segment of written) {
    const edDir = path.join(dir, segment);
    if (!fs.existsSync(edDir)) {
      const others = written.filter((s) => s !== segment);
      problems.push({
        file: rel(edDir),
        message: `the ${segment} edition folder is missing`,
        fix:
          `create ${rel(edDir)}/ with one .mdx file per section: ${sectionIds.join(', ')}` +
          (others.length > 0 ? ` — or, if this year has no ${segment} edition, write "editions: [${others.join(', ')}]" in ${rel(metaFile)}.` : '.'),
      });
      continue;
    }
    for (const f of fs.readdirSync(edDir)) {
      const id = f.replace(/\.mdx$/, '');
      if (!f.endsWith('.mdx')) {
        problems.push({
          file: rel(path.join(edDir, f)),
          message: 'only .mdx section files belong in an edition folder',
          fix: 'rename it to <section-id>.mdx or move it out of the content folder.',
        });
      } else if (!sectionIds.includes(id)) {
        problems.push({
          file: rel(path.join(edDir, f)),
          message: `section "${id}" is not listed in review.yml`,
          fix: `add "${id}" to sections in ${rel(metaFile)} (in reading order), or rename the file to one of: ${sectionIds.join(', ')}.`,
        });
      }
    }
    const sections: SectionText[] = [];
    for (const id of sectionIds) {
      const file = path.join(edDir, `${id}.mdx`);
      if (!fs.existsSync(file)) {
        problems.push({
          file: rel(file),
          message: `section "${id}" is missing in the ${segment} edition`,
          fix: `write ${rel(file)} (every section in review.yml needs a file in each of ${written.join(', ')}), or remove "${id}" from sections.`,
        });
        continue;
      }
      const section = readSection(file, id, segment, problems);
      if (section) sections.push(section);
    }
    editions[segment] = sections;
  }

  compareEditions(editions, glossary, path.join(dir, '..', '..', 'glossary', 'en.yml'), problems);

  // Figures as data: stats.yml is optional; without it no stats check runs (src/stats/check.ts).
  const statsPath = path.join(dir, 'stats.yml');
  let stats: StatsFile | undefined;
  if (fs.existsSync(statsPath)) {
    const checked = checkStats(statsPath, { sections: sectionIds, editions });
    problems.push(...checked.problems);
    stats = checked.stats;
  }

  if (!meta) return undefined;
  // The share images draw the title and source: every character must be in the shipped font.
  let gaps: ReturnType<typeof cardCoverageGaps> = [];
  try {
    gaps = cardCoverageGaps(meta);
  } catch {
    // Only a broken phrase table makes the zh-hant text fail; it is reported as such above.
  }
  for (const gap of gaps) {
    problems.push({
      file: rel(metaFile),
      line: lineOfKey(metaFile, gap.field === 'title' ? 'title' : 'credit'),
      message: `the share image (${gap.segment}) cannot draw ${gap.characters.map(describeCharacter).join(', ')} in the ${gap.field}`,
      fix: coverageFix(gap),
    });
  }
  return { year, dir, meta, written, editions, ...(stats ? { stats } : {}) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `editions` of a review.yml that may not have passed its schema, when it is a valid list. */
function editionsOf(raw: unknown): { editions?: WrittenSegment[] } {
  const editions = isRecord(raw) ? editionsList.safeParse(raw['editions']) : undefined;
  return editions?.success ? { editions: editions.data } : {};
}

/** `sections` of a review.yml that may not have passed its schema, when it is a valid list. */
function sectionsOf(raw: unknown): string[] | undefined {
  const sections = isRecord(raw) ? raw['sections'] : undefined;
  if (!Array.isArray(sections) || sections.length === 0) return undefined;
  return sections.every((s) => sectionId.safeParse(s).success) ? (sections as string[]) : undefined;
}

/** zh-hans and en must line up: same headings, same paragraph count, same figures, known notes. */
function compareEditions(
  editions: LoadedReview['editions'],
  glossary: Glossary,
  glossaryFile: string,
  problems: Problem[],
) {
  const zh = editions['zh-hans'] ?? [];
  const en = editions['en'] ?? [];
  const usedNotes = new Map<string, string>();
  for (const enSection of en) {
    for (const p of enSection.paragraphs) {
      for (const m of p.text.matchAll(/<Term\s+id=["']([^"']*)["']/g)) {
        const id = m[1] ?? '';
        const where = `${relativeFile(enSection.file)}:${p.line}`;
        if (!(id in glossary)) {
          problems.push({
            file: relativeFile(enSection.file),
            line: p.line,
            message: `<Term id="${id}"> names no note in ${relativeFile(glossaryFile)}`,
            fix: `add "${id}" to ${relativeFile(glossaryFile)}, or use one of: ${closest(id, Object.keys(glossary)).join(', ')}.`,
          });
        } else if (usedNotes.has(id)) {
          problems.push({
            file: relativeFile(enSection.file),
            line: p.line,
            message: `<Term id="${id}"> is used again (first at ${usedNotes.get(id)})`,
            fix: 'link a term to its note once, at its first use; write later uses as plain text.',
          });
        } else {
          usedNotes.set(id, where);
        }
      }
    }
  }
  for (const zhSection of zh) {
    const enSection = en.find((s) => s.id === zhSection.id);
    if (!enSection) continue;
    const enFile = relativeFile(enSection.file);
    for (const key of ['title', 'kicker'] as const) {
      if (Boolean(zhSection.frontmatter[key]) !== Boolean(enSection.frontmatter[key])) {
        problems.push({
          file: enFile,
          line: 1,
          message: `"${key}" is ${enSection.frontmatter[key] ? 'set here but not' : 'missing here but set'} in ${relativeFile(zhSection.file)}`,
          fix: `give both editions a ${key}, or neither.`,
        });
      }
    }
    if (zhSection.paragraphs.length !== enSection.paragraphs.length) {
      problems.push({
        file: enFile,
        message: `${enSection.paragraphs.length} paragraphs, but the Chinese ${relativeFile(zhSection.file)} has ${zhSection.paragraphs.length}`,
        fix: 'translate paragraph by paragraph: one English paragraph (separated by a blank line) for each Chinese one, in the same order.',
      });
      continue;
    }
    const pairs: [string, string, number][] = [
      [zhSection.frontmatter.title ?? '', enSection.frontmatter.title ?? '', 1],
      [zhSection.frontmatter.kicker ?? '', enSection.frontmatter.kicker ?? '', 1],
      ...zhSection.paragraphs.map(
        (p, i) => [p.text, enSection.paragraphs[i]?.text ?? '', enSection.paragraphs[i]?.line ?? 1] as [string, string, number],
      ),
    ];
    for (const [zhText, enText, line] of pairs) {
      // A placeholder is reported as not yet written; its words are not a translation to compare.
      if (isPlaceholder(zhText) || isPlaceholder(enText)) continue;
      const missing = missingInEnglish(zhText, stripTags(enText));
      if (missing.length > 0) {
        problems.push({
          file: enFile,
          line,
          message: `the English does not state ${missing.join(', ')} from the Chinese “${zhText.slice(0, 24)}…”`,
          fix: 'write every Arabic-numeral figure of the Chinese paragraph in its English paragraph, in digits (1260万 → 12.6 million; 5月 → May).',
        });
      }
    }
  }
}

function stripTags(text: string): string {
  return text.replace(/<\/?[A-Za-z][^>]*>/g, '');
}

/**
 * What marks text an editor has still to write: a paragraph or a YAML value that starts with
 * `TODO` (what `npm run new-review` writes). The content check reports each one as not yet
 * written, so a scaffolded year cannot be published by accident.
 */
export const PLACEHOLDER = /^TODO(?![A-Za-z0-9])/;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** An MDX file's frontmatter block: `---` lines around YAML, at the very start of the file. */
const FRONTMATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

/** Reads `---` frontmatter and the paragraphs of an MDX section file. */
function readSection(file: string, id: string, segment: WrittenSegment, problems: Problem[]): SectionText | undefined {
  const text = readText(file, problems, 'this section file');
  if (text === undefined) return undefined;
  const source = text.replace(/\r\n/g, '\n');
  const rel = relativeFile(file);
  const fm = FRONTMATTER.exec(source);
  if (!fm) {
    const opened = /^---[ \t]*\n/.test(source);
    problems.push({
      file: rel,
      line: 1,
      message: opened ? 'the frontmatter opened on line 1 is never closed' : 'no frontmatter',
      fix: opened
        ? 'add a line with only --- after the last frontmatter field (nav, title, kicker), before the text.'
        : 'start the file with a --- block holding at least `nav: <short label>`, then --- on its own line.',
    });
    return undefined;
  }
  const frontmatter = parseYamlText(fm[1] ?? '', file, sectionFrontmatter, problems, 'the frontmatter', 1);
  const bodyStartLine = (fm[0].match(/\n/g)?.length ?? 0) + 1;
  const paragraphs = splitParagraphs(source.slice(fm[0].length), bodyStartLine);
  for (const p of paragraphs) {
    if (isPlaceholder(p.text)) {
      problems.push({
        file: rel,
        line: p.line,
        message: `a paragraph is not yet written: it still says “${p.text.split('\n')[0]?.slice(0, 60)}”`,
        fix:
          segment === 'en'
            ? 'replace it with the English of the zh-hans paragraph in the same place (one English paragraph per Chinese one, in the same order).'
            : 'replace it with the text as published, one paragraph per block, blocks separated by a blank line.',
      });
      continue;
    }
    const hazard = mdxHazard(p.text);
    if (hazard) problems.push({ file: rel, line: p.line, ...hazard });
  }
  // Parsed, not pattern-matched: code, raw HTML, unknown components and unsafe links anywhere in
  // the file (src/reviews/mdx-safety.ts). A line the paragraph check above already explained is
  // not reported twice.
  const explained = new Set(problems.filter((p) => p.file === rel).map((p) => p.line));
  for (const p of mdxSafetyProblems(source)) {
    if (explained.has(p.line)) continue;
    const problem = { file: rel, ...p };
    fromParser.add(problem);
    problems.push(problem);
  }
  problems.push(...sizeProblems(rel, source, paragraphs));
  if (paragraphs.length === 0) {
    problems.push({
      file: rel,
      line: bodyStartLine,
      message: 'the section has no text',
      fix: 'write the section’s paragraphs after the frontmatter, separated by blank lines.',
    });
  }
  return frontmatter ? { id, file, frontmatter, paragraphs } : undefined;
}

/**
 * A content file's text, or a problem saying why there is none an editor can read: not a file,
 * binary data, or an encoding other than UTF-8 (a Chinese file saved as GBK or Big5).
 */
function readText(file: string, problems: Problem[], what: string): string | undefined {
  const rel = relativeFile(file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    problems.push({
      file: rel,
      message: `${what} cannot be read (${code === 'EISDIR' ? 'it is a folder' : (code ?? String(e))})`,
      fix: code === 'EISDIR' ? 'replace the folder with the file of that name.' : 'check that it is a readable file.',
    });
    return undefined;
  }
  if (bytes.includes(0)) {
    problems.push({
      file: rel,
      line: 1,
      message: `${what} is not a text file (it holds binary data)`,
      fix: 'replace it with the text it should hold, saved as UTF-8 text; the same file of another year shows the form.',
    });
    return undefined;
  }
  try {
    // Strips a byte-order mark, which would otherwise hide the first key or the opening ---.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push({
      file: rel,
      line: 1,
      message: `${what} is not saved as UTF-8 text (perhaps GBK or Big5)`,
      fix: 'open it in a text editor and save it with the encoding UTF-8, then run the check again.',
    });
    return undefined;
  }
}

/**
 * The reading paragraphs of an MDX body (blocks separated by blank lines), each with the line it
 * starts on. MDX comments, imports and a component standing alone (a chart) are not paragraphs.
 */
export function splitParagraphs(body: string, firstLine = 1): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let line = firstLine;
  for (const block of body.replace(/\r\n/g, '\n').split(/(\n[ \t]*\n)/)) {
    const text = block.trim();
    const startLine = line + (block.slice(0, block.length - block.trimStart().length).match(/\n/g)?.length ?? 0);
    line += block.match(/\n/g)?.length ?? 0;
    if (text && isParagraph(text)) paragraphs.push({ text, line: startLine });
  }
  return paragraphs;
}

/**
 * Characters MDX reads as code rather than text: `{` opens an expression and `<` a component.
 * Catching them here gives the editor a fix instead of a compiler error.
 */
function mdxHazard(text: string): { message: string; fix: string } | undefined {
  const withoutComments = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const brace = /(?<!\\)[{}]/.exec(withoutComments);
  if (brace) {
    return {
      message: `MDX reads "${brace[0]}" as the start or end of code: “…${withoutComments.slice(Math.max(0, brace.index - 12), brace.index + 12)}…”`,
      fix: `write \\${brace[0]} for a literal brace (or the full-width ${brace[0] === '{' ? '｛' : '｝'} in Chinese text).`,
    };
  }
  const tag = /<(?![A-Z][A-Za-z]*[\s/>]|\/[A-Z])/.exec(withoutComments);
  if (tag) {
    return {
      message: `MDX reads "<" as the start of a component: “…${withoutComments.slice(Math.max(0, tag.index - 12), tag.index + 12)}…”`,
      fix: 'write &lt; for a literal less-than sign (or the full-width ＜ in Chinese text); components start with a capital, like <Term id="…">.',
    };
  }
  return undefined;
}

/** Blocks that are not reading text: MDX comments, imports, and a component on its own (a chart). */
function isParagraph(block: string): boolean {
  if (/^\{\/\*[\s\S]*\*\/\}$/.test(block)) return false;
  if (/^(import|export)\s/.test(block)) return false;
  return !/^<[A-Z][^<>]*\/>$/.test(block);
}

function readYaml<T extends z.ZodType>(
  file: string,
  schema: T,
  problems: Problem[],
  what: string,
): z.infer<T> | undefined {
  return readYamlLocated(file, schema, problems, what).data;
}

/** A YAML file read and checked against its schema, with the line of any key path in it. */
export interface LocatedYaml<T> {
  /** The parsed value; undefined when the file is missing, not YAML, or fails its schema. */
  data: T | undefined;
  /** The plain value of valid YAML, whether or not it passed the schema (for partial checks). */
  raw: unknown;
  /** The 1-based line of a key path (`['stats', 3, 'quote']`), or of its nearest existing parent. */
  lineOf: (keyPath: (string | number)[]) => number | undefined;
}

/**
 * Like readYaml (problems reported the same way), and keeps the document for line numbers.
 * `schema` may be a function of the parsed value, for a file whose own fields decide what else it
 * must hold (review.yml's `editions`).
 */
export function readYamlLocated<T extends z.ZodType>(
  file: string,
  schema: T | ((raw: unknown) => T),
  problems: Problem[],
  what: string,
): LocatedYaml<z.infer<T>> {
  const none = { data: undefined, raw: undefined, lineOf: () => undefined };
  if (!fs.existsSync(file)) {
    problems.push({ file: relativeFile(file), message: `${what} is missing`, fix: `create ${relativeFile(file)}.` });
    return none;
  }
  const text = readText(file, problems, what);
  if (text === undefined) return none;
  const parsed = parseYamlDocument(text, file, schema, problems, what, 0);
  return {
    data: parsed.data,
    raw: parsed.raw,
    lineOf: (keyPath) => lineOfPath(parsed.doc, parsed.counter, keyPath.map(String)) || undefined,
  };
}

function parseYamlText<T extends z.ZodType>(
  text: string,
  file: string,
  schema: T,
  problems: Problem[],
  what: string,
  lineOffset: number,
): z.infer<T> | undefined {
  return parseYamlDocument(text, file, schema, problems, what, lineOffset).data;
}

/** What to do about an empty file, by what the file is. */
const EMPTY_FIX: Record<string, string> = {
  'review.yml': 'write the review’s fields (published, title, description, byline, credit, sections): copy another year’s review.yml, whose comments say what goes where.',
  'stats.yml': 'write the year’s figures, or for a year without charts the two lines `stats: []` and `charts: []`.',
  'the frontmatter': 'write at least `nav: <short label>` between the two --- lines.',
};

/** What a YAML value is, in an editor's words, when a file should hold `key: value` fields. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list (lines starting with "-")';
  if (typeof value === 'string') return 'plain text';
  if (typeof value === 'number' || typeof value === 'boolean') return `the single value ${String(value)}`;
  return 'not a set of fields';
}

function parseYamlDocument<T extends z.ZodType>(
  text: string,
  file: string,
  schemaOrFn: T | ((raw: unknown) => T),
  problems: Problem[],
  what: string,
  lineOffset: number,
): { data: z.infer<T> | undefined; raw: unknown; doc: Document; counter: LineCounter } {
  const rel = relativeFile(file);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const failed = { data: undefined, raw: undefined, doc, counter };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({
        file: rel,
        line: (e.linePos?.[0].line ?? 0) + lineOffset || undefined,
        // The parser's own "at line N" counts from the start of the YAML, not of the file.
        message: `${what} is not valid YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+/, '')}`,
        fix: 'check indentation (spaces, not tabs), that every key ends with ":", and quote values that start with a quote mark or contain ": ".',
      });
    }
    return failed;
  }
  if (doc.contents === null) {
    problems.push({
      file: rel,
      line: lineOffset || undefined,
      message: `${what} is empty`,
      fix: EMPTY_FIX[what] ?? `fill in ${rel}: the same file of another year shows the fields.`,
    });
    return failed;
  }
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (e) {
    // Only aliases (&a / *a) make toJS throw: too many of them, or one that points nowhere.
    problems.push({
      file: rel,
      line: lineOffset || undefined,
      message: `${what} cannot be read: ${(e as Error).message}`,
      fix: 'write each value out in full instead of using YAML aliases (&name / *name).',
    });
    return failed;
  }
  const rawFailed = { ...failed, raw };
  const schema = typeof schemaOrFn === 'function' && !('safeParse' in schemaOrFn) ? schemaOrFn(raw) : (schemaOrFn as T);
  const result = schema.safeParse(raw);

  // Values an editor has not yet written (TODO) are reported as such, not as invalid values.
  const todo = placeholders(doc.contents);
  for (const { keyPath, line } of todo) {
    problems.push({
      file: rel,
      line: line ? counter.linePos(line).line + lineOffset : undefined,
      message: `${what}: "${keyPath.join('.')}" is not yet written (it still says TODO)`,
      fix: `replace TODO with ${hintFor(what, keyPath)}; the comments in the file say more.`,
    });
  }
  const underTodo = (keyPath: string[]) =>
    todo.some((t) => t.keyPath.length <= keyPath.length && t.keyPath.every((k, i) => k === keyPath[i]));

  // A TODO that passes the schema (a title still "TODO") keeps the data, so the checks that need
  // it (paragraph counts, figures) still run; the TODO itself fails the check above.
  if (result.success) return { data: result.data, raw, doc, counter };
  const rootType = result.error.issues.find((i) => i.path.length === 0 && i.code === 'invalid_type');
  if (rootType) {
    // A list or plain text where fields belong: one clear problem, not one per missing field.
    problems.push({
      file: rel,
      line: lineOffset + 1,
      message: `${what} is ${kindOf(raw)}, but it must be a set of fields, one "key: value" per line`,
      fix: EMPTY_FIX[what] ?? `write it as "key: value" lines, like the same file of another year.`,
    });
    return rawFailed;
  }
  for (const issue of result.error.issues) {
    const keyPath = issue.path.map(String);
    if (underTodo(keyPath)) continue;
    // For an unknown field, point at the field itself, not at the object holding it.
    const linePath = issue.code === 'unrecognized_keys' ? [...keyPath, ...issue.keys.slice(0, 1)] : keyPath;
    problems.push({
      file: rel,
      line: lineOfPath(doc, counter, linePath) + lineOffset || undefined,
      message: `${what}: ${keyPath.length ? `"${keyPath.join('.')}"` : 'the file'} ${describeIssue(issue)}`,
      fix: fixFor(issue, keyPath),
    });
  }
  return rawFailed;
}

/** Scalar values that start with TODO, with their key paths and source offsets. */
function placeholders(node: unknown, keyPath: string[] = []): { keyPath: string[]; line: number | undefined }[] {
  if (isMap(node)) {
    return node.items.flatMap((pair) =>
      placeholders(pair.value, [...keyPath, String(isScalar(pair.key) ? pair.key.value : pair.key)]),
    );
  }
  if (isSeq(node)) return node.items.flatMap((item, i) => placeholders(item, [...keyPath, String(i)]));
  if (isScalar(node) && typeof node.value === 'string' && isPlaceholder(node.value)) {
    return [{ keyPath, line: node.range?.[0] }];
  }
  return [];
}

/** What a TODO at `keyPath` stands for, in the words of the file's comments. */
function hintFor(what: string, keyPath: string[]): string {
  const edition = writtenSegments.find((s) => s === keyPath.at(-1));
  const key = keyPath.filter((k) => !/^\d+$/.test(k) && k !== edition).join('.');
  const hints: Record<string, string> = {
    published: 'the date it was published, as far as the source tells it: YYYY-MM-DD, YYYY-MM, YYYY or "YYYY (on or after YYYY-MM-DD)"',
    title: what === 'the frontmatter' ? 'the section heading as printed (or delete the line if it has none)' : 'the page title',
    description: 'one line for search engines and link previews',
    'byline.role': 'the author’s role as printed (记者, Reporter …)',
    'byline.name': 'the author’s name',
    'credit.source': 'the newspaper the text comes from',
    'credit.copyright': 'who holds the copyright in the article',
    permission: 'the permission under which this site reproduces the article (or delete "permission" until there is one)',
    nav: 'a short label for the section bar (1–3 words)',
    kicker: 'the one-line lead under the heading (or delete the line if it has none)',
  };
  const hint = hints[key] ?? `the ${key || 'value'}`;
  return edition ? `${hint}, in ${edition}` : hint;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return 'is missing';
  return `is invalid: ${issue.message}`;
}

function fixFor(issue: z.core.$ZodIssue, keyPath: string[]): string {
  const last = keyPath.at(-1);
  // A schema refinement may carry its own fix (src/stats/schema.ts does).
  if (issue.code === 'custom' && typeof issue.params?.['fix'] === 'string') return issue.params['fix'];
  if (issue.code === 'unrecognized_keys') return 'remove the field or correct its spelling; see the comments at the top of an existing file for the fields.';
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    if (last && writtenSegments.some((s) => s === last)) return `add the ${last} text under "${keyPath.slice(0, -1).join('.')}".`;
    return `add "${last ?? 'it'}".`;
  }
  return `correct "${keyPath.join('.') || 'the value'}" as the message says.`;
}

function lineOfPath(doc: Document, counter: LineCounter, keyPath: string[]): number {
  for (let n = keyPath.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(keyPath.slice(0, n).map((k) => (/^\d+$/.test(k) ? Number(k) : k)), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range && (n > 0 || isMap(node))) return counter.linePos(range[0]).line;
  }
  return 0;
}

function lineOfKey(file: string, key: string): number | undefined {
  const i = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : undefined;
}

/** The few candidates nearest to `name` by edit distance, for "did you mean" fixes. */
export function closest(name: string, candidates: string[], n = 3): string[] {
  const dist = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const tmp = row[j] ?? 0;
        row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = tmp;
      }
    }
    return row[b.length] ?? 0;
  };
  return [...candidates].sort((a, b) => dist(name, a) - dist(name, b)).slice(0, n);
}

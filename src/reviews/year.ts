import fs from 'node:fs';
import path from 'node:path';
import type { WrittenSegment } from '../config/locales.ts';
import { relativeFile as rel, type Problem } from '../content-files/problems.ts';
import { lineOfKey } from '../content-files/text-file.ts';
import { readYamlLocated } from '../content-files/yaml.ts';
import { compareEditions } from './compare-editions.ts';
import { reservedSectionId } from './limits.ts';
import { declaredEditions } from '../config/editions.ts';
import { editionsList, reviewMetaFor, sectionId, type Glossary, type ReviewMeta } from './schema.ts';
import { readSection } from './section.ts';
import { repeatedText } from './repeats.ts';
import { isPlaceholder } from '../content-files/placeholder.ts';
import type { LoadedReview, SectionText } from './types.ts';
import { editionFiles, editionFolders } from './year-folder.ts';

/** One year folder read for the content check (build time): review.yml, then each edition's sections. */

export interface YearText {
  /** review.yml, when it passed its schema. */
  meta: ReviewMeta | undefined;
  metaFile: string;
  /** Section ids in reading order (from review.yml, even when it has other mistakes). */
  sectionIds: string[];
  written: WrittenSegment[];
  editions: LoadedReview['editions'];
}

export function readYear(
  dir: string,
  year: number,
  glossary: Glossary,
  problems: Problem[],
): YearText | undefined {
  const metaFile = path.join(dir, 'review.yml');
  const folders = editionFolders(dir, problems);
  if (!fs.existsSync(metaFile)) {
    problems.push({
      file: rel(metaFile),
      message: 'review.yml is missing',
      fix: 'every year folder needs a review.yml with published, title, description, byline, credit and sections.',
    });
    return undefined;
  }
  // Which editions the year has decides which text review.yml must give, so read that first.
  const parsed = readYamlLocated(
    metaFile,
    (raw) => reviewMetaFor(declaredEditions(editionsOf(raw))),
    problems,
    'review.yml',
  );
  const meta = parsed.data;
  // When review.yml has a mistake (or a TODO not yet written), still check the text it lists, so
  // an editor sees every problem of the year at once rather than one file at a time.
  const sectionIds = meta?.sections ?? sectionsOf(parsed.raw);
  if (!sectionIds) return undefined;
  const written = declaredEditions(meta ?? editionsOf(parsed.raw));
  const keyLine = (key: string) => lineOfKey(fs.readFileSync(metaFile, 'utf8'), key);
  metaProblems({ meta, year, sectionIds, metaFile, keyLine }, problems);
  for (const segment of folders.filter((s) => !written.includes(s))) {
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
    const sections = readEdition({ dir, segment, written, sectionIds, metaFile }, problems);
    if (sections) {
      editions[segment] = sections;
      problems.push(...repeatedText(sections));
    }
  }
  compareEditions(editions, glossary, path.join(dir, '..', '..', 'glossary', 'en.yml'), problems);
  return { meta, metaFile, sectionIds, written, editions };
}

/** review.yml against its year: the date, and section ids that are unique and usable as anchors. */
function metaProblems(
  {
    meta,
    year,
    sectionIds,
    metaFile,
    keyLine,
  }: {
    meta: ReviewMeta | undefined;
    year: number;
    sectionIds: string[];
    metaFile: string;
    keyLine: (key: string) => number | undefined;
  },
  problems: Problem[],
) {
  if (meta && Number(meta.published.slice(0, 4)) < year) {
    problems.push({
      file: rel(metaFile),
      line: keyLine('published'),
      message: `published ${meta.published} is before the year under review (${year})`,
      fix: `a review of ${year} is published in ${year} or later; correct the date or the folder name.`,
    });
  }
  const dupes = sectionIds.filter((s, i) => sectionIds.indexOf(s) !== i);
  if (dupes.length > 0) {
    problems.push({
      file: rel(metaFile),
      line: keyLine('sections'),
      message: `section ids repeat: ${[...new Set(dupes)].join(', ')}`,
      fix: 'each section id is an anchor on the page and must appear once.',
    });
  }
  for (const id of sectionIds.filter((s) => !isPlaceholder(s))) {
    const why = reservedSectionId(id);
    if (why) {
      problems.push({
        file: rel(metaFile),
        line: keyLine('sections'),
        message: `section id "${id}": ${why}`,
        fix: `rename the section (in sections and its .mdx file names), e.g. "${id.replace(/-\d+$/, '')}-section".`,
      });
    }
  }
}

/** The sections of one written edition, in review.yml order; undefined when its folder is missing. */
function readEdition(
  {
    dir,
    segment,
    written,
    sectionIds,
    metaFile,
  }: {
    dir: string;
    segment: WrittenSegment;
    written: WrittenSegment[];
    sectionIds: string[];
    metaFile: string;
  },
  problems: Problem[],
): SectionText[] | undefined {
  const edDir = path.join(dir, segment);
  if (!fs.existsSync(edDir)) {
    const others = written.filter((s) => s !== segment);
    problems.push({
      file: rel(edDir),
      message: `the ${segment} edition folder is missing`,
      fix:
        `create ${rel(edDir)}/ with one .mdx file per section: ${sectionIds.join(', ')}` +
        (others.length > 0
          ? ` — or, if this year has no ${segment} edition, write "editions: [${others.join(', ')}]" in ${rel(metaFile)}.`
          : '.'),
    });
    return undefined;
  }
  editionFiles(edDir, sectionIds, metaFile, problems);
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
  return sections;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `editions` of a review.yml that may not have passed its schema, when it is a valid list. */
function editionsOf(raw: unknown): { editions?: WrittenSegment[] } {
  const editions = isRecord(raw) ? editionsList.safeParse(raw['editions']) : undefined;
  return editions?.success ? { editions: editions.data } : {};
}

/** `sections` of a review.yml that may not have passed its schema, when it is a valid list. */
function sectionsOf(raw: unknown): string[] | undefined {
  const sections = isRecord(raw) ? raw['sections'] : undefined;
  if (!Array.isArray(sections) || sections.length === 0) return undefined;
  // The ids that are written (a TODO among them is reported as such): their files are checked now.
  const ids = sections.filter((s): s is string => sectionId.safeParse(s).success);
  return ids.length > 0 ? ids : undefined;
}

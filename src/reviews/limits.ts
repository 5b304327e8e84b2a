import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../content-files/problems.ts';
import { relativeFile } from '../content-files/problems.ts';

/**
 * Limits an editor can reach by mistake that would otherwise fail late (or hang) in the build,
 * each caught by the content check with the file, line and a fix. Build-tool module.
 */

/**
 * The years a review folder may name: from 1949 (the People's Republic's political-legal system;
 * the bench's synthetic archives go back decades from 2024) to next year (drafting ahead).
 */
export const FIRST_YEAR = 1949;
export function lastYear(now = new Date()): number {
  return now.getUTCFullYear() + 1;
}

/** Why `year` cannot be a review year, or undefined. Shared with `npm run new-review`. */
export function yearOutOfRange(year: number, now = new Date()): string | undefined {
  if (Number.isInteger(year) && year >= FIRST_YEAR && year <= lastYear(now)) return undefined;
  return `${year} is outside the years a review can cover (${FIRST_YEAR}–${lastYear(now)})`;
}

/**
 * A section file above this size is not one section of a newspaper article; Pagefind's indexing
 * time grows faster than the text (a 2 MB paragraph took over ten minutes).
 */
export const MAX_SECTION_BYTES = 64 * 1024;
/** The longest paragraph of the 2024 review is about 1,600 characters. */
export const MAX_PARAGRAPH_CHARS = 6000;

export function sizeProblems(
  file: string,
  source: string,
  paragraphs: { text: string; line: number }[],
): Problem[] {
  const out: Problem[] = [];
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_SECTION_BYTES) {
    out.push({
      file,
      line: 1,
      message: `the section file is ${Math.round(bytes / 1024)} KB, over the ${MAX_SECTION_BYTES / 1024} KB a section may be`,
      fix: 'split the text into more sections (one file each, listed in review.yml), or remove what was pasted by mistake.',
    });
  }
  for (const p of paragraphs) {
    const chars = [...p.text].length;
    if (chars > MAX_PARAGRAPH_CHARS) {
      out.push({
        file,
        line: p.line,
        message: `a paragraph of ${chars} characters, over the ${MAX_PARAGRAPH_CHARS} a paragraph may be`,
        fix: 'separate its paragraphs with blank lines as in the printed article (a missing blank line joins them).',
      });
    }
  }
  return out;
}

/**
 * Ids the page itself uses: a section with one of these as its anchor would collide. Read from
 * the project's own templates (every literal `id="…"` under src/, such as `top`, `main`,
 * `search-q`), so an id a component adds is reserved the day it is added.
 */
export function reservedIds(): Set<string> {
  const src = fileURLToPath(new URL('../', import.meta.url));
  const ids = new Set<string>();
  for (const e of fs.readdirSync(src, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.astro')) continue;
    const text = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8');
    for (const m of text.matchAll(/\bid="([a-z][a-z0-9-]*)"/g)) ids.add(m[1] ?? '');
  }
  return ids;
}
let reserved: Set<string> | undefined;

/** Prefixes of generated ids (`note-<term>`, `chart-<id>`, `stat-<id>`, `headline-<locale>` …). */
export const RESERVED_PREFIXES = [
  'note-',
  'pnote-',
  'pnotes-',
  'term-',
  'chart-',
  'stat-',
  'latest-',
  'nf-',
  'units-',
  'header-',
  'headline-',
  'search-',
];

/** Why a section id collides with an id of the page, or undefined. */
export function reservedSectionId(id: string): string | undefined {
  reserved ??= reservedIds();
  if (reserved.has(id)) return `"${id}" is an id the page itself uses`;
  const prefix = RESERVED_PREFIXES.find((p) => id.startsWith(p));
  if (prefix) return `ids starting "${prefix}" are made by the page (notes, charts, figures, search)`;
  // Paragraph anchors are <section id>-<n>: "lede-2" is the second paragraph of "lede".
  if (/-\d+$/.test(id))
    return `an id ending in -<number> collides with paragraph anchors (lede-2 is a paragraph of lede)`;
  // A section's heading is <section id>-title.
  if (id.endsWith('-title')) return `an id ending in -title collides with section headings (lede-title)`;
  return undefined;
}

/**
 * Symbolic links under the content folder that lead out of it: the build would read (and
 * publish) whatever they point at. Links inside the folder are fine.
 */
export function symlinksOut(root: string): Problem[] {
  const out: Problem[] = [];
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    return out;
  }
  const visit = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = fs.realpathSync(full);
        } catch {
          target = undefined;
        }
        if (target === undefined || (target !== realRoot && !target.startsWith(realRoot + path.sep))) {
          out.push({
            file: relativeFile(full),
            message: target
              ? `a link to ${target}, outside the content folder`
              : 'a link that points nowhere',
            fix: 'replace the link with a copy of the file itself; content is read only from inside content/.',
          });
        }
      } else if (e.isDirectory()) {
        visit(full);
      }
    }
  };
  visit(root);
  return out;
}

import fs from 'node:fs';
import path from 'node:path';
import { locales, writtenSegments, type WrittenSegment } from '../config/locales.ts';
import { relativeFile as rel, type Problem } from '../content-files/problems.ts';
import { yearOutOfRange } from './limits.ts';

/** What may stand in the content folder's reviews/ and in a year folder (content check, build time). */

const KNOWN_YEAR_FILES = new Set(['review.yml', 'stats.yml']);

/** The year folders under reviews/, in name order; anything else there is reported. */
export function yearFolders(reviewsDir: string, problems: Problem[]): { dir: string; year: number }[] {
  const years: { dir: string; year: number }[] = [];
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
    years.push({ dir, year: Number(name) });
  }
  return years;
}

/** The edition folders of a year folder; any other entry (a generated edition's folder, a stray file) is reported. */
export function editionFolders(dir: string, problems: Problem[]): WrittenSegment[] {
  const found: WrittenSegment[] = [];
  for (const entry of fs.readdirSync(dir)) {
    const full = path.join(dir, entry);
    // review.yml and stats.yml are reported when read, even when one is a folder by mistake.
    if (entry.startsWith('.') || KNOWN_YEAR_FILES.has(entry)) continue;
    if (!fs.statSync(full).isDirectory()) {
      problems.push({
        file: rel(full),
        message: `unexpected file "${entry}" in a review folder`,
        fix: `a year folder holds ${[...KNOWN_YEAR_FILES].join(', ')} and the edition folders; move this file elsewhere.`,
      });
      continue;
    }
    const written = writtenSegments.find((s) => s === entry);
    if (written) {
      found.push(written);
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
  }
  return found;
}

/** Reports what an edition folder holds besides the section files review.yml lists (other files, unlisted sections). */
export function editionFiles(
  edDir: string,
  sectionIds: string[],
  metaFile: string,
  problems: Problem[],
): void {
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
}

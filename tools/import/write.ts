import fs from 'node:fs';
import path from 'node:path';
import { relativeFile } from '../../src/content-files/problems.ts';
import { ImportRefused } from './refused.ts';

/**
 * Tool: writes a year's files into a hidden staging folder beside the years (the content check
 * skips dot-folders), then renames it into place in one step, never over an existing year. A
 * failure removes the staging folder: the content folder is as it was.
 */
export function writeYear(reviewsDir: string, year: number, files: [string, string][]): string[] {
  const dir = path.join(reviewsDir, String(year));
  fs.mkdirSync(reviewsDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(reviewsDir, `.import-${year}-`));
  try {
    for (const [file, text] of files) {
      fs.mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
      fs.writeFileSync(path.join(staging, file), text);
    }
    // Checked again: another import or scaffold may have made the year meanwhile, and a rename
    // onto an empty folder would replace it.
    if (fs.existsSync(dir))
      throw new ImportRefused(`${relativeFile(dir)}/ appeared while importing; nothing was written.`);
    fs.renameSync(staging, dir);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  return files.map(([file]) => path.join(dir, file));
}

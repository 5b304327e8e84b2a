import fs from 'node:fs';
import { yearOutOfRange } from '../../src/reviews/limits.ts';

/**
 * What the import refuses before it reads a page, with a message instead of minutes of work or a
 * stack trace (issue 21): a year the content check would refuse (the same range, from
 * src/reviews/limits.ts), a file far larger than any saved article page, and HTML nested deeper
 * than a parser can walk.
 */

/** A saved article page with its scripts and styles is a few hundred KB; the 2024 seed is 12 KB. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
/** Real pages nest a few dozen elements deep; thousands is a broken or hostile file. */
export const MAX_HTML_DEPTH = 400;

/** Elements that have no end tag, or whose end tag old pages leave out (they do not nest). */
const NO_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd td th tr option tbody thead tfoot'.split(
    ' ',
  ),
);

/** Why `--year` cannot be used, or undefined. */
export function badYear(year: string): string | undefined {
  if (!/^\d{4}$/.test(year)) return `--year ${year}: give the year under review as four digits, like 2023.`;
  const why = yearOutOfRange(Number(year));
  return why ? `--year ${year}: ${why}.` : undefined;
}

/** Why the file is not imported (too large, nested too deep), or undefined. */
export function badInput(file: string): string | undefined {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return undefined; // a missing file is the import's to report, in its words
  }
  if (size > MAX_INPUT_BYTES) {
    return `${file} is ${Math.round(size / 1024 / 1024)} MB; a saved article page is well under ${MAX_INPUT_BYTES / 1024 / 1024} MB. Save the article page alone (or its text) and import that.`;
  }
  const depth = htmlDepth(fs.readFileSync(file, 'latin1'));
  if (depth > MAX_HTML_DEPTH) {
    return `${file} nests its HTML ${depth} elements deep (an article page nests a few dozen); save the article text as .txt and import that.`;
  }
  return undefined;
}

/** The deepest nesting of elements in an HTML text, counted by tags (no parser: it must not recurse). */
export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const name = (m[2] ?? '').toLowerCase();
    if (NO_NESTING.has(name) || m[3] === '/') continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    max = Math.max(max, depth);
  }
  return max;
}

import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/**
 * THE one definition of where a section file's frontmatter ends: the compiler's. @astrojs/mdx
 * splits a file with `parseFrontmatter` from @astrojs/internal-helpers (frontmatter: the first
 * line that STARTS with `---` closes it, and the rest of that line is section text), blanks the
 * frontmatter to spaces, and compiles what is left. The content check, the paragraph ids and the
 * build's MDX guard all read a file through this module, so none of them can see a frontmatter
 * end where the compiler does not (issue 21: a closing `---<tab>` once hid an `export` from the
 * check while Astro compiled and ran it).
 *
 * On top of the compiler's reading it states the project's stricter form, so a file that any
 * other reader (an editor, GitHub's preview, satteri on the whole file) might split elsewhere
 * fails with its line and a fix: `---` alone on line 1, YAML, `---` alone on its line.
 */

export interface FrontmatterProblem {
  line: number;
  message: string;
  fix: string;
}

export interface SplitFile {
  /** The YAML text as the compiler takes it (starts with the rest of the opening line), if any. */
  yaml: string | undefined;
  /** The file as the MDX compiler compiles it: the frontmatter blanked, every line where it was. */
  body: string;
  /** The 1-based line of the closing `---` (0 without frontmatter). */
  closingLine: number;
  /** Where the file departs from `---` alone on line 1 … `---` alone on its line. */
  problems: FrontmatterProblem[];
}

const ALONE_FIX = 'make it a line holding only --- (no space, tab, dash or text after it).';
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Splits an MDX file exactly as @astrojs/mdx does, and says where it departs from the strict form. */
export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '');
  const yaml = extractFrontmatter(text);
  if (yaml === undefined) {
    const opened = /^\s*(?:---|\+\+\+)/.test(text);
    return { yaml, body: text, closingLine: 0, problems: [noFrontmatter(opened)] };
  }
  const body = compiledBody(text);
  const start = openingAt(text);
  const end = start + 3 + yaml.length;
  const closingLine = lineAt(text, end);
  const problems: FrontmatterProblem[] = [];
  const opening = text.slice(start, start + 3);
  const closing = text.slice(end, end + 3);
  if (start > 0) {
    problems.push({
      line: 1,
      message: 'the frontmatter does not start on line 1 (blank lines or spaces come before its ---)',
      fix: 'delete everything before the opening --- so that it is the first line of the file.',
    });
  }
  if (opening !== '---' || closing !== '---') {
    problems.push({
      line: opening === '---' ? closingLine : lineAt(text, start),
      message: 'the frontmatter is fenced with +++ (TOML), which section files do not use',
      fix: 'fence the frontmatter with lines holding only --- and write it as YAML (`nav: …`).',
    });
  }
  const afterOpening = (yaml.split('\n')[0] ?? '').replace(/\r$/, '');
  if (afterOpening !== '') {
    problems.push({
      line: lineAt(text, start),
      message: `the line opening the frontmatter is "${show(opening + afterOpening)}", not ---`,
      fix: ALONE_FIX,
    });
  }
  const afterClosing = (/^[^\n]*/.exec(text.slice(end + 3))?.[0] ?? '').replace(/\r$/, '');
  if (afterClosing !== '') {
    problems.push({
      line: closingLine,
      message: `the line closing the frontmatter is "${show(closing + afterClosing)}": Astro ends the frontmatter at the first line that starts with ${closing} and compiles the rest of that line, and every line after it, as section text`,
      fix: ALONE_FIX,
    });
  }
  return { yaml, body, closingLine, problems };
}

/**
 * The text the MDX compiler is handed for `source` (what @astrojs/mdx's vite plugin passes on).
 * A file the compiler has already split (the frontmatter blanked) comes back unchanged.
 */
export function compiledBody(source: string): string {
  return compiledFile(source).body;
}

/**
 * `compiledBody` and the frontmatter the compiler reads beside it (empty when it cannot read it:
 * the content check reports that, with its line).
 */
export function compiledFile(source: string): { body: string; data: Record<string, unknown> } {
  try {
    const parsed = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    return { body: parsed.content, data: parsed.frontmatter };
  } catch {
    // The frontmatter is not YAML that js-yaml reads: the compiler stops on it (and so do the
    // content check's YAML problems). The text after it is still what it would compile.
    const yaml = extractFrontmatter(source) ?? '';
    const start = openingAt(source);
    const blank = `   ${yaml.replace(/[^\r\n]/g, ' ')}   `;
    return { body: source.slice(0, start) + blank + source.slice(start + blank.length), data: {} };
  }
}

/** Where the opening delimiter is: only white space may come before it, so the first one. */
const openingAt = (text: string): number => Math.max(0, text.search(/---|\+\+\+/));

function noFrontmatter(opened: boolean): FrontmatterProblem {
  return {
    line: 1,
    message: opened ? 'the frontmatter opened on line 1 is never closed' : 'no frontmatter',
    fix: opened
      ? 'add a line with only --- after the last frontmatter field (nav, title, kicker), before the text.'
      : 'start the file with a --- block holding at least `nav: <short label>`, then --- on its own line.',
  };
}

/** A line as the editor should see it quoted: tabs and other invisible characters made visible. */
// eslint-disable-next-line no-control-regex -- control characters are what must be made visible
const CONTROL = /[\u0000-\u001f\u007f]/g;
const show = (line: string) => line.slice(0, 40).replace(/\t/g, '⇥').replace(CONTROL, '�');

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/**
 * One module owns the conversion between the Chinese scripts (src/i18n/hant.ts): only it imports
 * opencc-js, and its converting functions are called from the content layer alone, where the
 * zh-hant edition is made once. A page, component or build hook that converts text again is the
 * render-time conversion this replaced (issue 26).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OWNER = 'src/i18n/hant.ts';
const CONVERTERS = new Set(['toHant', 'toHans', 'withHant', 'hantSource']);

/** Who may call which converting function, and why. */
const ALLOWED: Record<string, { names: string[]; why: string }> = {
  'src/reviews/schema.ts': {
    names: ['withHant'],
    why: 'the schema of text given per edition (review.yml, stats.yml)',
  },
  'src/reviews/hant-sections.ts': {
    names: ['hantSource'],
    why: 'the loader of the generated zh-hant sections',
  },
  'src/search/synonyms-loader.ts': {
    names: ['withHant'],
    why: 'the loader of the search synonyms in zh-hant',
  },
  'tools/font-subset.ts': {
    names: ['toHant'],
    why: 'the Traditional forms of the font reserve, not edition text',
  },
};
const allowedHere = (file: string, name: string) =>
  ALLOWED[file]?.names.includes(name) === true || (file.startsWith('tools/import/') && name === 'toHans');

/** The problems of one module's source: an opencc-js import, or a converter it may not call. */
export function ownershipProblems(file: string, source: string): string[] {
  if (file === OWNER) return [];
  const problems: string[] = [];
  if (/['"]opencc-js['"]/.test(source)) problems.push(`${file} imports opencc-js`);
  for (const m of source.matchAll(
    /import\s*(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]*\/hant(?:\.ts)?)['"]/g,
  )) {
    if (m[1]) continue;
    const clause = m[2] ?? '';
    if (/\*\s+as/.test(clause)) problems.push(`${file} imports the whole converter module`);
    const names = (/\{([^}]*)\}/.exec(clause)?.[1] ?? '').split(',').map(
      (n) =>
        n
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0] ?? '',
    );
    for (const name of names)
      if (CONVERTERS.has(name) && !allowedHere(file, name)) problems.push(`${file} calls ${name}`);
  }
  if (/import\(\s*['"][^'"]*\/hant(?:\.ts)?['"]\s*\)/.test(source))
    problems.push(`${file} imports the converter at run time`);
  return problems;
}

function modules(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return modules(rel);
    return /\.(ts|mts|mjs|js|astro)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [rel] : [];
  });
}

describe('one module owns the Traditional conversion', () => {
  test('No module of src/ or tools/ but src/i18n/hant.ts imports opencc-js; only the content layer converts.', () => {
    const files = [...modules('src'), ...modules('tools')];
    expect(files).toContain(OWNER);
    expect(files.flatMap((f) => ownershipProblems(f, fs.readFileSync(path.join(ROOT, f), 'utf8')))).toEqual(
      [],
    );
  });

  test('The scan finds a page that converts, an opencc-js import and a run-time import; it passes a type import.', () => {
    expect(ownershipProblems('src/pages/x.astro', "import { toHant } from '../i18n/hant.ts';")).toEqual([
      'src/pages/x.astro calls toHant',
    ]);
    expect(ownershipProblems('src/x.ts', "import * as OpenCC from 'opencc-js';")).toEqual([
      'src/x.ts imports opencc-js',
    ]);
    expect(ownershipProblems('src/x.ts', "const { toHant } = await import('../i18n/hant.ts');")).toHaveLength(
      1,
    );
    expect(ownershipProblems('src/x.ts', "import { withHant as w } from './i18n/hant.ts';")).toEqual([
      'src/x.ts calls withHant',
    ]);
    expect(
      ownershipProblems('tools/import/lines.ts', "import { toHans } from '../../src/i18n/hant.ts';"),
    ).toEqual([]);
    expect(ownershipProblems('src/reviews/schema.ts', "import { withHant } from '../i18n/hant.ts';")).toEqual(
      [],
    );
    expect(
      ownershipProblems('src/integrations/x.ts', "import { hantTiming } from '../i18n/hant.ts';"),
    ).toEqual([]);
  });
});

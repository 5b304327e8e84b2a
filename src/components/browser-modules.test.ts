import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Where browser code lives (README code map): beside the component it drives, in `*.browser.ts`
 * modules that only `<script>` blocks and other browser modules import. Build code never imports
 * them, and a browser module that defines a custom element is named after it.
 */
const src = path.resolve('src');

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Relative module specifiers imported by `code` (static and dynamic), without `?query`. */
function importsOf(code: string): string[] {
  return [
    ...code.matchAll(
      /(?:^|[\s;])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,$]+from\s*)?['"](\.{1,2}\/[^'"]+)['"]/g,
    ),
  ].map((m) => (m[1] ?? '').split('?')[0] ?? '');
}

/** The bundled `<script>` blocks of an Astro file (not `is:inline`, not JSON). */
const scriptsOf = (astro: string): string[] =>
  [...astro.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
/** An Astro file's frontmatter: code that runs at build time. */
const frontmatterOf = (astro: string): string => /^---\n([\s\S]*?)\n---/.exec(astro)?.[1] ?? '';

const files = filesUnder(src).filter((f) => !f.endsWith('.test.ts'));
const browser = files.filter((f) => f.endsWith('.browser.ts'));
const importers = (file: string) =>
  files.flatMap((f) => {
    const text = fs.readFileSync(f, 'utf8');
    const parts = f.endsWith('.astro')
      ? [
          { code: frontmatterOf(text), where: 'build' },
          ...scriptsOf(text).map((code) => ({ code, where: 'browser' })),
        ]
      : [{ code: text, where: f.endsWith('.browser.ts') ? 'browser' : 'build' }];
    return parts
      .filter((p) => importsOf(p.code).some((s) => path.resolve(path.dirname(f), s) === file))
      .map((p) => ({ file: path.relative(src, f), where: p.where }));
  });

describe('browser code beside its component', () => {
  test('there is browser code, and no page-level scripts folder', () => {
    expect(browser.length).toBeGreaterThan(5);
    expect(fs.existsSync(path.join(src, 'scripts'))).toBe(false);
  });

  test('every <script> block imports only *.browser.ts modules', () => {
    for (const f of files.filter((x) => x.endsWith('.astro'))) {
      for (const script of scriptsOf(fs.readFileSync(f, 'utf8'))) {
        for (const s of importsOf(script)) expect(s, path.relative(src, f)).toMatch(/\.browser\.ts$/);
      }
    }
  });

  test('every *.browser.ts module is imported, and only from browser code', () => {
    for (const f of browser) {
      const by = importers(f);
      expect(by.length, `${path.relative(src, f)} is imported by nothing`).toBeGreaterThan(0);
      expect(
        by.filter((i) => i.where !== 'browser'),
        path.relative(src, f),
      ).toEqual([]);
    }
  });

  test('a module that defines a custom element is named after it, and its component renders it', () => {
    let defined = 0;
    for (const f of browser) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/customElements\.define\('([a-z-]+)'/g)) {
        defined++;
        expect(path.basename(f), m[1]).toBe(`${m[1]}.browser.ts`);
        const components = files.filter(
          (x) => x.endsWith('.astro') && fs.readFileSync(x, 'utf8').includes(`<${m[1]}>`),
        );
        expect(components.length, `<${m[1]}> is rendered by a component or page`).toBeGreaterThan(0);
      }
    }
    expect(defined).toBeGreaterThan(0);
  });

  test('no browser module is over 300 lines', () => {
    for (const f of browser) {
      const lines = fs.readFileSync(f, 'utf8').split('\n').length;
      expect(lines, path.relative(src, f)).toBeLessThanOrEqual(300);
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/**
 * The shape of the source tree (tool, runs without a build): no import cycle anywhere in src/ or tools/,
 * and every module of src/ and tools/ stays small, with short functions (issue 13).
 */

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const TOOLS = fileURLToPath(new URL('../../tools/', import.meta.url));
const SOURCE = /\.(ts|mts|mjs|astro)$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return SOURCE.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative imports of a module (static, dynamic, re-exports, type-only), resolved to files. */
export function importsOf(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"?]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  return specs
    .map((s) => path.resolve(path.dirname(file), s))
    .filter((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

/** Every cycle's module chain, found by depth-first search (each cycle reported once per entry point). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

const rel = (f: string) => path.relative(SRC, f);

describe('the module graph of src/ and tools/', () => {
  const files = [...sourceFiles(SRC), ...sourceFiles(TOOLS)];
  const graph = new Map(files.map((f) => [f, importsOf(f, fs.readFileSync(f, 'utf8'))]));

  test('The walk finds a cycle where there is one (a → b → a), and none in a chain.', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'a']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });

  test('It reads the imports of a real module (the content check imports the stats check).', () => {
    const load = path.join(SRC, 'content-check', 'load.ts');
    expect(graph.get(load)?.map(rel)).toContain(path.join('stats', 'check.ts'));
  });

  test('No module imports itself back through others: the tree has no import cycle.', () => {
    const found = cycles(graph).map((c) => c.map(rel).join(' → '));
    expect(found).toEqual([]);
  });

  test('No folder of src/ imports itself back through other folders (tests included): the folders read as a pipeline.', () => {
    const folders = folderGraph(graph);
    // The walk sees real edges: the content check's root reads the reviews and the figures.
    expect(folders.get('content-check')).toEqual(expect.arrayContaining(['reviews', 'stats']));
    expect(cycles(folders).map((c) => c.join(' → '))).toEqual([]);
  });
});

/**
 * The folder of a src/ module (`src/reviews/year.ts` → `reviews`; `src/content.config.ts` →
 * `(root)`), and the folders each folder imports, from the module graph.
 */
export function folderGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const folderOf = (f: string): string | undefined => {
    const r = path.relative(SRC, f);
    if (r.startsWith('..')) return undefined;
    const parts = r.split(path.sep);
    return parts.length > 1 ? (parts[0] ?? '') : '(root)';
  };
  const out = new Map<string, Set<string>>();
  for (const [file, deps] of graph) {
    const from = folderOf(file);
    if (!from) continue;
    const set = out.get(from) ?? new Set<string>();
    out.set(from, set);
    for (const dep of deps) {
      const to = folderOf(dep);
      if (to && to !== from) set.add(to);
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

/** Every source module of the site (src/) and the tools (tools/), styles included, tests aside. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const allModules = (pattern: RegExp) =>
  [SRC, TOOLS]
    .flatMap((dir) => listFiles(dir, pattern))
    .filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.d.ts'));
function listFiles(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listFiles(full, pattern);
    return pattern.test(e.name) ? [full] : [];
  });
}
const fromRoot = (f: string) => path.relative(ROOT, f);

describe('every module stays small, with one job', () => {
  // "About 300" (issue 13): the largest, src/reviews/scaffold.ts (302), is one file of templates.
  const MAX_LINES = 310;
  test(`No module of src/ or tools/ (scripts, components, styles; tests aside) is over ${MAX_LINES} lines.`, () => {
    const modules = allModules(/\.(ts|mts|mjs|astro|css)$/);
    const big = modules
      .map((f) => [fromRoot(f), fs.readFileSync(f, 'utf8').split('\n').length - 1] as const)
      .filter(([, n]) => n > MAX_LINES);
    expect(modules.length).toBeGreaterThan(150);
    expect(big).toEqual([]);
  });

  const MAX_FUNCTION_LINES = 80;
  test(`No function of src/ or tools/ (tests aside) is over ${MAX_FUNCTION_LINES} lines.`, () => {
    const files = allModules(/\.(ts|mts)$/);
    const long = files.flatMap((f) => longFunctions(f, fs.readFileSync(f, 'utf8'), MAX_FUNCTION_LINES));
    expect(files.length).toBeGreaterThan(120);
    expect(
      longFunctions('x.ts', `function f() {\n${'  a();\n'.repeat(90)}}\n`, MAX_FUNCTION_LINES),
    ).toHaveLength(1);
    expect(long).toEqual([]);
  });
});

/** Functions (declarations, arrows, methods) longer than `max` lines, as `file:line name (n lines)`. */
function longFunctions(file: string, text: string, max: number): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = 'name' in node && node.name ? node.name.getText() : '(anonymous)';
      if (end - start + 1 > max)
        found.push(`${fromRoot(file)}:${start + 1} ${name} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { sectionModel } from '../../src/reviews/section-model.ts';
import { formatProblems, type Problem } from '../../src/content-files/problems.ts';

/** The real content folder, found from this file so the tests do not depend on CONTENT_DIR. */
export const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/**
 * Where each chart goes: section → [chart id, after paragraph N (1-based)], in page order. The
 * MDX of both editions gets `<Chart id="…" />` at these places (the content check then proves
 * the two editions agree).
 */
export const PLACEMENTS: Record<string, [string, number][]> = {
  lede: [
    ['honours', 4],
    ['lede-numbers', 4],
  ],
  'political-leadership': [
    ['sentence-range', 3],
    ['mediation-organisations', 5],
    ['political-leadership-numbers', 5],
  ],
  'service-to-development': [['service-to-development-numbers', 5]],
  'team-building': [['team-building-numbers', 3]],
};
export const EDITIONS = ['zh-hans', 'en'] as const;

/**
 * Helpers for the stats check's tests (src/stats/**.test.ts): copies of the real content with
 * charts placed (or not) and problems read back. Temp folders are removed after each test; call
 * once at the top of a test file.
 */
export function statsContent() {
  const tempRoots: string[] = [];
  afterEach(() => {
    for (const dir of tempRoots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh copy of the real content folder that a test may change freely. */
  /**
   * A copy of the real content with its `<Chart id>` lines taken out, so each test places (or
   * leaves out) charts itself from PLACEMENTS. A test below proves PLACEMENTS is where the real
   * MDX places them.
   */
  function copyContent(): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-stats-'));
    tempRoots.push(root);
    fs.cpSync(REAL_CONTENT, root, { recursive: true });
    for (const edition of EDITIONS) {
      const dir = path.join(root, 'reviews', '2024', edition);
      for (const f of fs.readdirSync(dir)) {
        const file = path.join(dir, f);
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n<Chart id="[^"]+" \/>\n/g, ''));
      }
    }
    return root;
  }

  const yearFile = (root: string, ...parts: string[]) => path.join(root, 'reviews', '2024', ...parts);
  const statsYml = (root: string) => yearFile(root, 'stats.yml');

  function replaceIn(file: string, from: string, to: string): void {
    const text = fs.readFileSync(file, 'utf8');
    expect(text, `${file} should contain ${from}`).toContain(from);
    fs.writeFileSync(file, text.replace(from, to));
  }

  /** The 1-based line of the nth line of `file` that contains `needle`. */
  function lineWith(file: string, needle: string, nth = 1): number {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    let seen = 0;
    const i = lines.findIndex((l) => l.includes(needle) && ++seen === nth);
    expect(i, `${file} should contain ${needle} (${nth})`).toBeGreaterThanOrEqual(0);
    return i + 1;
  }

  /** Inserts `<Chart id="…" />` blocks into one MDX file after the given paragraphs. */
  function placeCharts(file: string, charts: [string, number][]): void {
    const source = fs.readFileSync(file, 'utf8');
    const { paragraphs } = sectionModel(source, path.basename(file, '.mdx'));
    const lines = source.split('\n');
    // From the bottom up, so earlier line numbers stay right.
    const byParagraph = [...new Set(charts.map(([, after]) => after))].sort((a, b) => b - a);
    for (const after of byParagraph) {
      const p = paragraphs[after - 1];
      expect(p, `${file} should have paragraph ${after}`).toBeDefined();
      const lastLine = (p?.line ?? 0) + (p?.text.split('\n').length ?? 1) - 1;
      const blocks = charts.filter(([, a]) => a === after).flatMap(([id]) => ['', `<Chart id="${id}" />`]);
      lines.splice(lastLine, 0, ...blocks);
    }
    fs.writeFileSync(file, lines.join('\n'));
  }

  /** A copy of the content with every chart placed in both editions (except `leaveOut`). */
  function placedContent(leaveOut: string[] = []): string {
    const root = copyContent();
    for (const [section, charts] of Object.entries(PLACEMENTS)) {
      for (const edition of EDITIONS) {
        placeCharts(
          yearFile(root, edition, `${section}.mdx`),
          charts.filter(([id]) => !leaveOut.includes(id)),
        );
      }
    }
    return root;
  }

  /** Removes a chart's record (from its `- id:` line to the next record) from stats.yml. */
  function removeChart(root: string, id: string): void {
    const file = statsYml(root);
    const text = fs.readFileSync(file, 'utf8');
    const start = text.indexOf(`  - id: ${id}\n    stats:`);
    expect(start, `stats.yml should have chart ${id}`).toBeGreaterThan(0);
    const next = text.indexOf('\n  - id: ', start + 1);
    fs.writeFileSync(file, text.slice(0, start) + text.slice(next + 1));
  }

  /** Every problem, as [file relative to the year folder, line, message], sorted. */
  const brief = (problems: Problem[]) =>
    problems
      .map((p) => [p.file.replace(/^.*reviews\/2024\//, ''), p.line, p.message] as const)
      .sort((a, b) => a[0].localeCompare(b[0]) || (a[1] ?? 0) - (b[1] ?? 0));

  /** The only problem; fails listing every problem when there is not exactly one. */
  function onlyProblem(problems: Problem[]): Problem {
    expect(problems, `expected exactly one problem, got:\n${formatProblems(problems)}`).toHaveLength(1);
    return problems[0] as Problem;
  }

  function find(problems: Problem[], message: string | RegExp): Problem {
    const found = problems.find((p) =>
      typeof message === 'string' ? p.message === message : message.test(p.message),
    );
    expect(found, `expected a problem ${message}, got:\n${formatProblems(problems)}`).toBeDefined();
    return found as Problem;
  }
  return {
    copyContent,
    placedContent,
    yearFile,
    statsYml,
    replaceIn,
    lineWith,
    placeCharts,
    removeChart,
    brief,
    onlyProblem,
    find,
  };
}

import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/config/locales.ts';
import { distDir, fileOf, htmlPages, page } from './dist.ts';

/**
 * Byte budgets, as tests (bytes are deterministic; times are measured by `npm run bench`).
 * First load = the HTML plus everything it pulls in before any interaction: stylesheets, images,
 * icons, and scripts with their static imports (not dynamic imports, which are lazy).
 */
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;
const BUDGET_PAGE = 25 * 1024;
const BUDGET_JS = 2 * 1024;
const BUDGET_PARALLEL = 30 * 1024;
/** A figure page or embed (issue 25): light enough to open from a chat on a slow phone. */
const BUDGET_FIGURE = 12 * 1024;

function fileFor(ref: string, from: string): string {
  return ref.startsWith('/') ? fileOf(ref) : path.join(path.dirname(from), ref);
}

/** A script file and the files it imports statically, transitively. */
function scriptClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const src = fs.readFileSync(file, 'utf8');
  for (const m of src.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,]+from\s*)?["'`]([^"'`]+)["'`]/g)) {
    const ref = m[1] ?? '';
    if (ref.startsWith('.') || ref.startsWith('/')) scriptClosure(fileFor(ref, file), seen);
  }
  return seen;
}

function firstLoad(sitePath: string): {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  jsSource: string;
} {
  const root = page(sitePath);
  const htmlFile = fileOf(sitePath);
  const html = gz(fs.readFileSync(htmlFile));
  let css = 0;
  let other = 0;
  let jsSource = '';
  for (const l of root.querySelectorAll('link[rel=stylesheet]'))
    css += gz(fs.readFileSync(fileFor(l.getAttribute('href') ?? '', htmlFile)));
  for (const l of root.querySelectorAll('link[rel~=icon], img[src]')) {
    const ref = l.getAttribute('href') ?? l.getAttribute('src') ?? '';
    const f = fileFor(new URL(ref, 'http://x.invalid/').pathname, htmlFile);
    if (fs.existsSync(f)) other += gz(fs.readFileSync(f));
  }
  const scripts = new Set<string>();
  for (const s of root.querySelectorAll('script')) {
    const src = s.getAttribute('src');
    if (src) scriptClosure(fileFor(src, htmlFile), scripts);
    else if (s.getAttribute('type') !== 'application/ld+json') {
      jsSource += s.textContent;
      for (const m of s.textContent.matchAll(/import\s*(?:[\w*{}\s,]+from\s*)?["'`](\/[^"'`]+)["'`]/g))
        scriptClosure(fileOf(m[1] ?? ''), scripts);
    }
  }
  for (const f of scripts) jsSource += fs.readFileSync(f, 'utf8');
  const js = jsSource ? gz(jsSource) : 0;
  return { html, css, js, other, total: html + css + js + other, jsSource };
}

describe('byte budgets', () => {
  for (const l of locales) {
    const p = `/${l.segment}/2024/`;
    test(`${p} first load is at most 25 KB gzip, charts included`, () => {
      const f = firstLoad(p);
      expect(
        f.total,
        `${p}: ${f.total} B gzip (HTML ${f.html}, CSS ${f.css}, JS ${f.js}, other ${f.other}); budget ${BUDGET_PAGE} B`,
      ).toBeLessThanOrEqual(BUDGET_PAGE);
    });

    test(`${p} first-load JavaScript is at most 2 KB gzip`, () => {
      const f = firstLoad(p);
      expect(f.js, `${p}: ${f.js} B gzip of first-load JS; budget ${BUDGET_JS} B`).toBeLessThanOrEqual(
        BUDGET_JS,
      );
      expect(f.jsSource, 'the chart code (d3) is not in the first load').not.toMatch(/__transition|d3-/);
    });
  }

  test('each parallel page (对照) first load is at most 30 KB gzip, with no chart code', () => {
    const parallel = htmlPages().filter((x) => /\/parallel\/$/.test(x));
    expect(parallel.length).toBeGreaterThan(0);
    for (const p of parallel) {
      const f = firstLoad(p);
      expect(
        f.total,
        `${p}: ${f.total} B gzip (HTML ${f.html}, CSS ${f.css}, JS ${f.js}, other ${f.other}); budget ${BUDGET_PARALLEL} B`,
      ).toBeLessThanOrEqual(BUDGET_PARALLEL);
      expect(f.jsSource, p).not.toMatch(/__transition|d3-|charts-animate/);
    }
  });

  test('each figure page and embed first load is at most 12 KB gzip, with no chart code', () => {
    const figures = htmlPages().filter((x) => /\/figures\//.test(x));
    expect(figures.length).toBeGreaterThan(0);
    for (const p of figures) {
      const f = firstLoad(p);
      expect(
        f.total,
        `${p}: ${f.total} B gzip (HTML ${f.html}, CSS ${f.css}, JS ${f.js}, other ${f.other}); budget ${BUDGET_FIGURE} B`,
      ).toBeLessThanOrEqual(BUDGET_FIGURE);
      expect(f.jsSource, p).not.toMatch(/__transition|d3-|charts-animate/);
    }
  });

  test('no page but the search page loads search code or the index on first load', () => {
    for (const p of htmlPages().filter((x) => !/\/search\/$/.test(x))) {
      const f = firstLoad(p);
      expect(f.jsSource, p).not.toMatch(/pagefind/i);
      expect(page(p).querySelector('link[href*="pagefind"]'), p).toBeNull();
    }
  });

  test('the budget measure counts what a page pulls in (it can fail)', () => {
    // A page's measure includes its HTML and grows with a script's static imports.
    const f = firstLoad('/en/2024/');
    expect(f.html).toBeGreaterThan(1000);
    expect(f.total).toBe(f.html + f.css + f.js + f.other);
    expect(fs.existsSync(distDir)).toBe(true);
  });
});

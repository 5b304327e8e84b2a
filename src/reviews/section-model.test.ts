import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import type { Problem } from '../content-files/problems.ts';
import { paragraphIds } from './paragraph-ids.ts';
import { readingMinutes } from './reading-time.ts';
import { readSection } from './section.ts';
import { sectionModel } from './section-model.ts';

/** A section file: frontmatter on lines 1–4, body from line 5. */
const file = (...body: string[]) =>
  ['---', 'nav: Overview', 'kicker: Safety first.', '---', ...body, ''].join('\n');

/** The paragraph ids the compiler writes into the page for `source` (as a lede section file). */
function compiledIds(source: string): string[] {
  const result = mdxToJs(source, {
    fileURL: new URL('file:///site/content/reviews/2024/en/lede.mdx'),
    mdastPlugins: [paragraphIds],
  });
  if (result instanceof Promise) throw new Error('expected a synchronous compile');
  return [...result.code.matchAll(/id: "(lede-\d+)"/g)].map((m) => m[1] ?? '');
}

const BODY = file(
  'Crime fell 20.7%.',
  '',
  '<Chart id="crime-falls" />',
  '',
  '{/* an editor’s note */}',
  '',
  'Fraud fell <Term id="fraud">0.7%</Term>,',
  'on a second line.',
  '',
  'The end.',
);

describe('a section parsed once into its model', () => {
  test('Paragraphs have ids <section>-<n>, file lines and their source; charts and comments are not paragraphs.', () => {
    const model = sectionModel(BODY, 'lede');
    expect(model.paragraphs.map((p) => [p.id, p.line, p.text])).toEqual([
      ['lede-1', 5, 'Crime fell 20.7%.'],
      ['lede-2', 11, 'Fraud fell <Term id="fraud">0.7%</Term>,\non a second line.'],
      ['lede-3', 14, 'The end.'],
    ]);
    expect(model.blocks.map((b) => (b.kind === 'chart' ? `chart ${b.chart}` : b.kind))).toEqual([
      'paragraph',
      'chart crime-falls',
      'paragraph',
      'paragraph',
    ]);
    expect(model.kicker).toBe('Safety first.');
  });

  test('The page’s ids are the model’s: the compiler’s plugin numbers exactly the model’s paragraphs.', () => {
    expect(compiledIds(BODY)).toEqual(sectionModel(BODY, 'lede').paragraphs.map((p) => p.id));
    expect(compiledIds(BODY)).toEqual(['lede-1', 'lede-2', 'lede-3']);
  });

  test('Visible text and terms: tags and comments go, a Term keeps its words, Windows line ends count alike.', () => {
    const model = sectionModel(
      file('A <Term id="two-upholds">“Two Upholds”</Term> text {/* note */} here.'),
      'x',
    );
    expect(model.paragraphs[0]?.visible).toBe('A “Two Upholds” text  here.');
    expect(model.terms).toEqual([{ id: 'two-upholds', words: '“Two Upholds”', line: 5 }]);
    const either = `a <Term id="x">b</Term> <Term id='y'>c</Term>\n<Term  id ="x">d</Term> <Terms id="z" />`;
    expect(sectionModel(either, 's').terms.map((t) => t.id)).toEqual(['x', 'y', 'x']);
    expect(sectionModel(BODY.replace(/\n/g, '\r\n'), 'lede').paragraphs.map((p) => p.line)).toEqual([
      5, 11, 14,
    ]);
  });

  test('Where the old blank-line rule and the parser disagreed, the model follows the parser (what the page shows).', () => {
    // A paragraph between two comments: the old rule read the block as a comment and dropped it.
    const commented = sectionModel(file('{/* a */} Crime fell. {/* b */}'), 's');
    expect(commented.paragraphs.map((p) => p.visible.trim())).toEqual(['Crime fell.']);
    // Text glued under a chart: the old rule made one paragraph at the chart's line; the page
    // shows the chart, then a paragraph on the next line.
    const glued = sectionModel(file('<Chart id="crime-falls" />', 'Text glued under a chart.'), 's');
    expect(glued.paragraphs.map((p) => [p.line, p.text])).toEqual([[6, 'Text glued under a chart.']]);
    // Two charts on consecutive lines: no paragraph (the old rule counted one, shifting every id after it).
    expect(
      sectionModel(file('<Chart id="a" />', '<Chart id="b" />', '', 'Text.'), 's').paragraphs.map(
        (p) => p.id,
      ),
    ).toEqual(['s-1']);
    // A <Term> alone on its line is no paragraph either: the check reports it (src/reviews/section.ts).
    expect(sectionModel(file('<Term id="x">Safe</Term>'), 's').blocks).toEqual([
      { kind: 'other', type: 'mdxJsxFlowElement', name: 'Term', line: 5 },
    ]);
  });

  test('Text MDX cannot read keeps its paragraphs, block by block, with the parser’s error and its line.', () => {
    const model = sectionModel(file('First.', '', '一段 {未闭合', '', 'Last.'), 's');
    expect(model.parseError?.line).toBe(7);
    expect(model.tree).toBeUndefined();
    expect(model.paragraphs.map((p) => [p.id, p.line, p.text])).toEqual([
      ['s-1', 5, 'First.'],
      ['s-2', 7, '一段 {未闭合'],
      ['s-3', 9, 'Last.'],
    ]);
  });

  test('Reading time counts Chinese characters and English words a reader sees, not markup, across sections.', () => {
    const zh = sectionModel('平'.repeat(1000), 's');
    expect(zh.reading.han).toBe(1000);
    expect(readingMinutes([zh, zh], 'zh-hans')).toBe(5);
    const en = sectionModel(
      `${'word '.repeat(460)}\n\n<Chart id="reform-of-the-long-name" />\n\n{/* not read */}`,
      's',
    );
    expect(en.reading.words).toBe(460);
    expect(readingMinutes([en], 'en')).toBe(2);
    expect(readingMinutes([], 'en')).toBe(1);
  });
});

describe('the content check reads the model', () => {
  /** The check's problems for one section file with `body` (frontmatter on lines 1–3). */
  function check(body: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'section-model-'));
    const file = path.join(dir, 'lede.mdx');
    fs.writeFileSync(file, `---\nnav: Overview\n---\n${body}\n`);
    const problems: Problem[] = [];
    const section = readSection(file, 'lede', 'en', problems);
    fs.rmSync(dir, { recursive: true });
    return { section, problems };
  }

  test('Its paragraphs are the model’s, and the model is kept for the pages of the build.', () => {
    const { section, problems } = check('First.\n\n<Chart id="a" />\n<Chart id="b" />\n\nSecond.');
    expect(problems).toEqual([]);
    expect(section?.paragraphs.map((p) => [p.id, p.line])).toEqual([
      ['lede-1', 4],
      ['lede-2', 9],
    ]);
    expect(section?.model.paragraphs).toBe(section?.paragraphs);
  });

  test('A <Term> alone on its line, which the page would show outside any paragraph, is reported at its line.', () => {
    const { problems } = check('First.\n\n<Term id="x">Safe Nantong</Term>');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [6, 'a <Term> stands alone on its line, so the page shows it outside any paragraph'],
    ]);
  });

  test('Text MDX cannot read is reported once, at its line, with the fix for a literal brace.', () => {
    const { problems } = check('First.\n\n一段 {未闭合');
    expect(problems.map((p) => [p.line, p.message.slice(0, 20)])).toEqual([[6, 'MDX reads "{" as the']]);
  });
});

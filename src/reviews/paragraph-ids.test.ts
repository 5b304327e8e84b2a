import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { paragraphIds, paragraphIdsByLine } from './paragraph-ids.ts';
import { splitParagraphs } from './paragraphs.ts';

const SECTION = new URL('file:///site/content/reviews/2024/en/lede.mdx');
function compile(source: string, fileURL = SECTION): string {
  const result = mdxToJs(source, { fileURL, mdastPlugins: [paragraphIds] });
  // Only async plugins make the compile a promise; this one is synchronous.
  if (result instanceof Promise) throw new Error('expected a synchronous compile');
  return result.code;
}
/** The paragraph ids in compiled MDX (component props such as <Chart id> are not `lede-…`). */
const ids = (code: string) => [...code.matchAll(/id: "(lede-\d+)"/g)].map((m) => m[1]);

const BODY = [
  '---',
  'nav: Overview',
  '---',
  '',
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
  '',
].join('\n');

describe('paragraph ids by the one paragraph rule', () => {
  test('Each reading paragraph of a section file gets <section>-<n>, n as the content check counts (charts and comments are not paragraphs).', () => {
    expect(splitParagraphs(BODY.split('---\n')[2] ?? '')).toHaveLength(3);
    expect(ids(compile(BODY))).toEqual(['lede-1', 'lede-2', 'lede-3']);
    expect([...paragraphIdsByLine(BODY, 'lede')]).toEqual([
      [5, 'lede-1'],
      [11, 'lede-2'],
      [14, 'lede-3'],
    ]);
  });

  test('An MDX file that is not a section file is left alone.', () => {
    expect(ids(compile('Some text.\n', new URL('file:///site/src/pages/about.mdx')))).toEqual([]);
  });

  test('A paragraph the parser sees but the rule does not count stops the build with its file and line.', () => {
    const glued = 'Crime fell.\n\n<Chart id="crime-falls" />\nText glued under a chart.\n';
    expect(() => compile(glued)).toThrow(
      /lede\.mdx:4: the page sees a paragraph here that the content check does not count/,
    );
  });
});

import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { paragraphIds, paragraphIdsByLine } from './paragraph-ids.ts';

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

describe('paragraph ids by the section model', () => {
  test('Each reading paragraph of a section file gets <section>-<n>, n as the content check counts (charts and comments are not paragraphs).', () => {
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

  test('Text glued under a chart (once a build error: the old rule saw one block) is numbered alike by the page and the check.', () => {
    const glued = 'Crime fell.\n\n<Chart id="crime-falls" />\nText glued under a chart.\n';
    expect(ids(compile(glued))).toEqual(['lede-1', 'lede-2']);
    expect([...paragraphIdsByLine(glued, 'lede')]).toEqual([
      [1, 'lede-1'],
      [4, 'lede-2'],
    ]);
  });
});

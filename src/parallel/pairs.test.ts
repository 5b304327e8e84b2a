import { describe, expect, test } from 'vitest';
import { sectionModel } from '../reviews/section-model.ts';
import { chartPlace, pairBlocks, sectionBlocks } from './pairs.ts';
import { counterpartOf, hasParallel, parallelPath } from './routes.ts';

const zh = `<p>第一段。</p>\n${chartPlace('fraud')}\n<p>第二段<b>粗</b>。</p>`;
const en = `<p>First.</p>${chartPlace('fraud')}<p>Second <button popovertarget="pnote-x">term</button>.</p>\n`;
/** The model of a section with that shape: a paragraph, the chart, a paragraph. */
const model = (section: string) =>
  sectionModel('第一段。\n\n<Chart id="fraud" />\n\n第二段**粗**。', section);
const two = (section: string) => sectionModel('First.\n\nSecond.', section);

describe('sectionBlocks', () => {
  test('names paragraphs by the section model, as the review page does, and keeps chart places between them', () => {
    expect(sectionBlocks(zh, model('lede'), 'zh.mdx')).toEqual([
      { kind: 'text', id: 'lede-1', html: '第一段。' },
      { kind: 'chart', id: 'chart-fraud', chart: 'fraud' },
      { kind: 'text', id: 'lede-2', html: '第二段<b>粗</b>。' },
    ]);
  });

  test('refuses markup that is neither a paragraph nor a chart place, naming the file', () => {
    expect(() => sectionBlocks('<p>a</p><ul><li>b</li></ul>', model('lede'), 'content/x.mdx')).toThrow(
      /content\/x\.mdx: .*<ul><li>b/,
    );
  });

  test('refuses rendered blocks the model does not have, or an id that is not the model’s', () => {
    expect(() => sectionBlocks('<p>a</p><p>b</p>', model('lede'), 'x.mdx')).toThrow(
      /x\.mdx: block 2 renders as paragraph \(no id\), but the section model has <Chart id="fraud" \/> there/,
    );
    expect(() => sectionBlocks('<p id="lede-9">a</p>', two('lede'), 'x.mdx')).toThrow(
      /paragraph lede-9, but the section model has paragraph lede-1/,
    );
    expect(() => sectionBlocks('<p>a</p>', two('lede'), 'x.mdx')).toThrow(
      /block 2 \(paragraph lede-2\) of the section model renders as nothing/,
    );
  });
});

describe('pairBlocks', () => {
  test('pairs block i with block i', () => {
    const pairs = pairBlocks(sectionBlocks(zh, model('s'), 'a'), sectionBlocks(en, model('s'), 'b'), [
      'a',
      'b',
    ]);
    expect(pairs.map((p) => p.id)).toEqual(['s-1', 'chart-fraud', 's-2']);
    expect(pairs[2]).toMatchObject({ kind: 'text', n: 2, a: '第二段<b>粗</b>。' });
  });

  test('stops at the first place the editions part, naming both files', () => {
    const short = sectionBlocks('<p>First.</p><p>Second.</p>', two('s'), 'b');
    expect(() => pairBlocks(sectionBlocks(zh, model('s'), 'a'), short, ['zh.mdx', 'en.mdx'])).toThrow(
      /zh\.mdx and en\.mdx do not line up at block 2: <Chart id="fraud" \/> beside paragraph s-2/,
    );
    const one = sectionModel('a', 's');
    expect(() => pairBlocks(sectionBlocks('<p>a</p>', one, 'a'), [], ['zh.mdx', 'en.mdx'])).toThrow(
      /paragraph s-1 beside nothing/,
    );
  });
});

describe('which parallel pages exist', () => {
  test('only for a review in both Chinese and English', () => {
    expect(hasParallel({ year: 2024, editions: ['zh-hans', 'zh-hant', 'en'] })).toBe(true);
    expect(hasParallel({ year: 2025, editions: ['zh-hans', 'zh-hant'] })).toBe(false);
  });

  test('English stands beside Chinese, Simplified beside English', () => {
    expect(counterpartOf('zh-hans')).toBe('en');
    expect(counterpartOf('zh-hant')).toBe('en');
    expect(counterpartOf('en')).toBe('zh-hans');
    expect(parallelPath('zh-hant', 2024)).toBe('zh-hant/2024/parallel/');
  });
});

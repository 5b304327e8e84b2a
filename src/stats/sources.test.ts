import { describe, expect, test } from 'vitest';
import { sectionModel } from '../reviews/section-model.ts';
import { sourceOf } from './sources.ts';

/** A section as the source links read it: its model's paragraphs, from a body of paragraphs. */
const section = (nav: string, ...paragraphs: string[]) => ({
  nav,
  paragraphs: sectionModel(paragraphs.join('\n\n'), 'lede').paragraphs,
});

describe('the source paragraph of a figure', () => {
  const zh = section('导语', '刑事案件同比下降20.7%。', '电诈案件同比下降0.7%。');
  const en = section('Overview', 'Criminal cases fell 20.7%.', 'Fraud cases fell 0.7%.');

  test('A quote is found by the check’s rule: “0.7%” links the paragraph of 0.7%, not the 20.7% before it.', () => {
    const source = sourceOf({ quote: '下降0.7%', section: 'lede' }, zh, zh, 'zh-hans');
    expect(source).toMatchObject({ anchor: 'lede-2', paragraph: 2, sentence: '电诈案件同比下降0.7%。' });
    const bare = sourceOf({ quote: '0.7%', section: 'lede' }, zh, en, 'en');
    expect(bare).toMatchObject({
      anchor: 'lede-2',
      paragraph: 2,
      sentence: 'Fraud cases fell 0.7%.',
      sectionName: 'Overview',
    });
  });

  test('A quote across a <Term> is found in the words a reader sees, and a figure of no paragraph has no source.', () => {
    const tagged = section('导语', '全市<Term id="x">电诈</Term>案件下降0.7%。');
    expect(
      sourceOf({ quote: '电诈案件下降0.7%', section: 'lede' }, tagged, tagged, 'zh-hans')?.paragraph,
    ).toBe(1);
    expect(sourceOf({ quote: '下降9.9%', section: 'lede' }, zh, zh, 'zh-hans')).toBeUndefined();
    expect(sourceOf({ quote: '0.7%', section: 'lede' }, undefined, undefined, 'zh-hans')).toBeUndefined();
  });
});

import { describe, expect, test } from 'vitest';
import { locales } from '../../src/config/locales.ts';
import { missingInEnglish } from '../../src/content-files/numbers.ts';
import { htmlPages, reviewBlocks } from './dist.ts';

/** Every Chinese paragraph has its English paragraph, and every figure survives translation. */
const reviewPages = htmlPages().filter((p) => /^\/zh-hans\/\d{4}\/$/.test(p));

describe('English completeness', () => {
  test('there is at least one review to check', () => {
    expect(reviewPages.length).toBeGreaterThan(0);
  });

  for (const zhPath of reviewPages) {
    const enPath = zhPath.replace('/zh-hans/', '/en/');
    const zh = reviewBlocks(zhPath);
    const en = reviewBlocks(enPath);

    test(`${enPath} has the same sections and the same number of blocks per section as ${zhPath}`, () => {
      const count = (blocks: typeof zh) =>
        blocks.reduce<Record<string, number>>(
          (acc, b) => ({ ...acc, [b.section]: (acc[b.section] ?? 0) + 1 }),
          {},
        );
      expect(count(en)).toEqual(count(zh));
    });

    test(`every figure of each Chinese paragraph of ${zhPath} appears in its English paragraph`, () => {
      const missing = zh
        .map((b, i) => ({
          section: b.section,
          zh: b.text.slice(0, 30),
          missing: missingInEnglish(b.text, en[i]?.text ?? ''),
        }))
        .filter((m) => m.missing.length > 0);
      expect(missing).toEqual([]);
    });
  }

  test('each edition renders the review’s five section anchors in the same order', () => {
    const ids = (p: string) => [...new Set(reviewBlocks(p).map((b) => b.section))];
    for (const l of locales) {
      expect(ids(`/${l.segment}/2024/`)).toEqual([
        'lede',
        'political-leadership',
        'service-to-development',
        'team-building',
        'outlook',
      ]);
    }
  });
});

import { describe, expect, test } from 'vitest';
import en from '../i18n/en.json';
import zhHans from '../i18n/zh-hans.json';
import { createFormatter, pickStrings } from './strings.ts';

describe('search strings in the browser', () => {
  test('Only the search page’s own strings are handed to the browser.', () => {
    const picked = pickStrings(en);
    expect(Object.keys(picked).length).toBeGreaterThan(10);
    expect(Object.keys(picked).every((k) => k.startsWith('search.'))).toBe(true);
  });

  test('English counts pick the singular or plural form, as i18next would.', () => {
    const t = createFormatter(pickStrings(en), 'en');
    expect(t('search.count', { count: 1, query: 'grid' })).toBe('1 result for “grid”');
    expect(t('search.count', { count: 3, query: 'grid' })).toBe('3 results for “grid”');
    expect(t('search.count', { count: 1200, query: 'grid' })).toBe('1,200 results for “grid”');
  });

  test('Chinese has one form for every count.', () => {
    const t = createFormatter(pickStrings(zhHans), 'zh-Hans');
    expect(t('search.count', { count: 1, query: '网格' })).toBe('“网格”：1 条结果');
    expect(t('search.count', { count: 3, query: '网格' })).toBe('“网格”：3 条结果');
  });

  test('Variables are inserted as text, and a missing key is an error, not a blank.', () => {
    const t = createFormatter(pickStrings(en), 'en');
    expect(t('search.none', { query: '<b>x</b>' })).toBe('No results for “<b>x</b>”.');
    expect(() => t('search.nope')).toThrow(/search\.nope/);
  });
});

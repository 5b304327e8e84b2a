import { writtenSource } from './locales.ts';
import { describe, expect, test } from 'vitest';
import { declaredEditions, reviewEditions } from './editions.ts';

describe('a review’s editions, from review.yml alone', () => {
  test('Without an editions list a year has every written edition, and zh-hant with zh-hans.', () => {
    expect(declaredEditions({})).toEqual(['zh-hans', 'en']);
    expect(reviewEditions({})).toEqual(['zh-hans', 'zh-hant', 'en']);
    expect(reviewEditions({ editions: undefined })).toEqual(['zh-hans', 'zh-hant', 'en']);
  });

  test('A listed subset is published in table order, whatever order review.yml lists it in.', () => {
    expect(reviewEditions({ editions: ['zh-hans'] })).toEqual(['zh-hans', 'zh-hant']);
    expect(declaredEditions({ editions: ['en', 'zh-hans'] })).toEqual(['zh-hans', 'en']);
    expect(reviewEditions({ editions: ['en', 'zh-hans'] })).toEqual(['zh-hans', 'zh-hant', 'en']);
  });
});

describe('writtenSource', () => {
  test('A written edition shows its own text; zh-hant shows the zh-hans text, converted.', () => {
    expect(writtenSource('zh-hans')).toBe('zh-hans');
    expect(writtenSource('en')).toBe('en');
    expect(writtenSource('zh-hant')).toBe('zh-hans');
  });
});

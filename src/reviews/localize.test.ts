import { describe, expect, test } from 'vitest';
import { plainText } from './mdx-text.ts';
import { formatPublished, pick } from './localize.ts';
import { editionText } from './schema.ts';

describe('formatPublished', () => {
  test('A month-only date reads 2025年1月 in both Chinese editions and January 2025 in English, with no day.', () => {
    expect(formatPublished('2025-01', 'zh-hans')).toBe('2025年1月');
    expect(formatPublished('2025-01', 'zh-hant')).toBe('2025年1月');
    expect(formatPublished('2025-01', 'en')).toBe('January 2025');
    for (const segment of ['zh-hans', 'zh-hant', 'en'] as const) {
      const text = formatPublished('2025-01', segment);
      expect(text, `${segment}: ${text}`).not.toMatch(/日|\b1,|\b1\s+January|January\s+1\b/);
    }
  });

  test('A date with a day shows that day in every edition.', () => {
    expect(formatPublished('2025-01-06', 'zh-hans')).toBe('2025年1月6日');
    expect(formatPublished('2025-01-06', 'zh-hant')).toBe('2025年1月6日');
    expect(formatPublished('2025-01-06', 'en')).toBe('6 January 2025');
  });

  test('A year-only date shows the year; a year with a lower bound shows the year and the bound, and no month of publication.', () => {
    expect(formatPublished('2025', 'zh-hans')).toBe('2025年');
    expect(formatPublished('2025', 'en')).toBe('2025');
    expect(formatPublished('2025 (on or after 2025-01-06)', 'zh-hans')).toBe('2025年（1月6日或之后）');
    expect(formatPublished('2025 (on or after 2025-01-06)', 'zh-hant')).toBe('2025年（1月6日或之後）');
    expect(formatPublished('2025 (on or after 2025-01-06)', 'en')).toBe('2025 (on or after 6 January)');
  });

  test('The last day of a month is not shifted by the time zone.', () => {
    expect(formatPublished('2024-12-31', 'en')).toBe('31 December 2024');
    expect(formatPublished('2024-12', 'zh-hans')).toBe('2024年12月');
  });
});

describe('pick', () => {
  const written = { 'zh-hans': '打通了联系服务群众的“最后一米”', en: 'the “last metre” in keeping in touch' };

  test('The zh-hant text is made when the text is parsed, and pick returns each edition as stored.', () => {
    const text = editionText.parse(written);
    expect(text['zh-hant']).toBe('打通了聯繫服務群眾的「最後一米」');
    expect(pick(text, 'zh-hant')).toBe(text['zh-hant']);
    expect(pick(text, 'zh-hans')).toBe(written['zh-hans']);
    expect(pick(text, 'en')).toBe(written.en);
  });

  test('pick never converts: it returns the stored zh-hant text, and throws where there is none.', () => {
    expect(pick({ ...written, 'zh-hant': '存下的文字' }, 'zh-hant')).toBe('存下的文字');
    expect(() => pick(written as never, 'zh-hant')).toThrow(/No zh-hant text/);
  });

  test('An editor cannot write zh-hant text: the schema refuses the field.', () => {
    expect(editionText.safeParse({ ...written, 'zh-hant': '手寫' }).success).toBe(false);
  });
});
describe('plainText', () => {
  test('It strips a Term tag but keeps its words.', () => {
    expect(plainText('given <Term id="safe-nantong">“Safe Nantong”</Term> (平安南通) a shine')).toBe(
      'given “Safe Nantong” (平安南通) a shine',
    );
  });

  test('It strips self-closing tags and folds whitespace and line breaks into single spaces.', () => {
    expect(plainText('  Crime <Chart ids="a" /> fell\n  by   20.7%.  ')).toBe('Crime fell by 20.7%.');
  });

  test('It leaves a less-than sign that opens no tag.', () => {
    expect(plainText('rates < 5% and 3 <4')).toBe('rates < 5% and 3 <4');
  });
});

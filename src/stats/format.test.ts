import { describe, expect, test } from 'vitest';
import { formatMonths, formatNumber, formatStat, printedForm, signedValue } from './format.ts';

describe('locale-aware numbers', () => {
  test('English groups thousands, Chinese writes the figure as printed', () => {
    expect(formatNumber(1204, 'en')).toBe('1,204');
    expect(formatNumber(1204, 'zh-hans')).toBe('1204');
    expect(formatNumber(1204, 'zh-hant')).toBe('1204');
  });

  test('large amounts use million in English and 万 in Chinese', () => {
    expect(formatStat({ value: 12_600_000, unit: 'yuan', kind: 'level' }, 'en').text).toBe(
      '12.6 million yuan',
    );
    expect(formatStat({ value: 12_600_000, unit: 'yuan', kind: 'level' }, 'zh-hans').text).toBe('1260万元');
  });

  test('a change carries its sign and a qualifier its word', () => {
    expect(formatStat({ value: 20.7, unit: 'percent', kind: 'change', direction: 'down' }, 'en').text).toBe(
      '−20.7%',
    );
    expect(formatStat({ value: 9.2, unit: 'percent', kind: 'change', direction: 'up' }, 'zh-hans').text).toBe(
      '+9.2%',
    );
    expect(formatStat({ value: 1000, unit: 'count', kind: 'level', qualifier: 'more-than' }, 'en').text).toBe(
      '1,000+',
    );
    expect(
      formatStat({ value: 1000, unit: 'count', kind: 'level', qualifier: 'more-than' }, 'zh-hans').text,
    ).toBe('1000余');
  });

  test('a range of months is written as years and months in each edition', () => {
    expect(formatMonths(114, 'zh-hans')).toBe('9年6个月');
    expect(formatMonths(114, 'zh-hant')).toBe('9年6個月');
    expect(formatMonths(5, 'en')).toBe('5 months');
    expect(formatStat({ value: 114, low: 5, unit: 'months', kind: 'range' }, 'en').text).toBe(
      '5 months to 9 years 6 months',
    );
    // Chinese writes a range with 至, never a Western dash.
    expect(formatStat({ value: 114, low: 5, unit: 'months', kind: 'range' }, 'zh-hans').text).toBe(
      '5个月至9年6个月',
    );
  });

  test('a range whose ends are different penalties names each end', () => {
    // zh-hant's words as the content layer stores them (src/reviews/schema.ts): looked up, not converted.
    const ends = {
      low: { 'zh-hans': '拘役', 'zh-hant': '拘役', en: 'criminal detention' },
      high: { 'zh-hans': '有期徒刑', 'zh-hant': '有期徒刑', en: 'fixed-term imprisonment' },
    };
    const stat = { value: 114, low: 5, unit: 'months', kind: 'range', ends } as const;
    expect(formatStat(stat, 'zh-hans').text).toBe('拘役5个月至有期徒刑9年6个月');
    expect(formatStat(stat, 'zh-hant').text).toBe('拘役5個月至有期徒刑9年6個月');
    expect(formatStat(stat, 'en').text).toBe(
      '5 months’ criminal detention to 9 years 6 months’ fixed-term imprisonment',
    );
  });

  test('a mark several rates reached (均达) says so: 达90% / reached 90%', () => {
    expect(
      formatStat({ value: 90, unit: 'percent', kind: 'rate', qualifier: 'reached' }, 'zh-hans').text,
    ).toBe('达90%');
    expect(formatStat({ value: 90, unit: 'percent', kind: 'rate', qualifier: 'reached' }, 'en').text).toBe(
      'reached 90%',
    );
  });

  test('a change of a rate in %, its unit left open by the text, carries the note "as reported"', () => {
    const rate = {
      value: 9.2,
      unit: 'percent' as const,
      kind: 'change' as const,
      direction: 'up' as const,
      quote: '破案率上升9.2%',
    };
    expect(formatStat(rate, 'en')).toMatchObject({ text: '+9.2%', note: 'as reported' });
    expect(formatStat(rate, 'zh-hans').note).toBe('按原文表述');
    expect(formatStat({ ...rate, quote: '刑事案件发案数下降20.7%' }, 'en').note).toBeUndefined();
    expect(formatStat({ ...rate, unit: 'percentage-point' }, 'en').note).toBeUndefined();
  });

  test('a fall is negative for change bars, a rise and a level positive', () => {
    expect(signedValue({ value: 20.7, kind: 'change', direction: 'down' })).toBe(-20.7);
    expect(signedValue({ value: 9.2, kind: 'change', direction: 'up' })).toBe(9.2);
    expect(signedValue({ value: 100, kind: 'level' })).toBe(100);
  });
});

describe('figures exactly as the text prints them', () => {
  test('The printed form of 1.2万亿 is 1.2万亿 (value 1.2 × 10¹²), of 98.79% its digits.', () => {
    expect(printedForm('全市生产总值1.2万亿元', 1.2e12)).toEqual({
      raw: '1.2万亿',
      decimals: 1,
      scaled: true,
    });
    expect(printedForm('满意度98.79%', 98.79)).toEqual({ raw: '98.79', decimals: 2, scaled: false });
    expect(printedForm('满意度98.79%', 98.8)).toBeUndefined();
  });

  test('two decimals stay two decimals in every edition (98.79% is never 98.8%)', () => {
    const stat = { value: 98.79, unit: 'percent', kind: 'rate', quote: '满意度达98.79%' } as const;
    expect(formatStat(stat, 'zh-hans').text).toBe('98.79%');
    expect(formatStat(stat, 'zh-hant').text).toBe('98.79%');
    expect(formatStat(stat, 'en').text).toBe('98.79%');
    expect(formatStat({ value: 98.79, unit: 'percent', kind: 'rate' }, 'en').text).toBe('98.79%');
  });

  test('a printed trailing zero and a 万 amount keep their printed form', () => {
    expect(
      formatStat({ value: 100, unit: 'percent', kind: 'rate', quote: '结案率100.0%' }, 'zh-hans').text,
    ).toBe('100.0%');
    expect(formatStat({ value: 100, unit: 'percent', kind: 'rate', quote: '结案率100.0%' }, 'en').text).toBe(
      '100.0%',
    );
    const yuan = { value: 1_265_000, unit: 'yuan', kind: 'level', quote: '挽回损失126.5万元' } as const;
    expect(formatStat(yuan, 'zh-hans').text).toBe('126.5万元');
    expect(formatStat(yuan, 'en').text).toBe('1.265 million yuan');
    expect(
      formatStat({ value: 123_456, unit: 'count', kind: 'level', quote: '服务123456人次' }, 'zh-hans').text,
    ).toBe('123456');
  });

  test('余 and 多 and 超过 as the quote writes them', () => {
    const base = { value: 1000, unit: 'count', kind: 'level', qualifier: 'more-than' } as const;
    expect(formatStat({ ...base, quote: '1000多名' }, 'zh-hans').text).toBe('1000多');
    expect(formatStat({ ...base, quote: '1000余名' }, 'zh-hans').text).toBe('1000余');
    expect(formatStat({ ...base, quote: '超过1000名' }, 'zh-hans').text).toBe('超过1000');
    expect(formatStat({ ...base, quote: '超过1000名' }, 'en').text).toBe('1,000+');
  });

  test('zh-hant writes the figure’s words in its own script: 1000餘, 1260萬元, 超過1000, 達90%', () => {
    const base = { value: 1000, unit: 'count', kind: 'level', qualifier: 'more-than' } as const;
    expect(formatStat({ ...base, quote: '1000余名' }, 'zh-hant').text).toBe('1000餘');
    expect(formatStat({ ...base, quote: '超过1000名' }, 'zh-hant').text).toBe('超過1000');
    expect(
      formatStat({ value: 12600000, unit: 'yuan', kind: 'level', quote: '涉案金额1260万元' }, 'zh-hant').text,
    ).toBe('1260萬元');
    expect(
      formatStat(
        { value: 90, unit: 'percent', kind: 'rate', qualifier: 'reached', quote: '均达90%' },
        'zh-hant',
      ).text,
    ).toBe('達90%');
  });
});

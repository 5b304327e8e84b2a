import { describe, expect, test } from 'vitest';
import { tokens } from '../../tools/import/figure-tokens.ts';
import { labelFrom } from '../../tools/import/prefill.ts';

describe('the import reads figures with the shared lexer', () => {
  const figures = (t: string) =>
    tokens(t).map((k) => k.figure && { value: k.figure.value, unit: k.figure.unit, q: k.figure.qualifier });

  test('1.2万亿元 is one amount of 1.2 × 10¹² yuan, not 1.2万 and a stray 亿.', () => {
    expect(figures('全市生产总值1.2万亿元')).toEqual([{ value: 1.2e12, unit: 'yuan', q: undefined }]);
  });

  test('1800余件 is a count, more than; 3.5个百分点 percentage points; 20.7% a percentage.', () => {
    expect(figures('办理案件1800余件，提高3.5个百分点，下降20.7%')).toEqual([
      { value: 1800, unit: 'count', q: 'more-than' },
      { value: 3.5, unit: 'percentage-point', q: undefined },
      { value: 20.7, unit: 'percent', q: undefined },
    ]);
  });

  test('A label is the words before the figure, its measure word left out.', () => {
    expect(labelFrom('全市刑事案件发案数下降12.4%')).toBe('刑事案件发案数');
    expect(labelFrom('抓获犯罪嫌疑人2300余名')).toBe('抓获的犯罪嫌疑人');
  });
});

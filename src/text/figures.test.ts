import { describe, expect, test } from 'vitest';
import { figureAt, lexFigures, type FigureToken } from './figures.ts';

const one = (text: string): FigureToken => {
  const found = lexFigures(text);
  expect(found).toHaveLength(1);
  const [first] = found;
  if (!first) throw new Error(`no figure in ${text}`);
  return first;
};

describe('lexFigures', () => {
  test('1.2万亿 is 1.2 × 10¹², its multiplier printed whole.', () => {
    expect(one('全年GDP达1.2万亿元')).toMatchObject({
      raw: '1.2万亿',
      digits: '1.2',
      value: 1.2e12,
      scale: '万亿',
    });
    expect(one('1.2萬億').value).toBe(1.2e12);
  });

  test('万 and 亿 scale; million and billion too; float noise is rounded away.', () => {
    expect(one('涉案1260万元')).toMatchObject({ raw: '1260万', value: 12_600_000 });
    expect(one('投资1.5亿元').value).toBe(150_000_000);
    expect(one('involving 12.6 million yuan')).toMatchObject({ raw: '12.6 million', value: 12_600_000 });
    expect(one('1.5 billion').value).toBe(1.5e9);
    expect(one('12.6m').value).toBe(12_600_000);
  });

  test('1800余件 is 1800 and approximate; so are 300多 and 近3000 (but not 最近3).', () => {
    expect(one('查处1800余件')).toMatchObject({ raw: '1800余', value: 1800, approx: '余' });
    expect(one('300多名').approx).toBe('多');
    expect(one('近3000名')).toMatchObject({ raw: '3000', approx: '近' });
    expect(one('最近3年').approx).toBeUndefined();
  });

  test('20.7% is a percentage, 3.5个百分点 percentage points.', () => {
    expect(one('下降20.7%')).toMatchObject({ raw: '20.7%', value: 20.7, percent: 'percent' });
    expect(one('下降20.7％').percent).toBe('percent');
    expect(one('提高3.5个百分点')).toMatchObject({ value: 3.5, percent: 'points' });
  });

  test('1,204 is one number; "1, 2" and "1,20" are two; nothing is read inside 20.7.', () => {
    expect(one('for 1,204 officers')).toMatchObject({ digits: '1,204', value: 1204 });
    expect(lexFigures('items 1, 2').map((f) => f.value)).toEqual([1, 2]);
    expect(lexFigures('scores 1,20').map((f) => f.value)).toEqual([1, 20]);
    expect(lexFigures('20.7和7').map((f) => [f.start, f.value])).toEqual([
      [0, 20.7],
      [5, 7],
    ]);
  });

  test('Spans are where the figure stands in the text.', () => {
    const [a, b] = lexFigures('共46起，金额1260万元');
    expect([a?.start, a?.end, b?.start, b?.end]).toEqual([1, 3, 7, 12]);
  });
});

describe('figureAt', () => {
  test('It reads the figure starting at a position, and nothing elsewhere.', () => {
    expect(figureAt('共1800余件', 1)).toMatchObject({ raw: '1800余', value: 1800 });
    expect(figureAt('共1800余件', 0)).toBeUndefined();
    expect(figureAt('共1800余件', 2)).toBeUndefined();
  });
});

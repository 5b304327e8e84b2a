import { describe, expect, test } from 'vitest';
import { percentBars, px, rangePercent, UNIT_SQUARE, unitGrid, unitPath } from './geometry.ts';

describe('bars in percentages of the plot', () => {
  test('two falls grow leftwards from a zero line at the right edge; the larger fills the plot', () => {
    const g = percentBars([
      { id: 'crime', value: -20.7 },
      { id: 'street', value: -17.3 },
    ]);
    expect(g.zero).toBe('100%');
    expect(g.bars[0]).toEqual({ id: 'crime', x: '0%', width: '100%', x0: '100%' });
    expect(g.bars[1]?.width).toBe(`${px((17.3 / 20.7) * 100)}%`);
    expect(g.bars[1]?.x).toBe(`${px(100 - (17.3 / 20.7) * 100)}%`);
  });

  test('levels start at zero on the left, on one scale', () => {
    const g = percentBars([
      { id: 'a', value: 176 },
      { id: 'b', value: 169 },
    ]);
    expect(g.zero).toBe('0%');
    expect(g.bars.map((b) => [b.x, b.width])).toEqual([
      ['0%', '100%'],
      ['0%', `${px((169 / 176) * 100)}%`],
    ]);
  });

  test('a fall and a rise share one scale around the zero line', () => {
    const g = percentBars([
      { id: 'down', value: -10 },
      { id: 'up', value: 30 },
    ]);
    expect(g.zero).toBe('25%');
    expect(g.bars[0]).toMatchObject({ x: '0%', width: '25%' });
    expect(g.bars[1]).toMatchObject({ x: '25%', width: '75%' });
  });

  test('all-zero values draw zero-width bars rather than NaN', () => {
    expect(percentBars([{ id: 'a', value: 0 }]).bars[0]).toMatchObject({ x: '0%', width: '0%' });
  });
});

describe('unit grid', () => {
  test('one hundred units make a ten-by-ten square', () => {
    const g = unitGrid(100, { columns: 10, size: 10, gap: 2 });
    expect(g.units).toHaveLength(100);
    expect(g.units[99]).toEqual({ x: 108, y: 108 });
    expect(g.width).toBe(118);
    expect(g.height).toBe(118);
  });

  test('fewer units than columns make one short row', () => {
    const g = unitGrid(6, { columns: 10, size: 10, gap: 2 });
    expect(g.width).toBe(70);
    expect(g.height).toBe(10);
  });

  test('zero units draw nothing', () => {
    expect(unitGrid(0).units).toEqual([]);
  });

  test('the units are drawn as one path of squares, one subpath per unit', () => {
    const g = unitGrid(3, { columns: 2, size: 10, gap: 2 });
    expect(unitPath(g.units, 10)).toBe('M0 0h10v10h-10zM12 0h10v10h-10zM0 12h10v10h-10z');
    expect(unitPath([], 10)).toBe('');
  });

  test('counts too large to read as units are refused (empty), and fractions throw', () => {
    expect(unitGrid(1204).units).toEqual([]);
    expect(() => unitGrid(2.5)).toThrow(/whole count/);
  });
});

describe('range in percentages', () => {
  test('5 months to 9 years 6 months on an axis to 10 years, with ticks at 0, 5 and 10 years', () => {
    const g = rangePercent(5, 114);
    expect(g.ticks).toEqual([0, 60, 120]);
    expect(g.x).toBe(`${px((5 / 120) * 100)}%`);
    expect(g.width).toBe(`${px((109 / 120) * 100)}%`);
    expect(g.x0).toBe(g.x);
  });

  test('a reversed range throws', () => {
    expect(() => rangePercent(10, 5)).toThrow(/above/);
  });
});

describe('unit squares', () => {
  test('one size everywhere, and a full row of them fits a 320 px phone’s chart column', () => {
    const { size, gap, columns } = UNIT_SQUARE;
    expect(unitGrid(columns, { columns, size, gap }).width).toBeLessThanOrEqual(240);
  });
});

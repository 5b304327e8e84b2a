import { describe, expect, test } from 'vitest';
import { divergingBars, proportionBars, px, rangeBar, unitGrid, unitPath } from './geometry.ts';

describe('diverging bars', () => {
  const rows = [
    { id: 'crime', value: -20.7 },
    { id: 'clearance', value: 9.2 },
    { id: 'street', value: -17.3 },
  ];
  const g = divergingBars(rows, { width: 320, labelRoom: 60 });

  test('the zero line is in the middle of a symmetric domain', () => {
    expect(g.zeroX).toBe(160);
  });

  test('the largest change reaches the edge of the plot and a fall grows leftwards', () => {
    const crime = g.bars[0];
    expect(crime?.negative).toBe(true);
    expect(crime?.x).toBe(60);
    expect(crime?.width).toBe(100);
    expect(crime?.labelAnchor).toBe('end');
  });

  test('a rise starts at the zero line and is proportional to the largest change', () => {
    const clearance = g.bars[1];
    expect(clearance?.x).toBe(160);
    expect(clearance?.width).toBe(px((9.2 / 20.7) * 100));
    expect(clearance?.labelAnchor).toBe('start');
  });

  test('rows are stacked in order, one band each', () => {
    expect(g.bars.map((b) => b.cy)).toEqual([18, 54, 90]);
    expect(g.height).toBe(108);
  });

  test('all-zero values draw zero-width bars rather than NaN', () => {
    const z = divergingBars([{ id: 'a', value: 0 }]);
    expect(z.bars[0]?.width).toBe(0);
    expect(Number.isFinite(z.bars[0]?.x)).toBe(true);
  });
});

describe('proportion bars', () => {
  test('a rate is its share of the full track', () => {
    const g = proportionBars([
      { id: 'a', value: 100 },
      { id: 'b', value: 99.7 },
      { id: 'c', value: 0 },
    ], { width: 300 });
    expect(g.bars.map((b) => b.width)).toEqual([300, 299.1, 0]);
    expect(g.bars[0]?.trackWidth).toBe(300);
  });

  test('values above 100 are clamped to the track', () => {
    expect(proportionBars([{ id: 'a', value: 120 }], { width: 200 }).bars[0]?.width).toBe(200);
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

describe('range bar', () => {
  test('a bar spans from the low end to the high end on a nice axis from zero', () => {
    const g = rangeBar(5, 114, { width: 320, pad: 10 });
    // nice() extends 114 to 120: 300 px for 120 months.
    expect(g.x).toBe(px(10 + (5 / 120) * 300));
    expect(g.barWidth).toBe(px((109 / 120) * 300));
    expect(g.ticks.at(-1)).toEqual({ value: 120, x: 310 });
  });

  test('ticks every two years end on the first whole step above the high end', () => {
    const g = rangeBar(5, 114, { width: 320, pad: 10, tickStep: 24 });
    expect(g.ticks.map((t) => t.value)).toEqual([0, 24, 48, 72, 96, 120]);
    expect(g.ticks.at(-1)?.x).toBe(310);
  });

  test('a reversed range throws', () => {
    expect(() => rangeBar(10, 5)).toThrow(/above/);
  });
});

import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';

/**
 * Chart geometry, computed at build time with D3's maths (no DOM): the Astro components write
 * these numbers into SVG at their final values, and the client script animates towards the very
 * same numbers. Plain data in, plain data out; unit-tested.
 */

/** SVG coordinates to 0.1 px: enough for any screen, fewer bytes than D3's full precision. */
export const px = (n: number): number => Number(format('.1f')(n));

export interface Row {
  id: string;
  /** The value on the axis: a level, or a signed change (a fall is negative). */
  value: number;
}

export interface Frame {
  width: number;
  height: number;
}

export interface Unit {
  x: number;
  y: number;
}

/**
 * One square per unit, in rows of `columns` (a unit chart: 100 grid stations are 100 squares).
 * Returns no cells for counts too large to read as units (the chart-form rule lists those).
 */
export function unitGrid(
  count: number,
  { columns = 10, size = 14, gap = 4, maxUnits = 200 } = {},
): Frame & { units: Unit[] } {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`a unit chart needs a whole count, got ${count}`);
  if (count > maxUnits) return { width: 0, height: 0, units: [] };
  const cols = Math.min(columns, Math.max(count, 1));
  const rows = Math.ceil(count / cols);
  const units = Array.from({ length: count }, (_, i) => ({
    x: (i % cols) * (size + gap),
    y: Math.floor(i / cols) * (size + gap),
  }));
  return { width: cols * (size + gap) - gap, height: rows > 0 ? rows * (size + gap) - gap : 0, units };
}

/**
 * All the squares of a unit grid as one SVG path (`M0 0h12v12h-12z…`): a fifth of the bytes of
 * one <rect> per unit, which matters when a page carries several hundred units.
 */
export function unitPath(units: Unit[], size: number): string {
  return units.map((u) => `M${px(u.x)} ${px(u.y)}h${size}v${size}h-${size}z`).join('');
}

/** One unit square, the same size on every chart of the site: one square is one thing. */
export const UNIT_SQUARE = { size: 10, gap: 2, columns: 20 } as const;

/** A percentage for an SVG attribute: `42.5%`. */
const pct = (n: number): string => `${px(n)}%`;

export interface PercentBar {
  id: string;
  /** Start and length as percentages of the plot's width (SVG attribute values). */
  x: string;
  width: string;
  /** Where the bar grows from when animated: the zero line. */
  x0: string;
}

/**
 * Bars in percentages of the plot's width, on one scale from zero: levels from the left edge,
 * changes from a zero line (at the right when every change is a fall). Percentages let the plot
 * take the column's width while labels stay in HTML beside it, so they wrap and scale with text.
 */
export function percentBars(rows: Row[]): { bars: PercentBar[]; zero: string } {
  const lo = Math.min(0, ...rows.map((r) => r.value));
  const hi = Math.max(0, ...rows.map((r) => r.value));
  const x = scaleLinear()
    .domain([lo, hi > lo ? hi : lo + 1])
    .range([0, 100]);
  const zero = x(0);
  return {
    zero: pct(zero),
    bars: rows.map((r) => ({
      id: r.id,
      x: pct(Math.min(zero, x(r.value))),
      width: pct(Math.abs(x(r.value) - zero)),
      x0: pct(zero),
    })),
  };
}

/**
 * A span from `low` to `high` on an axis from zero, in percentages of the plot's width, with three
 * ticks (start, middle, end) at round values of `step` (12 months: whole years, even).
 */
export function rangePercent(
  low: number,
  high: number,
  step = 12,
): { x: string; width: string; x0: string; ticks: number[] } {
  if (low > high) throw new RangeError(`range low ${low} is above high ${high}`);
  const top = Math.max(2, Math.ceil(high / step / 2) * 2) * step;
  const x = scaleLinear().domain([0, top]).range([0, 100]);
  return { x: pct(x(low)), width: pct(x(high) - x(low)), x0: pct(x(low)), ticks: [0, top / 2, top] };
}

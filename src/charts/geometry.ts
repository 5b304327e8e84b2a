import { max, range } from 'd3-array';
import { format } from 'd3-format';
import { scaleBand, scaleLinear } from 'd3-scale';

/**
 * Chart geometry, computed at build time with D3's maths (no DOM): the Astro components write
 * these numbers into SVG at their final values, and the client script animates towards the very
 * same numbers. Plain data in, plain data out; unit-tested.
 */

/** SVG coordinates to 0.1 px: enough for any screen, fewer bytes than D3's full precision. */
export const px = (n: number): number => Number(format('.1f')(n));

export interface Row {
  id: string;
  /** Signed value for diverging charts (a fall is negative); 0–100 for proportions. */
  value: number;
}

export interface Bar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the bar starts growing from when animated (the zero line). */
  x0: number;
  /** The value label's position and anchor. */
  labelX: number;
  labelAnchor: 'start' | 'end';
  /** Row centre, for the row's name. */
  cy: number;
  negative: boolean;
}

export interface Frame {
  width: number;
  height: number;
}

/**
 * Horizontal bars either side of a zero line (year-on-year changes). The domain is symmetric, so
 * a fall and a rise of the same size have the same length; room is kept for the value labels.
 */
export function divergingBars(
  rows: Row[],
  { width = 320, rowHeight = 36, barHeight = 18, labelRoom = 56 } = {},
): Frame & { bars: Bar[]; zeroX: number } {
  const extent = max(rows, (r) => Math.abs(r.value)) ?? 0;
  const x = scaleLinear()
    .domain([-extent || -1, extent || 1])
    .range([labelRoom, width - labelRoom]);
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([0, rows.length * rowHeight]);
  const zeroX = px(x(0));
  const bars = rows.map((r) => {
    const end = x(r.value);
    const negative = r.value < 0;
    const top = (y(r.id) ?? 0) + (rowHeight - barHeight) / 2;
    return {
      id: r.id,
      x: px(Math.min(end, x(0))),
      y: px(top),
      width: px(Math.abs(end - x(0))),
      height: barHeight,
      x0: zeroX,
      labelX: px(negative ? end - 6 : end + 6),
      labelAnchor: negative ? ('end' as const) : ('start' as const),
      cy: px((y(r.id) ?? 0) + rowHeight / 2),
      negative,
    };
  });
  return { width, height: rows.length * rowHeight, bars, zeroX };
}

/** Bars on a 0–100% track (rates). */
export function proportionBars(
  rows: Row[],
  { width = 320, rowHeight = 44, barHeight = 14 } = {},
): Frame & { bars: (Bar & { trackWidth: number })[] } {
  const x = scaleLinear().domain([0, 100]).range([0, width]).clamp(true);
  return {
    width,
    height: rows.length * rowHeight,
    bars: rows.map((r, i) => ({
      id: r.id,
      x: 0,
      y: px(i * rowHeight + rowHeight - barHeight - 2),
      width: px(x(r.value)),
      height: barHeight,
      x0: 0,
      labelX: width,
      labelAnchor: 'end' as const,
      cy: px(i * rowHeight + 12),
      negative: false,
      trackWidth: width,
    })),
  };
}

export interface Unit {
  x: number;
  y: number;
}

/**
 * One square per unit, in rows of `columns` (a unit chart: 100 grid stations are 100 squares).
 * Returns no cells for counts too large to read as units; use counters for those.
 */
export function unitGrid(
  count: number,
  { columns = 10, size = 14, gap = 4, maxUnits = 200 } = {},
): Frame & { units: Unit[] } {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`a unit chart needs a whole count, got ${count}`);
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
 * A bar from `low` to `high` on an axis from zero (a range of sentences). Ticks are D3's round
 * ticks, or every `tickStep` units (24 months = every two years) when given.
 */
export function rangeBar(
  low: number,
  high: number,
  { width = 320, height = 56, pad = 12, ticks = 5, tickStep = 0 } = {},
): Frame & { x: number; x0: number; barWidth: number; ticks: { value: number; x: number }[] } {
  if (low > high) throw new RangeError(`range low ${low} is above high ${high}`);
  const top = tickStep > 0 ? Math.ceil(high / tickStep) * tickStep : high;
  const x = scaleLinear().domain([0, top]).range([pad, width - pad]);
  if (tickStep <= 0) x.nice();
  const values = tickStep > 0 ? range(0, top + tickStep / 2, tickStep) : x.ticks(ticks);
  return {
    width,
    height,
    x: px(x(low)),
    x0: px(x(low)),
    barWidth: px(x(high) - x(low)),
    ticks: values.map((v) => ({ value: v, x: px(x(v)) })),
  };
}

/**
 * All the squares of a unit grid as one SVG path (`M0 0h12v12h-12z…`): a fifth of the bytes of
 * one <rect> per unit, which matters when a page carries several hundred units.
 */
export function unitPath(units: Unit[], size: number): string {
  return units.map((u) => `M${px(u.x)} ${px(u.y)}h${size}v${size}h-${size}z`).join('');
}

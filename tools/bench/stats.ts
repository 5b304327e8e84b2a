/**
 * The bench's arithmetic and text tables (tool, runs in Node): every figure is a median with
 * min–max over the runs, printed as plain aligned columns.
 */

/** A measured quantity over `runs` runs. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

export const stat = (xs: number[]): Stat => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  runs: xs.length,
});

/** `median` with its range when the runs differ: `412 ms (398–440)`. */
export const fmt = (s: Stat, unit = '', digits = 0): string =>
  s.runs > 1 && s.min !== s.max
    ? `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`
    : `${s.median.toFixed(digits)}${unit}`;

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

export const fmtKb = (s: Stat): string =>
  s.runs > 1 && s.min !== s.max ? `${kb(s.median)} (${kb(s.min)}–${kb(s.max)})` : kb(s.median);

export type Cell = string | number;

/** Columns padded to their widest cell, under a header and a dashed rule. */
export function table(headers: string[], rows: Cell[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: Cell[]) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export const sumOf = <K extends string>(rs: Record<K, number>[], k: K): number =>
  rs.reduce((a, r) => a + r[k], 0);

import type { StatRecord } from '../schema.ts';

/**
 * What a figure is, read from its record: shared by the build rules (chart-form.ts) and the
 * formatting of figures (src/stats/format.ts), so that what is checked is what is shown.
 */

/** What a change is a change of: a rate (the quote names a 率) or a count or amount. */
export function changeOf(stat: Pick<StatRecord, 'quote'>): 'rate' | 'count' {
  return /率/.test(stat.quote) ? 'rate' : 'count';
}

/**
 * A change of a rate written in % (破案率上升9.2%): the text leaves open whether it rose by 9.2
 * percent of itself or by 9.2 percentage points. Such a figure is shown "as reported".
 */
export function isOpenUnitChange(stat: Pick<StatRecord, 'kind' | 'unit' | 'quote'>): boolean {
  return stat.kind === 'change' && stat.unit === 'percent' && changeOf(stat) === 'rate';
}

/** Approximate figures (余, 多, nearly, at least, up to): never drawn or animated as exact. */
export const isApproximate = (stat: Pick<StatRecord, 'qualifier'>): boolean => stat.qualifier !== undefined;

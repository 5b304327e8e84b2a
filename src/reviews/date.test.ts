import { describe, expect, test } from 'vitest';
import { earliestDay, isoPublished, knownDay, parsePublished, PUBLISHED_FORMS } from './date.ts';

describe('publication dates: only what the source tells', () => {
  test('Each of the four forms parses to what it says, and nothing more.', () => {
    expect(parsePublished('2025-01-06')).toEqual({ kind: 'day', year: 2025, month: 1, day: 6 });
    expect(parsePublished('2025-01')).toEqual({ kind: 'month', year: 2025, month: 1 });
    expect(parsePublished('2025')).toEqual({ kind: 'year', year: 2025 });
    expect(parsePublished('2025 (on or after 2025-01-06)')).toEqual({
      kind: 'year-from',
      year: 2025,
      from: { month: 1, day: 6 },
    });
  });

  test('A value in none of the forms, a day that does not exist, or a bound in another year is refused with a reason.', () => {
    for (const v of ['January 2025', '2025-1-6', '2025-13', '2025 after 6 January'])
      expect(parsePublished(v)).toEqual({ error: PUBLISHED_FORMS });
    expect(parsePublished('2025-02-30')).toEqual({ error: 'this day does not exist' });
    expect(parsePublished('2025 (on or after 2025-02-30)')).toEqual({ error: 'this day does not exist' });
    expect(parsePublished('2025 (on or after 2024-12-30)')).toEqual({
      error: 'the day after "on or after" must be in 2025, the year of publication',
    });
  });

  test('ISO dates give no unknown month or day (datetime, JSON-LD); the sort key is the earliest possible day.', () => {
    expect(['2025-01-06', '2025-01', '2025', '2025 (on or after 2025-01-06)'].map(isoPublished)).toEqual([
      '2025-01-06',
      '2025-01',
      '2025',
      '2025',
    ]);
    expect(['2025-01-06', '2025-01', '2025', '2025 (on or after 2025-03-06)'].map(earliestDay)).toEqual([
      '2025-01-06',
      '2025-01-01',
      '2025-01-01',
      '2025-03-06',
    ]);
    expect(knownDay('2025-01-06')?.toISOString()).toBe('2025-01-06T00:00:00.000Z');
    expect(['2025-01', '2025', '2025 (on or after 2025-01-06)'].map(knownDay)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

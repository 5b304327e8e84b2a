import { describe, expect, test } from 'vitest';
import { formatDate, isoDate, monthOfName, realDay, rfc822 } from './dates.ts';

describe('calendar days', () => {
  test('A real day survives; 30 February and month 13 do not.', () => {
    expect(realDay(2024, 2, 29)).toBe(true);
    expect(realDay(2025, 2, 29)).toBe(false);
    expect(realDay(2025, 2, 30)).toBe(false);
    expect(realDay(2025, 13, 1)).toBe(false);
  });

  test('ISO dates say as much as is known.', () => {
    expect(isoDate({ year: 2025, month: 1, day: 6 })).toBe('2025-01-06');
    expect(isoDate({ year: 2025, month: 1 })).toBe('2025-01');
    expect(isoDate({ year: 2025 })).toBe('2025');
    expect(isoDate({ year: 2025, day: 6 })).toBe('2025');
  });
});

describe('formatting through Intl', () => {
  const day = { year: 2025, month: 1, day: 6 };
  test('English in British order; both Chinese scripts as 年月日.', () => {
    expect(formatDate('en-GB', day, 'day')).toBe('6 January 2025');
    expect(formatDate('en-GB', day, 'month')).toBe('January 2025');
    expect(formatDate('en-GB', day, 'day-of-month')).toBe('6 January');
    expect(formatDate('zh-Hans', day, 'day')).toBe('2025年1月6日');
    expect(formatDate('zh-Hant', day, 'month')).toBe('2025年1月');
    expect(formatDate('zh-Hans', day, 'day-of-month')).toBe('1月6日');
  });

  test('Month names are read back only when capitalised (May, not the verb may).', () => {
    expect(monthOfName('May')).toBe(5);
    expect(monthOfName('December')).toBe(12);
    expect(monthOfName('may')).toBeUndefined();
  });

  test('RFC 822 for RSS.', () => {
    expect(rfc822(new Date(Date.UTC(2025, 0, 6, 8, 30, 5)))).toBe('Mon, 06 Jan 2025 08:30:05 +0000');
  });
});

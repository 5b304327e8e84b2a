import { expect, test } from 'vitest';
import { readingMinutes } from './reading-time.ts';

test('reading time counts Chinese characters and English words, not markup', () => {
  expect(readingMinutes('平'.repeat(2000), 'zh-hans')).toBe(5);
  expect(readingMinutes(`${'word '.repeat(460)}<Chart id="reform-of-the-long-name" />`, 'en')).toBe(2);
  expect(readingMinutes('', 'en')).toBe(1);
});

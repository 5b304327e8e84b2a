import { describe, expect, test } from 'vitest';
import { closest } from './closest.ts';

describe('closest', () => {
  test('It orders candidates by edit distance and returns at most n.', () => {
    expect(closest('two-uphold', ['neeq', 'two-upholds', 'safe-nantong', 'two-uphold-x'], 2)).toEqual([
      'two-upholds',
      'two-uphold-x',
    ]);
  });
});

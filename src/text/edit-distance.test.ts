import { describe, expect, test } from 'vitest';
import { editDistance } from './edit-distance.ts';

describe('editDistance', () => {
  test('An insertion, a deletion, a substitution and a swap are one edit each.', () => {
    expect(editDistance('medation', 'mediation')).toBe(1);
    expect(editDistance('fraud', 'frau')).toBe(1);
    expect(editDistance('fraud', 'fraid')).toBe(1);
    expect(editDistance('fruad', 'fraud')).toBe(1);
    expect(editDistance('two-uphold', 'two-uphold-x')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('It gives up past max, answering max + 1.', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcd', 1)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz')).toBe(6);
  });
});

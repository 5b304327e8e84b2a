import { describe, expect, test } from 'vitest';
import { closestWord, didYouMean, editDistance } from './typos.ts';

describe('did you mean', () => {
  const vocab = ['mediation', 'medical', 'fraud', 'grid', 'grids', 'security', 'telecom'];
  test('Edit distance counts a swap of neighbours as one edit and gives up beyond the limit.', () => {
    expect(editDistance('medation', 'mediation')).toBe(1);
    expect(editDistance('fruad', 'fraud')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
  test('Suggests the index’s own whole word, never a stem.', () => {
    expect(closestWord('medation', vocab)).toBe('mediation');
    expect(didYouMean('medation', vocab)).toBe('mediation');
    expect(didYouMean('telecom fruad', vocab)).toBe('telecom fraud');
  });
  test('Known words and words too far from any are left alone.', () => {
    expect(didYouMean('fraud', vocab)).toBeUndefined();
    expect(didYouMean('zebra', vocab)).toBeUndefined();
  });
});

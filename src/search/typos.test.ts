import { describe, expect, test } from 'vitest';
import { closestWord, didYouMean } from './typos.ts';

describe('did you mean', () => {
  const vocab = ['mediation', 'medical', 'fraud', 'grid', 'grids', 'security', 'telecom'];
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

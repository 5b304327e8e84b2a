import { describe, expect, test } from 'vitest';
import { alignedPairs, fold, readCharmap, variantMap } from './charmap.ts';

describe('character map', () => {
  test('Only Chinese characters that differ between aligned texts are paired, most frequent first.', () => {
    const pairs = alignedPairs([
      ['网格服务', '網格服務'],
      ['网上 2024', '網上 2024'],
      ['长度不同', '長度不同！'],
    ]);
    expect(pairs).toBe('网網务務');
  });

  test('A variant form folds to the form the zh-hant edition uses, and on to Simplified.', () => {
    const variants = variantMap(
      [
        ['裡', '裏'],
        ['著', '着'],
        ['臺', '台'],
      ],
      '心裡顯著',
    );
    expect(variants).toEqual({ 裏: '裡', 着: '著' });
    const map = readCharmap({ pairs: '里裡着著', variants });
    expect(fold('心裏', map.toHant)).toBe('心裡');
    expect(fold('心裏', map.toHans)).toBe('心里');
    expect(fold('显着', map.toHant)).toBe('显著');
    expect(fold('網格', map.toHans)).toBe('網格');
  });
});

import { describe, expect, test } from 'vitest';
import { readCharmap } from './charmap.ts';
import { expandQuery, wordPattern } from './expand.ts';
import { pagefindQueries } from './query.ts';

const synonyms = {
  groups: [
    ['电信网络诈骗', '电信诈骗', '电诈'],
    ['fraud', 'scam'],
    ['intellectual property', 'ip'],
  ],
};

describe('query expansion', () => {
  test('A word also searches its synonyms and abbreviations from the table.', () => {
    const q = expandQuery('电诈', { synonyms });
    expect(pagefindQueries(q)).toEqual(['电诈', '电信网络诈骗', '电信诈骗']);
    expect(pagefindQueries(expandQuery('scam cases', { synonyms }))).toEqual(['scam cases', 'fraud cases']);
  });

  test('A whole-query phrase synonym is one token: "intellectual property" ↔ "ip".', () => {
    const q = expandQuery('intellectual property', { synonyms });
    expect(q.tokens).toHaveLength(1);
    expect(pagefindQueries(q)).toEqual(['intellectual property', 'ip']);
  });

  test('An abbreviation matches as a whole word only.', () => {
    expect(new RegExp(wordPattern('ip'), 'u').test('ip rights')).toBe(true);
    expect(new RegExp(wordPattern('ip'), 'u').test('ipsum')).toBe(false);
  });

  test('A figure searches every unit’s number.', () => {
    expect(pagefindQueries(expandQuery('12.6 million'))).toEqual(
      expect.arrayContaining(['12600000', '1260', '12.6']),
    );
  });

  test('Folding turns the other script and variant forms into the index’s script before expanding.', () => {
    const map = readCharmap({ pairs: '电電诈詐网網', variants: {} });
    expect(expandQuery('電詐', { synonyms, fold: { map, to: 'hans' } }).text).toBe('电诈');
    expect(pagefindQueries(expandQuery('電詐', { synonyms, fold: { map, to: 'hans' } }))).toContain(
      '电信诈骗',
    );
  });

  test('No table, no expansion: a plain word is searched as typed.', () => {
    expect(pagefindQueries(expandQuery('网格'))).toEqual(['网格']);
  });
});

describe('the zh-hant policy: the text keeps the source’s words, search finds the reader’s', () => {
  test('網路 finds 網絡 (a reviewed synonym, converted like the text), and 鍛煉 folds to 鍛鍊 (a variant form).', async () => {
    const { loadSynonyms } = await import('./synonyms.ts');
    const { toHant } = await import('../i18n/hant.ts');
    const table = loadSynonyms();
    const hant = {
      groups: table.zh.map((g) => [...new Set(g.map((w) => toHant(w)))]).filter((g) => g.length > 1),
    };
    // The text as the zh-hant edition writes it: the source's 網絡, Taiwan's 鍊.
    expect(toHant('强化电信网络诈骗打击整治')).toContain('網絡');
    expect(toHant('实践锻炼')).toBe('實踐鍛鍊');
    expect(pagefindQueries(expandQuery('網路', { synonyms: hant }))).toContain('網絡');
    const { variantMap } = await import('./charmap.ts');
    const map = readCharmap({ pairs: '炼鍊', variants: variantMap(table.variants, '實踐鍛鍊') });
    expect(expandQuery('鍛煉', { synonyms: hant, fold: { map, to: 'hant' } }).text).toBe('鍛鍊');
  });
});

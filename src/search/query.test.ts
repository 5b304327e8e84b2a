import { describe, expect, test } from 'vitest';
import {
  hasHan,
  hasLatin,
  normalizeQuery,
  pagefindQueries,
  parseQuery,
  shorterQuery,
  stem,
} from './query.ts';

describe('parseQuery', () => {
  test('Full-width letters and digits are folded and the query is lower-cased and single-spaced.', () => {
    expect(normalizeQuery('  Ｆｒａｕｄ   ２０.７％ ')).toBe('fraud 20.7%');
  });

  test('Quotes and sentence punctuation around a word are not part of it.', () => {
    expect(parseQuery('“网格”，fraud. (grid)').tokens.map((t) => t.text)).toEqual(['网格', 'fraud', 'grid']);
  });

  test('Numbers keep their decimal point, per cent sign and plus signs.', () => {
    expect(parseQuery('20.7% 1+1+6 12.6').tokens.map((t) => [t.text, t.kind])).toEqual([
      ['20.7%', 'number'],
      ['1+1+6', 'number'],
      ['12.6', 'number'],
    ]);
  });

  test('A Chinese phrase must appear as typed, or else each of its dictionary words must.', () => {
    const [token] = parseQuery('网格服务驿站').tokens;
    expect(token?.kind).toBe('han');
    expect(token?.phrases).toEqual(['网格', '服务', '驿站']);
    expect(parseQuery('新质生产力').tokens[0]?.phrases).toEqual(['新质', '生产力']);
  });

  test('A Chinese word the dictionary splits into single characters must appear whole.', () => {
    // Single characters alone would match anything; the typed word is the unit instead.
    for (const word of ['高德', '台风']) {
      const [token] = parseQuery(word).tokens;
      expect(
        token?.phrases.every((p) => p.length >= 2),
        word,
      ).toBe(true);
    }
  });

  test('A figure with a Chinese unit or measure word is one number token with its value.', () => {
    const [token] = parseQuery('1260万元').tokens;
    expect([token?.text, token?.kind, token?.figure?.value]).toEqual(['1260万元', 'number', 12_600_000]);
    expect(parseQuery('1204件 网格').tokens.map((t) => [t.text, t.kind, t.figure?.value])).toEqual([
      ['1204件', 'number', 1204],
      ['网格', 'han', undefined],
    ]);
    expect(parseQuery('12,600,000').tokens.map((t) => t.figure?.value)).toEqual([12_600_000]);
    expect(parseQuery('12.6 million').tokens.map((t) => t.figure?.value)).toEqual([12_600_000]);
  });

  test('Repeated words count once.', () => {
    expect(parseQuery('fraud Fraud FRAUD').tokens).toHaveLength(1);
  });

  test('The script of a query decides which edition can answer it.', () => {
    expect([hasHan(parseQuery('網格')), hasLatin(parseQuery('網格'))]).toEqual([true, false]);
    expect([hasHan(parseQuery('grid')), hasLatin(parseQuery('grid'))]).toEqual([false, true]);
    expect([hasHan(parseQuery('20.7%')), hasLatin(parseQuery('20.7%'))]).toEqual([false, false]);
  });

  test('An overlong query is cut to 100 characters.', () => {
    expect(parseQuery('网'.repeat(300)).text).toHaveLength(100);
  });
});

describe('stem', () => {
  test('Common English endings are removed for highlighting, short words are left alone.', () => {
    expect(stem('protecting')).toBe('protect');
    expect(stem('cases')).toBe('case');
    expect(stem('grids')).toBe('grid');
    expect(stem('gas')).toBe('gas');
    expect(stem('communities')).toBe('communit');
    expect(stem('boxes')).toBe('box');
    expect(stem('stopped')).toBe('stop');
    expect(stem('installed')).toBe('install');
  });
});

describe('shorterQuery', () => {
  test('Suggests the first word of several, the first dictionary word of a long Chinese word, or the stem.', () => {
    expect(shorterQuery(parseQuery('telecom fraud cases'))).toBe('telecom');
    expect(shorterQuery(parseQuery('知识产权保护联盟'))).toMatch(/^知识/);
    // Never a truncated stem ("medi" for "mediation"): English typos get "did you mean" instead.
    expect(shorterQuery(parseQuery('protecting'))).toBeUndefined();
  });

  test('Has nothing to suggest for a short single word.', () => {
    expect(shorterQuery(parseQuery('网格'))).toBeUndefined();
    expect(shorterQuery(parseQuery('grid'))).toBeUndefined();
    expect(shorterQuery(parseQuery(''))).toBeUndefined();
  });
});

describe('pagefindQueries', () => {
  test('A figure with plus signs is also searched the way the English index stores it.', () => {
    expect(pagefindQueries(parseQuery('“1+1+6” layout'))).toEqual(['1+1+6 layout', '116 layout']);
    expect(pagefindQueries(parseQuery('网格 20.7%'))).toEqual(['网格 20.7']);
  });
});

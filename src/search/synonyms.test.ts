import { describe, expect, test } from 'vitest';
import { loadSynonyms, parseSynonyms } from './synonyms.ts';

const check = (text: string) => parseSynonyms(text, 'content/search-synonyms.yml').problems;

describe('the synonym table', () => {
  test('The real table passes the check and has Chinese, English and variant groups.', () => {
    const table = loadSynonyms();
    expect(table.zh.some((g) => g.includes('电诈') && g.includes('电信网络诈骗'))).toBe(true);
    expect(table.en.some((g) => g.includes('fraud'))).toBe(true);
    expect(table.variants.some((g) => g.includes('裏'))).toBe(true);
  });

  test('Each mistake is named with its file, line and a fix.', () => {
    const problems = check(
      [
        'zh:',
        '  - [电诈, 电诈]',
        '  - [电诈, fraud]',
        'en:',
        '  - [Fraud, scam]',
        'variants:',
        '  - [裡裏, 着]',
        'colour: []',
      ].join('\n'),
    );
    expect(problems.map((p) => [p.line, p.message.replace(/".*"/, '…')])).toEqual([
      [2, '… is already in the group on line 2'],
      [2, 'a group needs at least two different entries'],
      [3, '… is already in the group on line 2'],
      [3, '… is not a Chinese word'],
      [3, 'a group needs at least two different entries'],
      [5, '… is not lower case'],
      [5, 'a group needs at least two different entries'],
      [7, '… is not one character'],
      [7, 'a group needs at least two different entries'],
      [8, 'unknown key …'],
    ]);
    for (const p of problems) {
      expect(p.file).toBe('content/search-synonyms.yml');
      expect(p.fix.length).toBeGreaterThan(5);
    }
  });

  test('Broken YAML is reported with its line, not thrown.', () => {
    const [p] = check('zh:\n  - [电诈, 电信诈骗\n');
    expect(p?.message).toMatch(/not valid YAML/);
    expect(p?.line).toBeGreaterThan(0);
  });
});

import { describe, expect, test } from 'vitest';
import { lexFigures } from './figures.ts';
import { chineseNumeralValue, lexNumerals } from './numerals.ts';

const raw = (text: string) => lexNumerals(text).map((f) => [f.raw, f.value, f.percent ?? '', f.approx ?? '']);

describe('lexNumerals', () => {
  test('百分之九十 is 90%, 三成 30%, 一千二百 1200, 一千多 1000 and approximate.', () => {
    expect(raw('百分之九十的群众')).toEqual([['百分之九十', 90, 'percent', '']]);
    expect(raw('三成以上')).toEqual([['三成', 30, 'percent', '']]);
    expect(raw('一千二百名')).toEqual([['一千二百', 1200, '', '']]);
    expect(raw('一千多名')).toEqual([['一千多', 1000, '', '多']]);
    expect(lexNumerals('六名')[0]).toMatchObject({ start: 0, end: 1, digits: '六', script: 'chinese' });
  });

  test('The Arabic lexer leaves them alone; a numeral glued to digits is part of the Arabic figure.', () => {
    expect(lexFigures('百分之九十')).toEqual([]);
    expect(lexNumerals('1.2万亿元')).toEqual([]);
    expect(raw('3万一千名')).toEqual([['一千', 1000, '', '']]);
  });
});

describe('chineseNumeralValue', () => {
  test('It reads units and places.', () => {
    expect(chineseNumeralValue('十二')).toBe(12);
    expect(chineseNumeralValue('二十')).toBe(20);
    expect(chineseNumeralValue('一百零五')).toBe(105);
    expect(chineseNumeralValue('两万')).toBe(20_000);
    expect(chineseNumeralValue('十万')).toBe(100_000);
    expect(chineseNumeralValue('一亿二千万')).toBe(120_000_000);
    expect(chineseNumeralValue('二〇二四')).toBe(2024);
  });
});

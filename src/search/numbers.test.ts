import { describe, expect, test } from 'vitest';
import { figureForms, findFigures, formPattern, grouped, plain, searchTerm } from './numbers.ts';

const value = (q: string) => findFigures(q).map((f) => [f.figure.value, f.figure.percent, f.figure.scaled]);
const finds = (form: string, text: string) => new RegExp(formPattern(form), 'u').test(text);

describe('number normalisation', () => {
  test('A figure is read with its separators, per cent sign, multiplier and measure word.', () => {
    expect(value('12.6 million')).toEqual([[12_600_000, false, true]]);
    expect(value('1260万元')).toEqual([[12_600_000, false, true]]);
    expect(value('1260萬元')).toEqual([[12_600_000, false, true]]);
    expect(value('12,600,000')).toEqual([[12_600_000, false, false]]);
    expect(value('1204件')).toEqual([[1204, false, false]]);
    expect(value('20.7%')).toEqual([[20.7, true, false]]);
    expect(value('1.2亿')).toEqual([[120_000_000, false, true]]);
  });

  test('Digits print plainly and grouped, without float noise.', () => {
    expect(plain(12.6 * 1e6)).toBe('12600000');
    expect(plain(12_600_000 / 1e6)).toBe('12.6');
    expect(grouped(12_600_000)).toBe('12,600,000');
  });

  test('A value has its forms in every edition’s units.', () => {
    const forms = figureForms({ typed: '12.6 million', value: 12_600_000, percent: false, scaled: true });
    expect(forms).toEqual(
      expect.arrayContaining(['12600000', '12,600,000', '1260万', '1260萬', '12.6 million']),
    );
    // Typed without a unit, 12.6 may mean 12.6 million (1260万 in the Chinese text).
    expect(figureForms({ typed: '12.6', value: 12.6, percent: false, scaled: false })).toEqual(
      expect.arrayContaining(['12.6', '1260万', '12.6 million']),
    );
    expect(figureForms({ typed: '20.7%', value: 20.7, percent: true, scaled: false })).toEqual(['20.7']);
  });

  test('A form is found whole, never inside a longer number.', () => {
    expect(finds('1204', '办结1204件')).toBe(true);
    expect(finds('1,204', 'handled 1,204 cases')).toBe(true);
    expect(finds('1204', '11204件')).toBe(false);
    expect(finds('1204', '2.1204')).toBe(false);
    expect(finds('20.7', '上升20.7%')).toBe(true);
    expect(finds('20.7', '上升20.75%')).toBe(false);
    expect(finds('12.6 million', 'RMB 12.6  million yuan')).toBe(true);
    expect(finds('1260万', '涉案金额1260万元')).toBe(true);
    expect(finds('1260萬', '涉案金額1260萬元')).toBe(true);
    expect(finds('260万', '涉案金额1260万元')).toBe(false);
  });

  test('Pagefind is given the leading number of a form.', () => {
    expect(searchTerm('1260万')).toBe('1260');
    expect(searchTerm('12.6 million')).toBe('12.6');
    expect(searchTerm('12,600,000')).toBe('12600000');
  });
});

import { describe, expect, test } from 'vitest';
import { chineseNumbers, englishNumbers, missingInEnglish } from './numbers.ts';

const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

describe('chineseNumbers', () => {
  test('It reads plain figures, decimals and percentages in order, as written.', () => {
    expect(chineseNumbers('推动1204名政法干警，下降20.7%，上升9.2%')).toEqual([
      { raw: '1204', value: 1204, isMonth: false },
      { raw: '20.7', value: 20.7, isMonth: false },
      { raw: '9.2', value: 9.2, isMonth: false },
    ]);
  });

  test('It scales a figure followed by 万 or 亿 and keeps the unit in the raw text.', () => {
    expect(chineseNumbers('涉案金额1260万元，投资1.5亿元')).toEqual([
      { raw: '1260万', value: 12_600_000, isMonth: false },
      { raw: '1.5亿', value: 150_000_000, isMonth: false },
    ]);
  });

  test('It reads 1.2万亿 as 1.2 × 10¹², not as 1.2万 (12,000) with a stray 亿.', () => {
    expect(chineseNumbers('全年生产总值1.2万亿元')).toEqual([
      { raw: '1.2万亿', value: 1.2e12, isMonth: false },
    ]);
    expect(missingInEnglish('全年生产总值1.2万亿元', 'a GDP of 1.2 trillion yuan')).toEqual(['1.2万亿']);
    expect(missingInEnglish('全年生产总值1.2万亿元', 'a GDP of 1,200 billion yuan')).toEqual([]);
  });

  test('It marks 1 to 12 followed by 月 as a month, but not 13月 nor 6个月.', () => {
    expect(chineseNumbers('去年5月、13月、有期徒刑9年6个月')).toEqual([
      { raw: '5月', value: 5, isMonth: true },
      { raw: '13', value: 13, isMonth: false },
      { raw: '9', value: 9, isMonth: false },
      { raw: '6', value: 6, isMonth: false },
    ]);
  });

  test('It ignores Chinese-character numerals such as 六名 and 十大.', () => {
    expect(chineseNumbers('六名先进个人，十大典型案例')).toEqual([]);
  });
});

describe('englishNumbers', () => {
  test('It reads 1,204 as one thousand two hundred and four.', () => {
    expect(sorted(englishNumbers('for 1,204 political-legal officers').values)).toEqual([1204]);
  });

  test('It joins every thousands group of 12,600,000.', () => {
    expect(sorted(englishNumbers('12,600,000 yuan').values)).toEqual([12_600_000]);
  });

  test('It reads 12.6 million and 1.5 billion as full values.', () => {
    expect(sorted(englishNumbers('12.6 million yuan and 1.5 billion yuan').values)).toEqual([
      12_600_000, 1_500_000_000,
    ]);
  });

  test('It does not read the list "1, 2" as 12, nor "1,2" or "1,20" as one number.', () => {
    expect(sorted(englishNumbers('items 1, 2 and 3').values)).toEqual([1, 2, 3]);
    expect(sorted(englishNumbers('the ratio 1,2').values)).toEqual([1, 2]);
    expect(sorted(englishNumbers('scores 1,20').values)).toEqual([1, 20]);
  });

  test('It reads a range 2024–2027 as two years, not a negative number.', () => {
    expect(sorted(englishNumbers('(2024–2027)').values)).toEqual([2024, 2027]);
  });

  test('It reads month names as months 1 to 12 and a day after a month as a figure.', () => {
    const { months, values } = englishNumbers('In May and in December, then January 6');
    expect(sorted(months)).toEqual([1, 5, 12]);
    expect(sorted(values)).toEqual([6]);
  });
});

describe('missingInEnglish', () => {
  test('1204 is stated by "1,204".', () => {
    expect(
      missingInEnglish('推动1204名政法干警轮岗交流', 'job rotations for 1,204 political-legal officers'),
    ).toEqual([]);
  });

  test('1260万 is stated by "12.6 million" and reported as written when it is not.', () => {
    expect(missingInEnglish('涉案金额1260万元', 'involving 12.6 million yuan')).toEqual([]);
    expect(missingInEnglish('涉案金额1260万元', 'involving 12.5 million yuan')).toEqual(['1260万']);
    expect(missingInEnglish('涉案金额1260万元', 'involving 1,260 yuan')).toEqual(['1260万']);
  });

  test('1000余 is stated by "more than 1,000".', () => {
    expect(missingInEnglish('抓获境外回流人员1000余名', 'apprehending more than 1,000 people')).toEqual([]);
  });

  test('5月 is stated by "May" and reported as "5月" when the month is wrong.', () => {
    expect(missingInEnglish('去年5月，全市政法系统', 'In May last year, the city')).toEqual([]);
    expect(missingInEnglish('去年5月，全市政法系统', 'In June last year, the city')).toEqual(['5月']);
  });

  test('5月 is not stated by the verb "may".', () => {
    // Month names are capitalised in English; the modal verb "may" is not a month.
    expect(missingInEnglish('去年5月，全市政法系统', 'Last year the city may have started')).toEqual(['5月']);
  });

  test('20.7% is found when stated and reported when changed.', () => {
    expect(missingInEnglish('发案数下降20.7%', 'cases fell by 20.7%')).toEqual([]);
    expect(missingInEnglish('发案数下降20.7%', 'cases fell by 20.6%')).toEqual(['20.7']);
    expect(missingInEnglish('发案数下降20.7%', 'cases fell by 207%')).toEqual(['20.7']);
  });

  test('9年6个月 is stated by "9 years and 6 months", and 6 is reported when written as a word.', () => {
    expect(missingInEnglish('有期徒刑9年6个月至拘役5个月', 'from 9 years and 6 months to 5 months')).toEqual(
      [],
    );
    expect(
      missingInEnglish('有期徒刑9年6个月至拘役5个月', 'from 9 years and six months to 5 months'),
    ).toEqual(['6']);
  });

  test('2024—2027 is stated by "2024–2027".', () => {
    expect(missingInEnglish('分工方案(2024—2027年)', 'Division of Key Tasks (2024–2027)')).toEqual([]);
    expect(missingInEnglish('分工方案(2024—2027年)', 'Division of Key Tasks (2024–2026)')).toEqual(['2027']);
  });

  test('A list "1, 2" does not stand for 12.', () => {
    expect(missingInEnglish('共12项', 'items 1, 2')).toEqual(['12']);
  });

  test('Every missing figure is listed, in the Chinese order.', () => {
    expect(missingInEnglish('破获电诈案件46起，涉案金额1260万元，下降17.3%', 'solving cases')).toEqual([
      '46',
      '1260万',
      '17.3',
    ]);
  });
});

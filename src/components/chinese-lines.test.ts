import { describe, expect, it } from 'vitest';
import {
  afterOperator,
  breakLines,
  canBreakBefore,
  type Char,
  LIMIT,
  measureChars,
  setLine,
  TIGHT,
} from './chinese-lines.ts';

const SIZE = 18;
/** Advances as Noto Sans CJK sets them at 18 px (measured in Chromium): Han and marks 18, digits 10. */
const advance = (ch: string) =>
  /[0-9+]/.test(ch) ? 10 : ch === '.' ? 5 : ch === '%' ? 16.625 : ch === 'N' ? 13 : SIZE;

/** A paragraph's characters; `kept` are the runs the build keeps together (.nobr). */
function paragraph(text: string, kept: string[] = []): Char[] {
  const chars: Char[] = [...text].map((ch) => ({ ch, width: advance(ch), unit: null }));
  for (const run of kept) {
    const at = text.indexOf(run);
    expect(at, run).toBeGreaterThanOrEqual(0);
    for (let k = at; k < at + run.length; k++) (chars[k] as Char).unit = run;
  }
  return chars;
}

/** The text of each line of a setting. */
const texts = (chars: Char[], starts: number[]) =>
  starts.map((s, c) =>
    chars
      .slice(s, starts[c + 1] ?? chars.length)
      .map((x) => x.ch)
      .join(''),
  );

// political-leadership-4 at 320 px (a 270 px column, 15 characters): the engine's greedy lines
// leave 全市街面“六类”警情下降 spread 0.35 em, as 17.3%， does not fit after it.
const TEXT =
  '“人民幸福、社会平安”是每一位政法人的心之所念、行之所向。我市深化推动“无诈”创建活动，强化电信网络诈骗打击整治，抓获境外回流人员1000余名，破获电诈案件46起，涉案金额1260万元。全市街面“六类”警情下降17.3%，抢劫等“八类”案件破案率达100%，“打防管治建”五化机制被公安部刊载推广，长江南通段水上公共安全共建区实现全覆盖。';
const KEPT = ['1000余名', '46起', '1260万元', '覆盖。'];

describe('the Chinese line breaker', () => {
  it('sets a paragraph whose greedy lines are loose with no loose line, keeping every kept-together run whole', () => {
    const chars = paragraph(TEXT, KEPT);
    const same = breakLines(measureChars(chars, SIZE), [12], 270);
    const fewer = breakLines(measureChars(chars, SIZE), [11], 270);
    for (const setting of [same, fewer]) {
      expect(setting).not.toBeNull();
      const lines = setting?.lines ?? [];
      for (const line of lines) expect(canBreakBefore(chars, line.start)).toBe(true);
      const set = texts(
        chars,
        lines.map((l) => l.start),
      );
      for (const run of KEPT)
        expect(
          set.some((t) => t.includes(run)),
          run,
        ).toBe(true);
      // No line starts with a mark that may not start one.
      for (const t of set) expect(t).not.toMatch(/^[，。、；：！？”’）》」』％%]/);
    }
    // In 11 lines every line but the last is tight (marks squeezed where needed).
    expect((fewer?.lines ?? []).slice(0, -1).map((l) => l.spread <= LIMIT)).toEqual(Array(10).fill(true));
    expect(
      fewer?.lines
        .flatMap((l) => l.squeezed)
        .every((k) => /[，。、；：！？”’）》」』“‘（《「『]/.test(chars[k]?.ch ?? '')),
    ).toBe(true);
  });

  it('shares the slack a kept-together run leaves among the lines above it', () => {
    // 15-character column; 1204名 (4 digits and a measure word, 3.2 em) does not fit at the end of
    // the second line: greedy leaves 2 em there (0.15 em a gap).
    const text = '一年来全市政法干警怀揣法治梦想恪守法治精神以铁纪立威推动1204名政法干警轮岗交流和实践锻炼';
    const chars = paragraph(text, ['1204名']);
    const setting = breakLines(measureChars(chars, SIZE), [4], 270);
    const spreads = (setting?.lines ?? []).slice(0, -1).map((l) => l.spread);
    expect(Math.max(...spreads)).toBeLessThanOrEqual(LIMIT);
    expect(texts(chars, setting?.lines.map((l) => l.start) ?? []).join('|')).toContain('1204名');
  });

  it('cannot set a paragraph in fewer lines than its characters need', () => {
    expect(
      breakLines(measureChars(paragraph('一二三四五六七八九十一二三四五六七八九十'), SIZE), [1], 270),
    ).toBeNull();
  });

  it('squeezes marks only, nearest the end first, and only as many as the line needs', () => {
    // 17 characters with two marks do not fit 15 em (two half ems are one em).
    const chars = paragraph('政法人的心之所念、行之所向。我市深');
    expect(setLine(measureChars(chars, SIZE), 0, 17, 270)).toBeNull();
    expect(setLine(measureChars(chars, SIZE), 0, 16, 270)?.squeezed).toEqual([13, 8]);
    const fits = paragraph('政法人，心之所念、行之所向。我');
    const line = setLine(measureChars(fits, SIZE), 0, 15, 261);
    expect(line?.squeezed).toEqual([13]);
    expect(line?.spread).toBe(0);
    expect(setLine(measureChars(fits, SIZE), 0, 15, 270)?.squeezed).toEqual([]);
  });

  it('never breaks inside a figure, a kept-together run, before a closing mark or after an opening one', () => {
    const chars = paragraph('下降17.3%，“打防”', ['下降']);
    const allowed = chars.map((_, j) => canBreakBefore(chars, j));
    // 下 降 1 7 . 3 % ， “ 打 防 ”
    expect(allowed).toEqual([true, false, true, false, false, false, false, false, true, false, true, false]);
  });

  it('sets an opening mark whole where it starts a line, though the engine trimmed it beside a comma', () => {
    const chars = paragraph('达，“打');
    (chars[2] as Char).width = 9;
    const m = measureChars(chars, SIZE);
    expect(m.advance[2]).toBe(9);
    expect(m.first[2]).toBe(18);
  });

  it('breaks a formula after an operator only where every other setting leaves a loose line', () => {
    // service-to-development-5 at 320 px (15 em): nothing comes down to its first line, and
    // 此外，南通市人民检察院共建 alone is 0.17 em a gap.
    const text =
      '此外，南通市人民检察院共建“1+8+N”知识产权保护联盟，入选全省知识产权强省建设第一批典型案例。';
    const chars = paragraph(text, ['案例。']);
    expect(afterOperator(chars, text.indexOf('8'))).toBe(true);
    expect(canBreakBefore(chars, text.indexOf('8'))).toBe(true);
    const narrow = breakLines(measureChars(chars, SIZE), [4], 270);
    const first = texts(chars, narrow?.lines.map((l) => l.start) ?? [])[0];
    expect(first).toBe('此外，南通市人民检察院共建“1+');
    expect(narrow?.lines[0]?.spread).toBeLessThanOrEqual(LIMIT);
    // Where the formula fits, it stays whole.
    const wide = breakLines(measureChars(chars, SIZE), [3], 17 * SIZE);
    expect(wide?.lines.some((l) => afterOperator(chars, l.start))).toBe(false);
    // A number never breaks: 20.7 and 1260 have no operator.
    const number = paragraph('下降20.7%，1260万');
    expect(number.map((_, j) => afterOperator(number, j)).some(Boolean)).toBe(false);
  });

  it('sets a first line a little tighter where it can neither give nor take a character', () => {
    // lede-3 at 360 px (17 em): 2024年，…下降 is 0.14 em a gap without 20.7%，, which is 0.6 em
    // too wide with both commas squeezed.
    const text =
      '2024年，全市刑事案件发案数下降20.7%，破案率上升9.2%，平安建设主项指标全省领先，高德大数据城市交通健康指数全国第一；';
    const chars = paragraph(text, ['2024年', '第一；']);
    const setting = breakLines(measureChars(chars, SIZE), [4], 17 * SIZE);
    const [line] = setting?.lines ?? [];
    expect(texts(chars, setting?.lines.map((l) => l.start) ?? [])[0]).toBe(
      '2024年，全市刑事案件发案数下降20.7%，',
    );
    expect(line?.squeezed.length).toBe(2);
    expect(line?.tight).toBeGreaterThan(0);
    expect(line?.tight).toBeLessThanOrEqual(TIGHT);
    // Never tighter than TIGHT: a line a character too long does not fit.
    expect(setLine(measureChars(paragraph('一二三四五六七八九十一二三四五六'), SIZE), 0, 16, 270)).toBeNull();
  });

  it('at seven characters a line (200% text) shares a loose line among several rather than leave one very loose', () => {
    // service-to-development-2 at 7 em: some line must be loose; counting loose lines first
    // left one at 0.29 em (of three), sharing leaves none over 0.2 (of four).
    const text =
      '用好全面深化改革“关键一招”，是实现政法工作现代化的关键举措。全市政法机关深入学习贯彻党的二十届三中全会精神和省市委部署要求，从群众的急难愁盼中发现问题，找到改革的突破口和着力点，出台《南通市全面深化政法改革重点任务分工方案（2024—2027年）》等管根本、管方向、管长远的举措，项目化推进31个市级改革重点任务，扎实抓好改革部署的贯彻落实，切实把蓝图转化成施工图。';
    const chars = paragraph(text, ['2027年', '31个', '工图。']);
    const n = Math.ceil(chars.length / 7);
    const setting = breakLines(measureChars(chars, SIZE), [n - 1, n, n + 1, n + 2, n + 3], 7 * SIZE);
    const spreads = (setting?.lines ?? []).slice(0, -1).map((l) => l.spread);
    expect(Math.max(...spreads)).toBeLessThanOrEqual(0.2);
  });
});

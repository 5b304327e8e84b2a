import { describe, expect, it } from 'vitest';
import { breakLines, canBreakBefore, type Char, LIMIT, measureChars, setLine } from './chinese-lines.ts';

const SIZE = 18;
/** Advances as Noto Sans CJK sets them at 18 px (measured in Chromium): Han and marks 18, digits 10. */
const advance = (ch: string) => (/[0-9]/.test(ch) ? 10 : ch === '.' ? 5 : ch === '%' ? 16.625 : SIZE);

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
});

import type { StatRecord } from '../../src/stats/schema.ts';
import { DOWN, UP } from '../../src/stats/reading.ts';
import type { FigureCandidate } from './figure-types.ts';
import { figureAt as lexedAt, lexFigures } from '../../src/text/figures.ts';

/**
 * Tool: the number tokens of one piece of text, in order. Each kind of number has its own matcher
 * (a quoted name, a span of years, a year or date, a month and day, a figure or a range); the
 * first matcher that recognises the number at a position wins, as in the order they are listed.
 */

export interface Token {
  start: number;
  end: number;
  /** Set for a figure. */
  figure?: Omit<FigureCandidate, 'section' | 'where' | 'quote' | 'at'>;
  /** Set for a number that is not a figure. */
  notCharted?: { reason: string | undefined; how: string; prefix: number };
}

const num = (s: string | undefined) => Number(s ?? 'NaN');

/** The figure (value, unit, qualifier after it) written at `i`, with where it ends. */
function figureAt(
  t: string,
  i: number,
): { value: number; unit: StatRecord['unit']; end: number; more: boolean; how: string } | undefined {
  const rest = t.slice(i);
  let m = /^(\d+)年(\d+)个月/.exec(rest);
  if (m)
    return {
      value: num(m[1]) * 12 + num(m[2]),
      unit: 'months',
      end: i + m[0].length,
      more: false,
      how: `a length of time (${m[0]})`,
    };
  m = /^(\d+)个([余多])?月/.exec(rest);
  if (m)
    return {
      value: num(m[1]),
      unit: 'months',
      end: i + m[0].length,
      more: Boolean(m[2]),
      how: `a length of time (${m[0]})`,
    };
  m = /^(\d+)([余多])?年(?!度)/.exec(rest);
  if (m && num(m[1]) < 1900)
    return {
      value: num(m[1]),
      unit: 'years',
      end: i + m[0].length,
      more: Boolean(m[2]),
      how: `a length of time (${m[0]})`,
    };
  const f = lexedAt(t, i);
  if (!f) return undefined;
  // 元 after the figure (1260万元) makes it an amount; the lexer leaves measure words to the reader.
  const yuan = !f.percent && t[f.end] === '元';
  const end = f.end + (yuan ? 1 : 0);
  const unit: StatRecord['unit'] = yuan
    ? 'yuan'
    : f.percent === 'percent'
      ? 'percent'
      : f.percent === 'points'
        ? 'percentage-point'
        : 'count';
  const how =
    unit === 'yuan'
      ? 'an amount in yuan'
      : unit === 'count'
        ? 'a count'
        : unit === 'percent'
          ? 'a percentage'
          : 'percentage points';
  const more = f.approx === '余' || f.approx === '多';
  return { value: f.value, unit, end, more, how: `${how} (${t.slice(i, end)})` };
}

type Matcher = (t: string, i: number) => Token | undefined;

/** A number inside a short quoted name, or joined to Latin letters: “1+1+6”, 5G, 12345热线. */
const quotedName: Matcher = (t, i) => {
  const before = t.slice(0, i);
  const open = before.lastIndexOf('“');
  const close = t.indexOf('”', i);
  if (!(
    open > before.lastIndexOf('”') &&
    close > 0 &&
    close - open <= 14 &&
    /[+＋A-Za-z]/.test(t.slice(open, close))
  ))
    return undefined;
  return {
    start: open + 1,
    end: close,
    notCharted: {
      reason: undefined,
      how: `a number inside the quoted name ${t.slice(open, close + 1)}`,
      prefix: 0,
    },
  };
};

/** 2019—2024年: a period, or part of a name. */
const yearSpan: Matcher = (t, i) => {
  const d = /^(\d{4})\s*[—–~至到-]\s*(\d{4})年/.exec(t.slice(i));
  if (!d || num(d[1]) < 1900 || num(d[2]) > 2100) return undefined;
  return {
    start: i,
    end: i + d[0].length,
    notCharted: {
      reason: 'years (a period, or part of a name)',
      how: `a span of years (${d[0]})`,
      prefix: 0,
    },
  };
};

/** 2024年, 2024年1月, 2024年1月6日. */
const yearOrDate: Matcher = (t, i) => {
  const d = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/.exec(t.slice(i));
  if (!d || num(d[1]) < 1900 || num(d[1]) > 2100) return undefined;
  const what = d[2] ? 'date' : 'year';
  return {
    start: i,
    end: i + d[0].length,
    notCharted: { reason: what, how: `a ${what} (${d[0]})`, prefix: 0 },
  };
};

/** 1月6日, with 今年/去年… before it taken into the quote. */
const monthDay: Matcher = (t, i) => {
  const d = /^(\d{1,2})月(?:(\d{1,2})日)?/.exec(t.slice(i));
  if (!d || num(d[1]) < 1 || num(d[1]) > 12) return undefined;
  const prefix = /(今年|去年|明年|上年|同年|当年)$/.exec(t.slice(0, i))?.[0].length ?? 0;
  return {
    start: i,
    end: i + d[0].length,
    notCharted: { reason: 'date', how: `a date (${t.slice(i - prefix, i + d[0].length)})`, prefix },
  };
};

/**
 * Numbers a desk would not chart: an anniversary (新中国成立70周年), a session (第19届), an
 * ordinal or a rank (第3名, 连续第2年, 全省第1). Each is listed under not_charted with its reason.
 */
const deskNumber: Matcher = (t, i) => {
  const rest = t.slice(i);
  const at = (m: RegExpExecArray | null, reason: string, prefix = 0): Token | undefined =>
    m
      ? {
          start: i,
          end: i + m[0].length,
          notCharted: {
            reason,
            how: `${reason.split(' (')[0]} (${t.slice(i - prefix, i + m[0].length)})`,
            prefix,
          },
        }
      : undefined;
  const anniversary =
    /^\d+周年/.exec(rest) ??
    (/(成立|改革开放|建党|建国|建市|建区|诞辰|解放)$/.test(t.slice(0, i)) ? /^\d+年/.exec(rest) : null);
  if (anniversary) return at(anniversary, `an anniversary (${anniversary[0]}), not a quantity`);
  const session = /^\d+(届|中全会)/.exec(rest);
  if (session) return at(session, `a session number (${session[0]}), part of a name, not a quantity`);
  // A time of day or a day of the month in a story (凌晨3时许, 11日，…) is a date, not a count.
  const time = /^\d{1,2}(时|点)(\d{1,2}分)?许?/.exec(rest);
  if (time && (/(凌晨|上午|下午|中午|晚上?|傍晚|日)$/.test(t.slice(0, i)) || time[0].endsWith('许')))
    return at(time, `a time of day (${time[0]}), not a quantity`);
  const day = /^\d{1,2}日(?!均)/.exec(rest);
  if (day && Number.parseInt(day[0], 10) <= 31) return at(day, 'date');
  if (t[i - 1] === '前' && /^\d+[名位]/.test(rest))
    return at(/^\d+[名位]/.exec(rest), `a rank (前${/^\d+[名位]/.exec(rest)?.[0]}), not a quantity`, 1);
  if (t[i - 1] !== '第') return undefined;
  const ordinal = /^\d+[\u3400-\u9fff]?/.exec(rest);
  const rank = /(全国|全省|全市|位列|排名|排|居|列)第$/.test(t.slice(0, i));
  return at(ordinal, `${rank ? 'a rank' : 'an ordinal'} (第${ordinal?.[0] ?? ''}), not a quantity`, 1);
};

/** The qualifier written before a figure (近, 超过, 至少, 最多, 均达), else 余/多 after it. */
function qualifierBefore(before: string, more: boolean): FigureCandidate['qualifier'] {
  if (/(?<![最附])近$/.test(before)) return 'nearly';
  if (/(超过|逾)$/.test(before)) return 'more-than';
  if (/至少$/.test(before)) return 'at-least';
  if (/(最多|多达|高达)$/.test(before)) return 'up-to';
  // 均达90%: a mark several rates all reached, not an exact rate.
  if (/均达到?$/.test(before)) return 'reached';
  return more ? 'more-than' : undefined;
}

/** A range: 9年6个月至拘役5个月, 3—5个, 10%至20% (the second figure in the same unit, a few words on). */
function rangeAt(
  t: string,
  i: number,
  f: NonNullable<ReturnType<typeof figureAt>>,
  qualifier: FigureCandidate['qualifier'],
): Token | undefined {
  const r = /^(至|到|—|–|~|-)([\u3400-\u9fff]{0,4}?)(?=\d)/.exec(t.slice(f.end));
  const second = r ? figureAt(t, f.end + r[0].length) : undefined;
  // 3至5年: the unit written once, after the upper end, is the unit of both.
  const bare = /^\d+(?:\.\d+)?$/.test(t.slice(i, f.end));
  if (!r || !second || !(second.unit === f.unit || (bare && f.unit === 'count'))) return undefined;
  return {
    start: i,
    end: second.end,
    figure: {
      value: Math.max(f.value, second.value),
      low: Math.min(f.value, second.value),
      unit: second.unit,
      kind: 'range',
      ...(qualifier ? { qualifier } : {}),
      how: `a range (${t.slice(i, second.end)})`,
    },
  };
}

/** A verb of direction right before a number (下降20.7%, 上升了9.2%). */
const LEAD = new RegExp(`(${DOWN.source}|${UP.source})(了|约|近)?$`);

/** A percentage's kind: a change when a verb of direction stands right before it, else a rate. */
function kindOf(
  unit: StatRecord['unit'],
  before: string,
): { kind: StatRecord['kind']; direction?: 'up' | 'down' } {
  if (unit !== 'percent' && unit !== 'percentage-point') return { kind: 'level' };
  // The verb stands right before the number (下降20.7%, 上升了9.2%); 缩减率均达90% is a rate.
  const lead = LEAD.exec(before)?.[1] ?? '';
  const down = DOWN.test(lead);
  const up = UP.test(lead);
  if (down !== up) return { kind: 'change', direction: down ? 'down' : 'up' };
  return { kind: unit === 'percent' ? 'rate' : 'change' };
}

/** A figure: a count, an amount, a percentage or a change, or a range of two. */
const figure: Matcher = (t, i) => {
  const f = figureAt(t, i);
  if (!f) return undefined;
  const before = t.slice(0, i);
  const qualifier = qualifierBefore(before, f.more);
  const range = rangeAt(t, i, f, qualifier);
  if (range) return range;
  const { kind, direction } = kindOf(f.unit, before);
  const change =
    kind === 'change'
      ? `, a change (${direction === 'down' ? 'down' : 'up'})`
      : kind === 'rate'
        ? ', a rate'
        : '';
  return {
    start: i,
    end: f.end,
    figure: {
      value: f.value,
      unit: f.unit,
      kind,
      ...(direction ? { direction } : {}),
      ...(qualifier ? { qualifier } : {}),
      how: `${f.how}${change}${qualifier ? `, qualifier ${qualifier}` : ''}`,
    },
  };
};

const MATCHERS: Matcher[] = [quotedName, yearSpan, yearOrDate, monthDay, deskNumber, figure];

/** Every number token of a piece, in order: years and dates, quoted names, figures and ranges. */
export function tokens(t: string): Token[] {
  const found: Token[] = [];
  let end = 0;
  for (const { start } of lexFigures(t)) {
    if (start < end) continue;
    const token = MATCHERS.reduce<Token | undefined>((hit, match) => hit ?? match(t, start), undefined);
    if (!token) continue;
    found.push(token);
    end = token.end;
  }
  return found;
}

import { occurrences } from '../../src/stats/check.ts';
import { chineseNumeralFigures } from '../../src/stats/rules/chinese-numerals.ts';
import type { StatRecord } from '../../src/stats/schema.ts';

/**
 * Tool: every number of the zh-hans text, sorted for stats.yml. A figure (a count, an amount, a
 * percentage, a change, a range, with its 余/多/近 qualifier) becomes a candidate record with its
 * exact quote, section, value, unit and kind; a year or date is listed under not_charted as such;
 * a number inside a quoted name (“1+1+6”) under not_charted for the editor to confirm. Figures
 * written in Chinese numerals (六名, 十条举措, 全国第一) go under not_charted with the reason TODO.
 *
 * The quotes follow what src/stats/check.ts asks of them (found once in the section, holding only
 * this figure's digits), and qualifiers and directions are read with the same words it uses.
 */

export interface Piece {
  /** 'title', 'kicker' or the paragraph's index in the section. */
  where: 'title' | 'kicker' | number;
  text: string;
}

export interface FigureCandidate {
  section: string;
  where: Piece['where'];
  value: number;
  low?: number;
  unit: StatRecord['unit'];
  kind: StatRecord['kind'];
  direction?: 'up' | 'down';
  qualifier?: NonNullable<StatRecord['qualifier']>;
  quote: string;
  /** Where the figure's first digit stands in its piece. */
  at: number;
  how: string;
  /** The quote could not be made unique in the section: the editor must lengthen it. */
  ambiguous?: boolean;
}

export interface NotChartedCandidate {
  section: string;
  where: Piece['where'];
  quote: string;
  /** A reason the tool is sure of (year, date), or undefined for the editor to give. */
  reason: string | undefined;
  how: string;
  ambiguous?: boolean;
}

export interface ChineseNumeral {
  section: string;
  where: Piece['where'];
  quote: string;
  what: string;
  ambiguous?: boolean;
}

export interface Figures {
  stats: FigureCandidate[];
  notCharted: NotChartedCandidate[];
  chinese: ChineseNumeral[];
}

// The words src/stats/check.ts reads as a qualifier or a direction (kept identical on purpose).
const DOWN = /下降|减少|降低|下滑|缩减|压降/;
const UP = /上升|增长|提高|增加|提升/;
const CLAUSE_END = /[，。；！？：,;!?\n]/;
/** Measure words: what follows a count (100家, 62名). */
const MEASURE = /[家个名项条件所期场批位座户人次类起元]/;

interface Token {
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
  m = /^(\d+(?:\.\d+)?)([万亿])?([余多])?(元|%|％|个百分点|百分点)?/.exec(rest);
  if (!m) return undefined;
  const scale = m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1;
  const value = Math.round(num(m[1]) * scale * 1e6) / 1e6;
  const unit: StatRecord['unit'] =
    m[4] === '元'
      ? 'yuan'
      : m[4] === '%' || m[4] === '％'
        ? 'percent'
        : m[4]?.endsWith('百分点')
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
  return { value, unit, end: i + m[0].length, more: Boolean(m[3]), how: `${how} (${m[0]})` };
}

/** Every number token of a piece, in order: years and dates, quoted names, figures and ranges. */
function tokens(t: string): Token[] {
  const found: Token[] = [];
  const re = /\d+(?:\.\d+)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const i = m.index;
    const rest = t.slice(i);
    const before = t.slice(0, i);
    let d: RegExpExecArray | null;
    // A number inside a short quoted name, or joined to Latin letters: “1+1+6”, 5G, 12345热线.
    const open = before.lastIndexOf('“');
    const close = t.indexOf('”', i);
    if (
      open > before.lastIndexOf('”') &&
      close > 0 &&
      close - open <= 14 &&
      /[+＋A-Za-z]/.test(t.slice(open, close))
    ) {
      found.push({
        start: open + 1,
        end: close,
        notCharted: {
          reason: undefined,
          how: `a number inside the quoted name ${t.slice(open, close + 1)}`,
          prefix: 0,
        },
      });
      re.lastIndex = close;
      continue;
    }
    if ((d = /^(\d{4})\s*[—–~至到-]\s*(\d{4})年/.exec(rest)) && num(d[1]) >= 1900 && num(d[2]) <= 2100) {
      found.push({
        start: i,
        end: i + d[0].length,
        notCharted: {
          reason: 'years (a period, or part of a name)',
          how: `a span of years (${d[0]})`,
          prefix: 0,
        },
      });
      re.lastIndex = i + d[0].length;
      continue;
    }
    if (
      (d = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/.exec(rest)) &&
      num(d[1]) >= 1900 &&
      num(d[1]) <= 2100
    ) {
      found.push({
        start: i,
        end: i + d[0].length,
        notCharted: {
          reason: d[2] ? 'date' : 'year',
          how: `a ${d[2] ? 'date' : 'year'} (${d[0]})`,
          prefix: 0,
        },
      });
      re.lastIndex = i + d[0].length;
      continue;
    }
    if ((d = /^(\d{1,2})月(?:(\d{1,2})日)?/.exec(rest)) && num(d[1]) >= 1 && num(d[1]) <= 12) {
      const prefix = /(今年|去年|明年|上年|同年|当年)$/.exec(before)?.[0].length ?? 0;
      found.push({
        start: i,
        end: i + d[0].length,
        notCharted: { reason: 'date', how: `a date (${t.slice(i - prefix, i + d[0].length)})`, prefix },
      });
      re.lastIndex = i + d[0].length;
      continue;
    }
    const f = figureAt(t, i);
    if (!f) continue;
    let qualifier: FigureCandidate['qualifier'] = f.more ? 'more-than' : undefined;
    if (/(?<![最附])近$/.test(before)) qualifier = 'nearly';
    else if (/(超过|逾)$/.test(before)) qualifier = 'more-than';
    else if (/至少$/.test(before)) qualifier = 'at-least';
    else if (/(最多|多达|高达)$/.test(before)) qualifier = 'up-to';
    // 均达90%: a mark several rates all reached, not an exact rate.
    else if (/均达到?$/.test(before)) qualifier = 'reached';
    // A range: 9年6个月至拘役5个月, 3—5个, 10%至20% (the second figure in the same unit, a few words on).
    const r = /^(至|到|—|–|~|-)([\u3400-\u9fff]{0,4}?)(?=\d)/.exec(t.slice(f.end));
    const second = r ? figureAt(t, f.end + r[0].length) : undefined;
    // 3至5年: the unit written once, after the upper end, is the unit of both.
    const bare = /^\d+(?:\.\d+)?$/.test(t.slice(i, f.end));
    if (r && second && (second.unit === f.unit || (bare && f.unit === 'count'))) {
      found.push({
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
      });
      re.lastIndex = second.end;
      continue;
    }
    let kind: StatRecord['kind'] = 'level';
    let direction: 'up' | 'down' | undefined;
    if (f.unit === 'percent' || f.unit === 'percentage-point') {
      // The verb stands right before the number (下降20.7%, 上升了9.2%); 缩减率均达90% is a rate.
      const lead =
        /(下降|减少|降低|下滑|缩减|压降|上升|增长|提高|增加|提升)(了|约|近)?$/.exec(before)?.[1] ?? '';
      const down = DOWN.test(lead);
      const up = UP.test(lead);
      if (down !== up) {
        kind = 'change';
        direction = down ? 'down' : 'up';
      } else kind = f.unit === 'percent' ? 'rate' : 'change';
    }
    found.push({
      start: i,
      end: f.end,
      figure: {
        value: f.value,
        unit: f.unit,
        kind,
        ...(direction ? { direction } : {}),
        ...(qualifier ? { qualifier } : {}),
        how: `${f.how}${kind === 'change' ? `, a change (${direction === 'down' ? 'down' : 'up'})` : kind === 'rate' ? ', a rate' : ''}${qualifier ? `, qualifier ${qualifier}` : ''}`,
      },
    });
    re.lastIndex = f.end;
  }
  return found;
}

/** Connecting words a quote should neither start nor end with. */
const JOINERS = /^[和及与并、，]+|[和及与并、，]+$/g;

/**
 * The quote for the token at [start, end): the words of its clause around it, no other number,
 * short, and found once in the section (lengthened until it is, as far as its clause allows).
 */
function quoteFor(
  t: string,
  token: Token,
  prev: Token | undefined,
  next: Token | undefined,
  sectionTexts: string[],
  preferRight: boolean,
): { quote: string; ambiguous: boolean } {
  const start = token.start - (token.notCharted?.prefix ?? 0);
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_END.test(t[clauseStart - 1] ?? '')) clauseStart--;
  let clauseEnd = token.end;
  while (clauseEnd < t.length && !CLAUSE_END.test(t[clauseEnd] ?? '')) clauseEnd++;
  let minLeft = Math.max(clauseStart, prev ? prev.end : 0);
  if (prev && prev.end > clauseStart) {
    // Start after the words that belong to the previous figure: “176个集体和169名个人” → “169名个人”,
    // “350家企事业单位1300余名保安” → “企事业单位1300余名保安”.
    const joiner = t.slice(minLeft, start).search(/[和及与、并](?!.*[和及与、并])/);
    if (joiner >= 0) minLeft += joiner + 1;
    else if (MEASURE.test(t[minLeft] ?? '') && minLeft + 1 < start) minLeft += 1;
  }
  const maxRight = Math.min(clauseEnd, next ? next.start : t.length);
  // The editor reads short quotes: the words of the figure's clause, cut at an enumeration comma
  // (、) and to 20 characters each side; longer only when needed to make it unique.
  const listed = t.slice(minLeft, start).lastIndexOf('、');
  let left = listed >= 0 && start - (minLeft + listed + 1) >= 2 ? minLeft + listed + 1 : minLeft;
  left = Math.max(left, start - 20);
  const listEnd = t.slice(token.end, maxRight).indexOf('、');
  let right = listEnd >= 0 ? token.end + listEnd : maxRight;
  right = Math.min(right, token.end + 20);
  const count = (q: string) => sectionTexts.reduce((n, text) => n + occurrences(text, q).length, 0);
  const make = () => t.slice(left, right).replace(JOINERS, '');
  // When the clause is not enough to make the quote unique, its sentence may be used.
  let sentenceStart = clauseStart;
  while (sentenceStart > 0 && !/[。！？\n]/.test(t[sentenceStart - 1] ?? '')) sentenceStart--;
  let sentenceEnd = clauseEnd;
  while (sentenceEnd < t.length && !/[。！？\n]/.test(t[sentenceEnd] ?? '')) sentenceEnd++;
  const widest = {
    left: Math.max(sentenceStart, prev ? prev.end : 0),
    right: Math.min(sentenceEnd, next ? next.start : t.length),
  };
  const widen = (lo: number, hi: number, rightFirst: boolean) => {
    while (count(make()) > 1 && (left > lo || right < hi)) {
      if ((rightFirst || left <= lo) && right < hi) right++;
      else left--;
    }
  };
  if (token.notCharted) {
    // Years and dates: the date itself; else with the words before it in its clause (回望2024年);
    // else with at least five characters after it (2024年，全市刑事), as the 2024 review quotes them.
    const tries: [number, number][] = [[start, token.end]];
    if (start - clauseStart > 0 && start - clauseStart <= 8 && clauseStart >= minLeft)
      tries.push([clauseStart, token.end]);
    for (let k = 5; token.end + k <= widest.right; k++) tries.push([start, token.end + k]);
    const unique = tries.find(([l, r]) => count(t.slice(l, r)) === 1);
    [left, right] = unique ?? [start, token.end];
    if (!unique) widen(widest.left, widest.right, true);
    return { quote: t.slice(left, right), ambiguous: count(t.slice(left, right)) !== 1 };
  } else {
    widen(minLeft, maxRight, preferRight);
    widen(widest.left, widest.right, preferRight);
  }
  return { quote: make(), ambiguous: count(make()) !== 1 };
}

/**
 * Chinese-numeral figures (六名, 一家, 十条举措, 全国第一, 全省前三), found exactly as the content
 * check finds them (src/stats/rules/chinese-numerals.ts), so every one it will ask about has an
 * entry. Those already inside a candidate's quote are accounted for; each other one gets its
 * clause (up to 8 characters each side, longer if needed to be unique in the section) as the
 * quote of a not_charted candidate whose reason the editor writes.
 */
function chineseNumerals(
  section: string,
  where: Piece['where'],
  t: string,
  covered: string[],
  sectionTexts: string[],
): ChineseNumeral[] {
  const found: ChineseNumeral[] = [];
  const inside = (start: number, end: number) =>
    [...covered, ...found.map((f) => f.quote)].some((q) =>
      occurrences(t, q).some((s) => s <= start && end <= s + q.length),
    );
  const count = (q: string) => sectionTexts.reduce((n, text) => n + occurrences(text, q).length, 0);
  for (const f of chineseNumeralFigures(t)) {
    if (inside(f.start, f.end)) continue;
    let from = f.start;
    while (from > 0 && f.start - from < 8 && !/[，。；！？、]/.test(t[from - 1] ?? '')) from--;
    let to = f.end;
    while (to < t.length && to - f.end < 8 && !/[，。；！？、]/.test(t[to] ?? '')) to++;
    while (to < t.length && /[\d.%]/.test(t[to] ?? '')) to++;
    while (count(t.slice(from, to)) > 1 && (from > 0 || to < t.length)) {
      if (to < t.length) to++;
      else from--;
    }
    const quote = t.slice(from, to);
    const rank = /^[第前]/.test(f.raw);
    found.push({
      section,
      where,
      quote,
      what: rank ? `${f.raw} (a rank or order)` : `${f.raw} (a figure in Chinese numerals)`,
      ...(count(quote) !== 1 ? { ambiguous: true } : {}),
    });
  }
  return found;
}

export function findFigures(sections: { id: string; pieces: Piece[] }[]): Figures {
  const result: Figures = { stats: [], notCharted: [], chinese: [] };
  for (const section of sections) {
    const texts = section.pieces.map((p) => p.text);
    for (const piece of section.pieces) {
      const list = tokens(piece.text);
      list.forEach((token, k) => {
        const { quote, ambiguous } = quoteFor(
          piece.text,
          token,
          list[k - 1],
          list[k + 1],
          texts,
          Boolean(token.figure && token.figure.kind !== 'level'),
        );
        if (token.figure) {
          result.stats.push({
            section: section.id,
            where: piece.where,
            ...token.figure,
            quote,
            at: token.start,
            ...(ambiguous ? { ambiguous } : {}),
          });
        } else if (token.notCharted) {
          result.notCharted.push({
            section: section.id,
            where: piece.where,
            quote,
            reason: token.notCharted.reason,
            how: token.notCharted.how,
            ...(ambiguous ? { ambiguous } : {}),
          });
        }
      });
      const covered = [...result.stats, ...result.notCharted]
        .filter((c) => c.section === section.id)
        .map((c) => c.quote);
      result.chinese.push(...chineseNumerals(section.id, piece.where, piece.text, covered, texts));
    }
  }
  return result;
}

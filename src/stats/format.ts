import { getLocale, type LocaleSegment } from '../config/locales.ts';
import type { StatRecord } from './schema.ts';
import { isOpenUnitChange } from './rules/figures.ts';
import { lexFigures } from '../text/figures.ts';

/**
 * Numbers as each edition writes them: 1,204 in English and 1204 in Chinese; 12.6 million yuan
 * and 1260万元; "more than 1,000" and 1000余. Locale-aware through Intl, never a hard-coded
 * 'en-US'. Chinese text keeps the figures as the newspaper printed them.
 */

function numberFormat(segment: LocaleSegment, value: number, minDecimals = 0): Intl.NumberFormat {
  const lang = getLocale(segment).lang;
  const zh = segment !== 'en';
  // Never rounded: every digit the value has is shown (98.79 stays 98.79), and at least as many
  // decimals as the text printed (100.0% stays 100.0%).
  const digits = { minimumFractionDigits: minDecimals, maximumFractionDigits: 20 };
  // 万 (10⁴) is how Chinese writes large amounts; English uses million.
  if (Math.abs(value) >= (zh ? 1e5 : 1e6)) {
    return new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', ...digits });
  }
  return new Intl.NumberFormat(lang, { useGrouping: !zh, ...digits });
}

/**
 * The bare number, without unit: 1,204 / 1204 / 12.6 million / 1260万, with every digit of the
 * value (the decimal string of the number, so 98.79 is never 98.790000000000006).
 */
export function formatNumber(value: number, segment: LocaleSegment, minDecimals = 0): string {
  return numberFormat(segment, value, minDecimals).format(String(value) as Intl.StringNumericLiteral);
}

/**
 * How the quote prints a value: its digits as written (`98.79`, `1260万`, `100.0`), or undefined
 * when the quote does not write it in Arabic numerals.
 */
export function printedForm(
  quote: string | undefined,
  value: number,
): { raw: string; decimals: number; scaled: boolean } | undefined {
  if (quote === undefined) return undefined;
  const found = lexFigures(quote).find((f) => f.value === value);
  if (!found) return undefined;
  const { digits } = found;
  const scaled = found.scale !== undefined;
  return { raw: digits + (found.scale ?? ''), decimals: digits.split('.')[1]?.length ?? 0, scaled };
}

/**
 * A figure's number in an edition: Chinese prints it as the quote does (98.79, 1260万); English
 * writes the same value with as many decimals as the quote.
 */
function statNumber(value: number, quote: string | undefined, segment: LocaleSegment): string {
  const printed = printedForm(quote, value);
  if (printed && segment !== 'en') return printed.raw;
  return formatNumber(value, segment, printed && !printed.scaled ? printed.decimals : 0);
}

/** 9年6个月 / 9 years 6 months, for durations given in months. */
export function formatMonths(months: number, segment: LocaleSegment): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (segment === 'en') {
    const part = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    return [y ? part(y, 'year') : '', m ? part(m, 'month') : ''].filter(Boolean).join(' ');
  }
  const month = segment === 'zh-hant' ? '個月' : '个月';
  return `${y ? `${y}年` : ''}${m ? `${m}${month}` : ''}`;
}

export interface Formatted {
  /** The full figure with sign, unit and qualifier: "−20.7%", "1000余", "12.6 million yuan". */
  text: string;
  /** The number only. */
  number: string;
  /** Set when the text leaves the unit open (a rate "rose 9.2%"): "as reported" / "按原文表述". */
  note?: string;
}

/** A figure as shown in charts, tables and the headline strip. */
export function formatStat(
  stat: Pick<StatRecord, 'value' | 'unit' | 'kind' | 'direction' | 'qualifier' | 'low'> &
    Partial<Pick<StatRecord, 'quote' | 'ends'>>,
  segment: LocaleSegment,
): Formatted {
  const en = segment === 'en';
  if (stat.kind === 'range' && stat.unit === 'months') {
    // Chinese writes a range with 至, never a Western dash; when the two ends are different
    // penalties (拘役 / 有期徒刑), each end says which, in the edition's words.
    const end = (months: number, which: 'low' | 'high') => {
      const what = stat.ends?.[which][segment];
      const length = formatMonths(months, segment);
      return what ? (en ? `${length}’ ${what}` : `${what}${length}`) : length;
    };
    const text = `${end(stat.low ?? 0, 'low')}${en ? ' to ' : '至'}${end(stat.value, 'high')}`;
    return { text, number: text };
  }
  const number = figureWords(statNumber(stat.value, stat.quote, segment), segment);
  let text = number;
  if (stat.unit === 'percent' || stat.unit === 'percentage-point') text = `${number}%`;
  if (stat.unit === 'yuan') text = en ? `${number} yuan` : `${number}元`;
  if (stat.kind === 'change') text = `${stat.direction === 'down' ? '−' : '+'}${text}`;
  if (stat.qualifier) text = figureWords(qualified(text, stat.qualifier, stat.quote, en), segment);
  if (stat.quote !== undefined && isOpenUnitChange({ ...stat, quote: stat.quote })) {
    return { text, number, note: en ? 'as reported' : '按原文表述' };
  }
  return { text, number };
}

/**
 * A qualified figure in the words its quote uses: 1000余 or 1000多 (as printed), 超过1000, 近…,
 * 至少…, 达…; in English 1,000+, nearly, at least, up to, reached.
 */
function qualified(
  text: string,
  qualifier: NonNullable<StatRecord['qualifier']>,
  quote: string | undefined,
  en: boolean,
): string {
  if (en) {
    const words = {
      'more-than': '',
      nearly: 'nearly ',
      'at-least': 'at least ',
      'up-to': 'up to ',
      reached: 'reached ',
    };
    return qualifier === 'more-than' ? `${text}+` : `${words[qualifier]}${text}`;
  }
  const q = quote ?? '';
  if (qualifier === 'more-than') {
    const before = /(超过|逾)\d/.exec(q)?.[1];
    return before
      ? `${before}${text}`
      : `${text}${lexFigures(q).some((f) => f.approx === '多') ? '多' : '余'}`;
  }
  const zh = {
    nearly: '近',
    'at-least': '至少',
    'up-to': /(最多|多达|高达)\d/.exec(q)?.[1] ?? '最多',
    reached: '达',
  };
  return `${zh[qualifier]}${text}`;
}

/**
 * The few words a Chinese figure is written with, which the quote (zh-hans) lends it: 万 亿 余 达
 * 超过, and zh-hant's own forms of them (1000余 → 1000餘), as it has its own 個月. A fixed list, the
 * figure's vocabulary: the edition's text itself is converted once, when the content loads.
 */
const HANT_FIGURE_CHARACTERS: Record<string, string> = { 万: '萬', 亿: '億', 余: '餘', 达: '達', 过: '過' };

function figureWords(text: string, segment: LocaleSegment): string {
  return segment === 'zh-hant' ? text.replace(/[万亿余达过]/g, (c) => HANT_FIGURE_CHARACTERS[c] ?? c) : text;
}

/** The signed value of a change (a fall is negative), for change bars. */
export function signedValue(stat: Pick<StatRecord, 'value' | 'kind' | 'direction'>): number {
  return stat.kind === 'change' && stat.direction === 'down' ? -stat.value : stat.value;
}

import { getLocale, type LocaleSegment } from '../config/locales.ts';
import type { StatRecord } from '../stats/schema.ts';
import { isOpenUnitChange } from '../stats/rules/figures.ts';

/**
 * Numbers as each edition writes them: 1,204 in English and 1204 in Chinese; 12.6 million yuan
 * and 1260万元; "more than 1,000" and 1000余. Locale-aware through Intl, never a hard-coded
 * 'en-US'. Chinese text keeps the figures as the newspaper printed them.
 */

function numberFormat(segment: LocaleSegment, value: number): Intl.NumberFormat {
  const lang = getLocale(segment).lang;
  const zh = segment !== 'en';
  // 万 (10⁴) is how Chinese writes large amounts; English uses million.
  if (Math.abs(value) >= (zh ? 1e5 : 1e6)) {
    return new Intl.NumberFormat(lang, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 1,
    });
  }
  return new Intl.NumberFormat(lang, { useGrouping: !zh, maximumFractionDigits: 1 });
}

/** The bare number, without unit: 1,204 / 1204 / 12.6 million / 1260万. */
export function formatNumber(value: number, segment: LocaleSegment): string {
  return numberFormat(segment, value).format(value);
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
    // penalties (拘役 / 有期徒刑), each end says which (zh-hant converts the page's zh-hans words).
    const end = (months: number, which: 'low' | 'high') => {
      const what = stat.ends?.[which][en ? 'en' : 'zh-hans'];
      const length = formatMonths(months, segment);
      return what ? (en ? `${length}’ ${what}` : `${what}${length}`) : length;
    };
    const text = `${end(stat.low ?? 0, 'low')}${en ? ' to ' : '至'}${end(stat.value, 'high')}`;
    return { text, number: text };
  }
  const number = formatNumber(stat.value, segment);
  let text = number;
  if (stat.unit === 'percent' || stat.unit === 'percentage-point') text = `${number}%`;
  if (stat.unit === 'yuan') text = en ? `${number} yuan` : `${number}元`;
  if (stat.kind === 'change') text = `${stat.direction === 'down' ? '−' : '+'}${text}`;
  if (stat.qualifier === 'more-than') text = en ? `${text}+` : `${text}余`;
  if (stat.qualifier === 'nearly') text = en ? `nearly ${text}` : `近${text}`;
  if (stat.qualifier === 'reached') text = en ? `reached ${text}` : `达${text}`;
  if (stat.quote !== undefined && isOpenUnitChange({ ...stat, quote: stat.quote })) {
    return { text, number, note: en ? 'as reported' : '按原文表述' };
  }
  return { text, number };
}

/** The signed value of a change (a fall is negative), for change bars. */
export function signedValue(stat: Pick<StatRecord, 'value' | 'kind' | 'direction'>): number {
  return stat.kind === 'change' && stat.direction === 'down' ? -stat.value : stat.value;
}
